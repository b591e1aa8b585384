package dev.parley.timeline.ui.internal;

import dev.parley.model.ui.Area;
import dev.parley.model.ui.ViewContribution;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchView;
import org.osgi.service.component.annotations.Component;

/** Adds the timeline of dated events and relations below the main area. */
@Component(service = ViewContribution.class)
public final class TimelineViewContribution implements ViewContribution {

    static final String ID = "parley.timeline";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Timeline";
    }

    @Override
    public Area area() {
        return Area.BOTTOM;
    }

    @Override
    public WorkbenchView create(Workbench workbench) {
        return new TimelineView(workbench);
    }
}
