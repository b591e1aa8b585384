package dev.parley.report.internal;

import dev.parley.model.analysis.MapService;
import dev.parley.model.report.ReportExporter;
import dev.parley.model.ui.Area;
import dev.parley.model.ui.ViewContribution;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchView;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Adds the briefing preview to the workbench. The map service is optional (without it the preview
 * leaves the maps out); the export buttons use whichever {@link ReportExporter}s are installed now.
 */
@Component(service = ViewContribution.class)
public final class ReportViewContribution implements ViewContribution {

    static final String ID = "parley.report";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MapService maps;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            fieldOption = FieldOption.UPDATE)
    private final List<ReportExporter> exporters = new CopyOnWriteArrayList<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Briefing";
    }

    @Override
    public Area area() {
        return Area.MAIN;
    }

    @Override
    public WorkbenchView create(Workbench workbench) {
        return new ReportView(workbench, () -> Optional.ofNullable(maps), () -> List.copyOf(exporters));
    }
}
