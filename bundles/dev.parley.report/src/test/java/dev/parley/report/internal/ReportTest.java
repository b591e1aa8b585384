package dev.parley.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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
import dev.parley.model.analysis.Analysis;
import dev.parley.model.report.ReportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    @TempDir
    Path dir;

    static final String HOSTILE = "Freedonia</div><script>alert('x')</script>";

    /** A small case written for this test, with hostile text in a source and a name. */
    static Dossier dossier() {
        String text = "Freedonia expelled the Sylvanian envoy on 3 May 2031. \"We will not be bullied,\" said Rufus Firefly. "
                + "Elections are due on 9 June 2031. <script>alert(1)</script>";
        Source s = new Source("s-1", "Freedonia expels envoy </title><script>x()</script>", "https://news.example/a?b=1&c=2",
                "2031-05-04", "text/plain", "ab", text, "B2");
        List<Actor> actors = List.of(
                new Actor("freedonia", HOSTILE, ActorType.STATE, null, null, null, "FRE", List.of(new Mention("s-1", 0, 9))),
                new Actor("sylvania", "Sylvania", ActorType.STATE, List.of("Sylvanian"), null, null, null,
                        List.of(new Mention("s-1", 23, 32))),
                new Actor("firefly", "Rufus Firefly", ActorType.PERSON, null, "President", "freedonia", null,
                        List.of(new Mention("s-1", 85, 98))),
                new Actor("league", "Northern League", ActorType.IGO, null, null, null, null,
                        List.of(new Mention("s-1", 0, 1))));
        List<Relation> rels = List.of(
                new Relation("r1", "freedonia", "sylvania", Polarity.CONFLICT, "expel", -9, "2031-05-03",
                        List.of(new Evidence("s-1", 0, 53, "Freedonia expelled the Sylvanian envoy on 3 May 2031."))),
                new Relation("r2", "league", "sylvania", Polarity.COOPERATION, "support", 3, null,
                        List.of(new Evidence("s-1", 0, 10, "The league backs Sylvania <b>firmly</b>."))));
        List<Quote> quotes = List.of(new Quote("q1", "firefly", "We will not be bullied,", "s-1", 55, 78));
        List<Event> events = List.of(new Event("e1", "2031-06-09", "election", "Elections are due on 9 June 2031.", "s-1",
                99, 132, List.of()));
        return new Dossier(List.of(s), actors, quotes, rels, null, events);
    }

    static Analysis analysis(Dossier d) {
        return new DefaultAnalysisService().analyze(d, List.of("freedonia"));
    }

    private Path write(ReportExporterFactory f, String name) throws Exception {
        Dossier d = dossier();
        Path p = dir.resolve(name);
        f.make().write(d, analysis(d), new ReportOptions("Freedonia briefing", "2031-05-05"), p);
        return p;
    }

    interface ReportExporterFactory {
        dev.parley.model.report.ReportExporter make();
    }

    @Test
    void goodsCutOrSoldReadAsSupplies() {
        Relation cut = new Relation("r1", "a", "b", Polarity.CONFLICT, "cut", -5, null, List.of());
        Relation trade = new Relation("r2", "a", "b", Polarity.COOPERATION, "trade", 3, null, List.of());
        assertEquals("cuts supplies to", Briefing.verb(cut));
        assertEquals("supplies", Briefing.verb(trade));
    }

    @Test
    void membershipAndAppealsReadAsSuch() {
        Relation member = new Relation("r1", "a", "b", Polarity.COOPERATION, "member", 3, null, List.of());
        Relation appeal = new Relation("r2", "a", "b", Polarity.COOPERATION, "appeal", 3, null, List.of());
        assertEquals("is a member of", Briefing.verb(member));
        assertEquals("appeals to", Briefing.verb(appeal));
    }

    @Test
    void htmlHasEverySectionEscapesSourcesAndLinksEvidence() throws Exception {
        Path p = write(() -> new ReportExporters.Html(new DefaultMapService()), "b.html");
        String html = Files.readString(p);
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script").isEmpty(), "no script element can appear");
        assertTrue(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").contains("script-src 'none'"));
        assertTrue(doc.select("link[rel=stylesheet], script[src], img[src^=http]").isEmpty(), "no external requests");
        for (String id : List.of("bluf", "actors", "map", "alignments", "statements", "timeline", "sources", "method")) {
            assertNotNull(doc.getElementById(id), "section " + id);
        }
        assertEquals("Freedonia briefing", doc.title());
        assertEquals(2, doc.select("#map svg").size(), "grid and network maps inline");
        Element table = doc.selectFirst("#actors table");
        assertTrue(table.text().contains(HOSTILE), "the hostile name is shown as text");
        assertTrue(table.text().contains("Rufus Firefly") && table.text().contains("President"));
        assertTrue(doc.selectFirst("#statements").text().contains("We will not be bullied"));
        assertTrue(doc.selectFirst("#timeline").text().contains("2031-06-09 (announced)"));
        assertTrue(doc.selectFirst("#sources").text().contains("B2"));
        assertEquals("https://news.example/a?b=1&c=2", doc.selectFirst("#sources a[href]").attr("href"));
        // every evidence link points at an evidence item
        List<String> targets = new ArrayList<>();
        for (Element a : doc.select("a[href^=#E]")) {
            targets.add(a.attr("href").substring(1));
        }
        assertFalse(targets.isEmpty());
        for (String t : targets) {
            assertNotNull(doc.getElementById(t), "evidence " + t);
        }
        assertTrue(doc.selectFirst("#bluf").text().contains("expel"), doc.selectFirst("#bluf").text());
        assertTrue(doc.select("b").stream().noneMatch(e -> e.text().equals("firmly")), "markup inside evidence is escaped");
        assertTrue(doc.selectFirst("#sources").text().contains("The league backs Sylvania <b>firmly</b>."));
    }

    @Test
    void pdfHasSelectableTextOfEverySection() throws Exception {
        Path p = write(() -> new ReportExporters.Pdf(new DefaultMapService()), "b.pdf");
        try (PDDocument pdf = Loader.loadPDF(p.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String s : List.of("Freedonia briefing", "1. Bottom line up front", "2. Key actors", "3. Stakeholder map",
                    "4. Alignments", "5. Key statements", "6. Timeline and what to watch", "7. Sources",
                    "8. Method and confidence", "Rufus Firefly", "We will not be bullied", "[E1]", "B2")) {
                assertTrue(text.contains(s), "PDF text lacks '" + s + "'");
            }
            assertTrue(pdf.getNumberOfPages() >= 2);
        }
    }

    @Test
    void markdownAndJson() throws Exception {
        String md = Files.readString(write(() -> new ReportExporters.Markdown(), "b.md"));
        assertTrue(md.startsWith("# Freedonia briefing\n"));
        assertTrue(md.contains("## 5. Key statements"));
        assertFalse(md.contains("<script>"), "source markup cannot pass into the Markdown as HTML");
        JsonObject o = JsonParser.parseString(Files.readString(write(() -> new ReportExporters.Json(), "b.json")))
                .getAsJsonObject();
        assertEquals("parley-briefing", o.get("format").getAsString());
        assertEquals(4, o.getAsJsonArray("actors").size());
        assertTrue(o.getAsJsonArray("evidence").size() >= 2);
    }

    @Test
    void longReportsPaginateTheirTables() throws Exception {
        List<Actor> actors = new ArrayList<>();
        List<Relation> rels = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            actors.add(new Actor("a" + i, "Actor number " + i, ActorType.OTHER, null, null, null, null, null));
            if (i > 0) {
                rels.add(new Relation("r" + i, "a0", "a" + i, i % 2 == 0 ? Polarity.CONFLICT : Polarity.COOPERATION,
                        "support", 2, null, List.of(new Evidence("s", 0, 1, "Sentence " + i + "."))));
            }
        }
        Dossier d = new Dossier(null, actors, null, rels, null);
        Path p = dir.resolve("long.pdf");
        new ReportExporters.Pdf(new DefaultMapService()).write(d, new DefaultAnalysisService().analyze(d, List.of()),
                new ReportOptions("Long", "2031-01-01"), p);
        try (PDDocument pdf = Loader.loadPDF(p.toFile())) {
            assertTrue(pdf.getNumberOfPages() > 5);
            String page5 = new PDFTextStripper() {
                {
                    setStartPage(3);
                    setEndPage(3);
                }
            }.getText(pdf);
            assertFalse(page5.isBlank());
        }
    }
}
