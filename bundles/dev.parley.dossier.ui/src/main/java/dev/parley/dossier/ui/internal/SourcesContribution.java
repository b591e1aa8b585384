package dev.parley.dossier.ui.internal;

import dev.parley.model.ui.Area;
import dev.parley.model.ui.ViewContribution;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchView;
import org.osgi.service.component.annotations.Component;

/** Contributes the Sources reader to the workbench's left area. */
@Component(service = ViewContribution.class)
public final class SourcesContribution implements ViewContribution {

    static final String ID = "parley.sources";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Sources";
    }

    @Override
    public Area area() {
        return Area.LEFT;
    }

    @Override
    public WorkbenchView create(Workbench workbench) {
        return new SourcesView(workbench);
    }
}
