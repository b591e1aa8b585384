package dev.parley.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.testkit.BundleFramework;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Starts this bundle (built classes, bnd's manifest) in Felix with SCR, the model, the map bundle,
 * Gson and PDFBox: the four exporters and the Briefing view are registered; without the map bundle
 * the view stays (its map reference is optional) while the HTML and PDF exporters, which need it, go.
 */
class ReportBundleFrameworkTest {

    private static final String VIEW = "dev.parley.model.ui.ViewContribution";
    private static final String EXPORTER = "dev.parley.model.report.ReportExporter";
    private static final String BRIEFING = "(component.name=" + ReportViewContribution.class.getName() + ")";

    @Test
    void exportersAndTheViewFollowTheMapService() throws Exception {
        try (BundleFramework fw = BundleFramework.start()) {
            fw.install(BundleFramework.DECLARATIVE_SERVICES);
            fw.install(List.of("dev.parley.model", "gson", "commons-logging", "pdfbox-io", "fontbox", "pdfbox"));
            Bundle map = fw.install("dev.parley.map");
            Bundle report = fw.installThisModule();
            fw.startAll();
            assertEquals(Bundle.ACTIVE, report.getState());
            assertEquals(4, fw.count(EXPORTER, 4));
            assertEquals(1, fw.count(VIEW, BRIEFING, 1));
            assertEquals("parley.report", fw.invoke(VIEW, BRIEFING, "id"));
            assertEquals("Briefing", fw.invoke(VIEW, BRIEFING, "title"));
            map.stop();
            assertEquals(2, fw.count(EXPORTER, 2), "Markdown and JSON stay");
            assertEquals(1, fw.count(VIEW, BRIEFING, 1), "the view does without maps");
        }
    }
}
