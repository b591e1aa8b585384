package dev.parley.map.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.analysis.internal.DefaultAnalysisService;
import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.Evidence;
import dev.parley.model.Mention;
import dev.parley.model.Polarity;
import dev.parley.model.Relation;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.analysis.MapOptions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class MapTest {
    @TempDir
    Path dir;

    private final DefaultMapService maps = new DefaultMapService();

    /** Twelve actors in two camps, one with a hostile name. */
    static Dossier dossier() {
        List<Actor> actors = new ArrayList<>();
        String[] names = {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India",
            "Juliet", "Kilo", "<script>alert(1)</script> & Co"};
        for (int i = 0; i < names.length; i++) {
            List<Mention> ms = new ArrayList<>();
            for (int k = 0; k <= i % 5; k++) {
                ms.add(new Mention("s", k, k + 1));
            }
            actors.add(new Actor("a" + i, names[i], i % 3 == 0 ? ActorType.STATE : ActorType.IGO, null, null, null,
                    null, ms));
        }
        List<Relation> rels = new ArrayList<>();
        int id = 0;
        for (int i = 0; i < 6; i++) {
            for (int j = i + 1; j < 6; j += 2) {
                rels.add(new Relation("r" + id++, "a" + i, "a" + j, Polarity.COOPERATION, "support", 3, null,
                        List.of(new Evidence("s", 0, 5, "They back each other."))));
                rels.add(new Relation("r" + id++, "a" + (i + 6), "a" + (j + 6 < 12 ? j + 6 : 6), Polarity.COOPERATION,
                        "ally", 4, "2024-01-02", null));
            }
        }
        rels.add(new Relation("r" + id++, "a0", "a6", Polarity.CONFLICT, "accuse", -2, null, null));
        rels.add(new Relation("r" + id++, "a1", "a7", Polarity.CONFLICT, "sanction", -8, null, null));
        return new Dossier(null, actors, null, rels, null);
    }

    static Analysis analysis(Dossier d) {
        return new DefaultAnalysisService().analyze(d, List.of("a0"));
    }

    @Test
    void sameDossierAndSeedGiveTheSamePicture() {
        Dossier d = dossier();
        Analysis a = analysis(d);
        for (MapOptions.View v : MapOptions.View.values()) {
            MapOptions o = new MapOptions(v, 1200, 900, 7, 40);
            assertEquals(maps.svg(d, a, o), maps.svg(d, a, o));
        }
        MapOptions other = new MapOptions(MapOptions.View.NETWORK, 1200, 900, 8, 40);
        assertFalse(maps.svg(d, a, other).equals(maps.svg(d, a, new MapOptions(MapOptions.View.NETWORK, 1200, 900, 7, 40))));
    }

    @Test
    void svgIsWellFormedEscapedAndHasLegendAndQuadrants() throws Exception {
        Dossier d = dossier();
        String svg = maps.svg(d, analysis(d), MapOptions.of(MapOptions.View.GRID));
        assertFalse(svg.contains("<script>"), "a name cannot inject markup");
        Document doc = parse(svg);
        NodeList texts = doc.getElementsByTagName("text");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            all.add(texts.item(i).getTextContent());
        }
        assertTrue(all.containsAll(List.of("Manage closely", "Keep satisfied", "Keep informed", "Monitor", "Legend")), all.toString());
        assertTrue(all.contains("<script>alert(1)</script> & Co") || all.stream().anyMatch(t -> t.startsWith("<script>")),
                "the hostile name is shown as text: " + all);
        assertEquals(12, doc.getElementsByTagName("circle").getLength() - 3, "one marker per actor plus three in the legend");
    }

    @Test
    void labelsDoNotOverlap() throws Exception {
        Dossier d = dossier();
        for (MapOptions.View v : MapOptions.View.values()) {
            Scene s = DefaultMapService.scene(d, analysis(d), MapOptions.of(v));
            List<double[]> boxes = new ArrayList<>();
            for (Scene.Shape shape : s.shapes) {
                if (shape instanceof Scene.Text t && t.size() == 13) {
                    double w = Views.textWidth(t.text(), t.size());
                    boxes.add(new double[] {t.x(), t.y() - t.size(), t.x() + w, t.y()});
                }
            }
            assertTrue(boxes.size() >= 10, v + ": most actors are labelled, got " + boxes.size());
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    double[] a = boxes.get(i);
                    double[] b = boxes.get(j);
                    boolean overlap = a[0] < b[2] - 0.5 && a[2] > b[0] + 0.5 && a[1] < b[3] - 0.5 && a[3] > b[1] + 0.5;
                    assertFalse(overlap, v + ": labels " + i + " and " + j + " overlap");
                }
            }
        }
    }

    @Test
    void pngDecodes() throws Exception {
        Dossier d = dossier();
        byte[] png = maps.png(d, analysis(d), new MapOptions(MapOptions.View.NETWORK, 800, 600, 1, 40));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(img);
        assertEquals(800, img.getWidth());
        assertEquals(600, img.getHeight());
    }

    @Test
    void networkLayoutSeparatesCamps() {
        Dossier d = dossier();
        Analysis a = analysis(d);
        int n = 12;
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < n; i++) {
            idx.put("a" + i, i);
        }
        List<int[]> e = new ArrayList<>();
        for (Relation r : d.relations()) {
            e.add(new int[] {idx.get(r.source()), idx.get(r.target()), r.polarity() == Polarity.COOPERATION ? 1 : -1});
        }
        int[] from = e.stream().mapToInt(x -> x[0]).toArray();
        int[] to = e.stream().mapToInt(x -> x[1]).toArray();
        int[] sign = e.stream().mapToInt(x -> x[2]).toArray();
        ForceLayout.Result r = ForceLayout.layout(n, from, to, sign, 3, 300);
        double within = 0;
        double across = 0;
        int nw = 0;
        int na = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dist = Math.hypot(r.x()[i] - r.x()[j], r.y()[i] - r.y()[j]);
                if ((i < 6) == (j < 6)) {
                    within += dist;
                    nw++;
                } else {
                    across += dist;
                    na++;
                }
            }
        }
        assertTrue(within / nw < across / na, "camp members lie closer together than to the other camp");
        assertEquals(1, a.of("a1").orElseThrow().camp());
        assertEquals(2, a.of("a7").orElseThrow().camp());
    }

    @Test
    void graphmlReadsBackWithJGraphT() throws Exception {
        Dossier d = dossier();
        Path out = new GraphmlExporter().export(d, analysis(d), dir.resolve("net.graphml")).get(0);
        DefaultDirectedGraph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        Map<String, Map<String, Attribute>> nodeAttrs = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, attr) -> nodeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), attr));
        importer.importGraph(g, out.toFile());
        assertEquals(12, g.vertexSet().size());
        assertEquals(d.relations().size(), g.edgeSet().size());
        assertEquals("Alpha", nodeAttrs.get("a0").get("label").getValue());
        assertEquals("1", nodeAttrs.get("a0").get("camp").getValue());
        assertTrue(nodeAttrs.get("a0").containsKey("influence"));
        assertTrue(nodeAttrs.get("a0").containsKey("stance"));
        assertEquals("state", nodeAttrs.get("a0").get("type").getValue());
    }

    @Test
    void gexfAndCsvTables() throws Exception {
        Dossier d = dossier();
        Analysis a = analysis(d);
        Path gexf = new GexfExporter().export(d, a, dir.resolve("net.gexf")).get(0);
        Document doc = parse(Files.readString(gexf));
        assertEquals("1.3", doc.getDocumentElement().getAttribute("version"));
        assertEquals(12, doc.getElementsByTagName("node").getLength());
        assertEquals(d.relations().size(), doc.getElementsByTagName("edge").getLength());
        List<Path> csv = new CsvExporter().export(d, a, dir.resolve("net.csv"));
        assertEquals(List.of("net-nodes.csv", "net-edges.csv"), csv.stream().map(p -> p.getFileName().toString()).toList());
        List<String> nodes = Files.readAllLines(csv.get(0));
        assertTrue(nodes.get(0).startsWith("Id,Label,"), nodes.get(0));
        assertEquals(13, nodes.size());
        assertTrue(nodes.stream().anyMatch(l -> l.contains("\"<script>alert(1)</script> & Co\"") || l.contains("<script>alert(1)</script> & Co")));
        List<String> edges = Files.readAllLines(csv.get(1));
        assertTrue(edges.get(0).startsWith("Id,Source,Target,Type,Weight"), edges.get(0));
        assertEquals(d.relations().size() + 1, edges.size());
        assertTrue(edges.get(1).contains(",Directed,"), edges.get(1));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".part")), "no half-written files are left");
        }
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
