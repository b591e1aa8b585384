package dev.parley.map.internal;

import dev.parley.model.ui.Area;
import dev.parley.model.ui.ViewContribution;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchView;
import org.osgi.service.component.annotations.Component;

/** Adds the interactive stakeholder map to the workbench. */
@Component(service = ViewContribution.class)
public final class MapViewContribution implements ViewContribution {

    static final String ID = "parley.map";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Stakeholder map";
    }

    @Override
    public Area area() {
        return Area.MAIN;
    }

    @Override
    public WorkbenchView create(Workbench workbench) {
        return new MapView(workbench);
    }
}
