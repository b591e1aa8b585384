package dev.parley.timeline.ui.internal;

import dev.parley.model.ui.Area;
import dev.parley.model.ui.PerspectiveContribution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** A Timeline perspective: the sources beside the timeline, the relations below it. */
@Component(service = PerspectiveContribution.class)
public final class TimelinePerspective implements PerspectiveContribution {

    static final String ID = "parley.chronology";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Timeline";
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Map<Area, List<String>> layout() {
        Map<Area, List<String>> layout = new LinkedHashMap<>();
        layout.put(Area.LEFT, List.of("parley.sources"));
        layout.put(Area.MAIN, List.of(TimelineViewContribution.ID));
        layout.put(Area.BOTTOM, List.of("parley.relations"));
        return layout;
    }
}
