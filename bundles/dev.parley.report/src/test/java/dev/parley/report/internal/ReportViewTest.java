package dev.parley.report.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.analysis.internal.DefaultAnalysisService;
import dev.parley.map.internal.DefaultMapService;
import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.Event;
import dev.parley.model.Evidence;
import dev.parley.model.Mention;
import dev.parley.model.Polarity;
import dev.parley.model.Quote;
import dev.parley.model.Relation;
import dev.parley.model.Source;
import dev.parley.model.analysis.MapService;
import dev.parley.model.report.ReportExporter;
import dev.parley.model.report.ReportOptions;
import dev.parley.model.ui.Area;
import dev.parley.testkit.WorkbenchHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Optional;
import javax.swing.SwingUtilities;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportViewTest {
    @TempDir
    Path dir;

    private final MapService maps = new DefaultMapService();
    private final List<ReportExporter> exporters = List.of(new ReportExporters.Html(maps), new ReportExporters.Pdf(maps),
            new ReportExporters.Markdown(), new ReportExporters.Json());

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** An invented case: Norland sanctions Sudria, the Eastern Union backs Sudria, Norland's minister speaks. */
    static Dossier dossier() {
        String text = "Norland closed its border with Sudria on 2 March 2031. \"We will not wait forever,\" said "
                + "Foreign Minister Mara Velk. The Eastern Union pledged support to Sudria. A summit is set for 14 April 2031.";
        Source s = new Source("s1", "Norland closes border", "https://news.example/norland", "2031-03-03", "text/plain",
                "00", text, null);
        List<Actor> actors = List.of(
                new Actor("norland", "Norland", ActorType.STATE, null, null, null, null, List.of(new Mention("s1", 0, 7))),
                new Actor("sudria", "Sudria", ActorType.STATE, null, null, null, null, List.of(new Mention("s1", 31, 37))),
                new Actor("velk", "Mara Velk", ActorType.PERSON, null, "Foreign Minister", "norland", null,
                        List.of(new Mention("s1", 100, 109))),
                new Actor("union", "Eastern Union", ActorType.IGO, null, null, null, null,
                        List.of(new Mention("s1", 115, 128))));
        List<Relation> rels = List.of(
                new Relation("r1", "norland", "sudria", Polarity.CONFLICT, "sanction", -6, "2031-03-02",
                        List.of(new Evidence("s1", 0, 54, "Norland closed its border with Sudria on 2 March 2031."))),
                new Relation("r2", "union", "sudria", Polarity.COOPERATION, "support", 4, null,
                        List.of(new Evidence("s1", 111, 160, "The Eastern Union pledged support to Sudria."))));
        List<Quote> quotes = List.of(new Quote("q1", "velk", "We will not wait forever,", "s1", 56, 81));
        List<Event> events = List.of(new Event("e1", "2031-04-14", "summit", "A summit is set for 14 April 2031.", "s1",
                161, 195, List.of("norland")));
        return new Dossier(List.of(s), actors, quotes, rels, null, events);
    }

    static WorkbenchHarness workbench() {
        DefaultAnalysisService analysis = new DefaultAnalysisService();
        return new WorkbenchHarness(dossier(), d -> analysis.analyze(d, List.of()));
    }

    interface Body {
        void run() throws Exception;
    }

    static void onEdt(Body body) throws Exception {
        Throwable[] failure = new Throwable[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        });
        if (failure[0] instanceof Exception e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
    }

    private ReportView view(WorkbenchHarness wb) {
        return new ReportView(wb, () -> Optional.of(maps), () -> exporters);
    }

    @Test
    void contributesTheBriefingView() throws Exception {
        ReportViewContribution c = new ReportViewContribution();
        assertEquals("parley.report", c.id());
        assertEquals("Briefing", c.title());
        assertEquals(Area.MAIN, c.area());
        onEdt(() -> {
            WorkbenchHarness wb = workbench();
            var v = c.create(wb);
            assertTrue(v.describe().contains("The maps are in the exported"), "no map service yet: " + v.describe());
            v.dispose();
        });
    }

    @Test
    void describesSectionsAndKeyActors() throws Exception {
        onEdt(() -> {
            ReportView view = view(workbench());
            List<String> lines = view.describe().lines().toList();
            for (String heading : List.of("1. Bottom line up front", "2. Key actors", "3. Stakeholder map", "4. Alignments",
                    "5. Key statements", "6. Timeline and what to watch", "7. Sources", "8. Method and confidence")) {
                assertTrue(lines.contains(heading), heading + " in " + lines);
            }
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("- Norland: state; influence ")), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("- Sudria: state; ")), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("- Mara Velk: person, Foreign Minister, of Norland; ")),
                    lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("- Norland imposes sanctions on Sudria")), lines.toString());
            assertTrue(lines.contains("- 2031-04-14 (announced): summit: A summit is set for 14 April 2031. [E4]")
                    || lines.stream().anyMatch(l -> l.startsWith("- 2031-04-14 (announced): summit: ")), lines.toString());
            assertTrue(lines.contains("[Power/interest grid]"), "the maps are shown");
            String shown = view.pane().getDocument().getText(0, view.pane().getDocument().getLength());
            assertTrue(shown.contains("Mara Velk") && shown.contains("Key statements"), shown);
            Dictionary<?, ?> cache = (Dictionary<?, ?>) view.pane().getDocument().getProperty("imageCache");
            assertEquals(2, cache.size(), "both maps are in memory for the preview");
            view.dispose();
        });
    }

    @Test
    void withoutAMapServiceTheMapsAreLeftOut() throws Exception {
        onEdt(() -> {
            ReportView view = new ReportView(workbench(), Optional::empty, () -> exporters);
            assertTrue(view.describe().contains("The maps are in the exported HTML and PDF briefings"));
            assertFalse(view.describe().contains("[Power/interest grid]"));
            view.dispose();
        });
    }

    @Test
    void editsMakeThePreviewStaleAndARefreshShowsThem() throws Exception {
        onEdt(() -> {
            WorkbenchHarness wb = workbench();
            ReportView view = view(wb);
            assertFalse(view.stale());
            Dossier d = wb.dossier();
            List<Actor> actors = new ArrayList<>(d.actors());
            actors.add(new Actor("ostmark", "Ostmark", ActorType.STATE, null, null, null, null, null));
            List<Relation> rels = new ArrayList<>(d.relations());
            rels.add(new Relation("r9", "ostmark", "norland", Polarity.COOPERATION, "support", 5, null, null));
            wb.setDossier(new Dossier(d.sources(), actors, d.quotes(), rels, d.assessments(), d.events()));
            assertTrue(view.stale(), "not rebuilt while hidden");
            view.refresh();
            assertFalse(view.stale());
            assertTrue(view.describe().contains("- Ostmark: state"), view.describe());
            view.dispose();
        });
    }

    @Test
    void exportsAreTheFilesTheCliWrites() throws Exception {
        onEdt(() -> {
            WorkbenchHarness wb = workbench();
            ReportView view = view(wb);
            assertEquals(java.util.Set.of("html", "pdf", "md", "json"), view.formats());
            Path html = dir.resolve("out/case-briefing.html");
            assertTrue(view.export("html", html));
            assertTrue(wb.status().contains(html.toAbsolutePath().toString()), wb.status());
            Path direct = dir.resolve("direct.html");
            new ReportExporters.Html(maps).write(wb.dossier(), wb.analysis(), new ReportOptions(null, null), direct);
            assertArrayEquals(Files.readAllBytes(direct), Files.readAllBytes(html), "the same bytes as parley brief's");
            Path md = dir.resolve("case-briefing.md");
            assertTrue(view.export("md", md));
            assertTrue(Files.readString(md).contains("## 2. Key actors"));
            Path pdf = dir.resolve("case-briefing.pdf");
            assertTrue(view.export("pdf", pdf));
            assertTrue(wb.status().startsWith("PDF briefing written to "), wb.status());
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("Mara Velk") && text.contains("2. Key actors"));
            }
            assertFalse(view.export("docx", dir.resolve("x.docx")));
            assertTrue(wb.status().contains("No DOCX exporter"), wb.status());
            view.dispose();
        });
    }

    @Test
    void disposeLeavesNoListener() throws Exception {
        onEdt(() -> {
            WorkbenchHarness wb = workbench();
            int before = wb.listenerCount();
            ReportView view = view(wb);
            assertEquals(before + 1, wb.listenerCount());
            view.dispose();
            assertEquals(before, wb.listenerCount());
        });
    }
}
