package dev.parley.dossier.ui.internal;

import dev.parley.model.ui.Area;
import dev.parley.model.ui.ViewContribution;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchView;
import org.osgi.service.component.annotations.Component;

/** Contributes the Relations table to the workbench's main area. */
@Component(service = ViewContribution.class)
public final class RelationsContribution implements ViewContribution {

    static final String ID = "parley.relations";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Relations";
    }

    @Override
    public Area area() {
        return Area.MAIN;
    }

    @Override
    public WorkbenchView create(Workbench workbench) {
        return new RelationsView(workbench);
    }
}
