package dev.parley.map.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.analysis.internal.DefaultAnalysisService;
import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.Evidence;
import dev.parley.model.Mention;
import dev.parley.model.Polarity;
import dev.parley.model.Relation;
import dev.parley.model.analysis.MapOptions;
import dev.parley.model.ui.Area;
import dev.parley.model.ui.Selection;
import dev.parley.testkit.WorkbenchHarness;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapViewTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** An invented case: two states at odds, a union backing one, a minister speaking for the other. */
    static Dossier dossier() {
        List<Actor> actors = List.of(
                new Actor("norland", "Norland", ActorType.STATE, null, null, null, null, mentions(4)),
                new Actor("sudria", "Sudria", ActorType.STATE, null, null, null, null, mentions(3)),
                new Actor("velk", "Mara Velk", ActorType.PERSON, null, "Foreign Minister", "norland", null, mentions(2)),
                new Actor("union", "Eastern Union", ActorType.IGO, null, null, null, null, mentions(1)));
        Evidence ev = new Evidence("s1", 0, 10, "Norland closed its border with Sudria.");
        List<Relation> rels = List.of(
                new Relation("r1", "norland", "sudria", Polarity.CONFLICT, "sanction", -6, "2031-03-02", List.of(ev)),
                new Relation("r2", "union", "sudria", Polarity.COOPERATION, "support", 4, null, List.of(ev)),
                new Relation("r3", "velk", "union", Polarity.CONFLICT, "criticise", -3, null, List.of(ev)));
        return new Dossier(null, actors, null, rels, null);
    }

    private static List<Mention> mentions(int n) {
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ms.add(new Mention("s1", i, i + 1));
        }
        return ms;
    }

    static WorkbenchHarness workbench(Dossier d) {
        DefaultAnalysisService analysis = new DefaultAnalysisService();
        return new WorkbenchHarness(d, x -> analysis.analyze(x, List.of()));
    }

    interface Body {
        void run() throws Exception;
    }

    /** Views live on the event thread; so do these checks. */
    static void onEdt(Body body) throws Exception {
        Exception[] failure = new Exception[1];
        Error[] error = new Error[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                body.run();
            } catch (Exception e) {
                failure[0] = e;
            } catch (Error e) {
                error[0] = e;
            }
        });
        if (error[0] != null) {
            throw error[0];
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** A view laid out at 800 x 600 with its scene built for that size. */
    static MapView view(WorkbenchHarness wb) {
        MapView view = (MapView) new MapViewContribution().create(wb);
        view.component().setSize(800, 640);
        view.component().doLayout();
        view.rebuild();
        return view;
    }

    private static void mouse(MapCanvas c, int id, Point2D.Double at, int button) {
        int mods = id == MouseEvent.MOUSE_DRAGGED ? InputEvent.BUTTON1_DOWN_MASK : 0;
        c.dispatchEvent(new MouseEvent(c, id, System.currentTimeMillis(), mods, (int) Math.round(at.x),
                (int) Math.round(at.y), 1, false, button));
    }

    private static void click(MapCanvas c, Point2D.Double screen) {
        mouse(c, MouseEvent.MOUSE_PRESSED, screen, MouseEvent.BUTTON1);
        mouse(c, MouseEvent.MOUSE_RELEASED, screen, MouseEvent.BUTTON1);
    }

    private static Point2D.Double onScreen(MapCanvas c, String id) {
        Point2D.Double p = c.position(id);
        assertNotNull(p, id + " is drawn");
        return c.toScreen(p.x, p.y);
    }

    @Test
    void contributesTheMainMapView() {
        MapViewContribution c = new MapViewContribution();
        assertEquals("parley.map", c.id());
        assertEquals("Stakeholder map", c.title());
        assertEquals(Area.MAIN, c.area());
    }

    @Test
    void describesTheKindOfMapAndItsActors() throws Exception {
        onEdt(() -> {
            MapView view = view(workbench(dossier()));
            List<String> lines = view.describe().lines().toList();
            assertEquals("Power/interest grid", lines.get(0));
            assertTrue(lines.containsAll(List.of("Norland", "Sudria", "Mara Velk", "Eastern Union")), lines.toString());
            assertEquals(5, lines.size(), lines.toString());
            view.show(MapOptions.View.NETWORK);
            lines = view.describe().lines().toList();
            assertEquals("Alignments network", lines.get(0));
            assertTrue(lines.containsAll(List.of("Norland", "Sudria", "Mara Velk", "Eastern Union")), lines.toString());
            view.dispose();
        });
    }

    @Test
    void renderSizeFollowsTheComponent() throws Exception {
        onEdt(() -> {
            MapView view = view(workbench(dossier()));
            Scene s = view.canvas().scene();
            assertEquals(view.canvas().getWidth(), s.width);
            assertEquals(view.canvas().getHeight(), s.height);
            view.component().setSize(150, 120);
            view.component().doLayout();
            view.rebuild();
            assertEquals(200, view.canvas().scene().width, "never below the map's minimum");
            view.dispose();
        });
    }

    @Test
    void clickingAMarkerSelectsItsActorInGridAndNetwork() throws Exception {
        onEdt(() -> {
            WorkbenchHarness wb = workbench(dossier());
            MapView view = view(wb);
            click(view.canvas(), onScreen(view.canvas(), "sudria"));
            assertEquals(Selection.actor("sudria"), wb.selection());
            view.show(MapOptions.View.NETWORK);
            click(view.canvas(), onScreen(view.canvas(), "velk"));
            assertEquals(Selection.actor("velk"), wb.selection());
            assertEquals(List.of("velk"), view.highlighted(), "the view rings its own pick too");
            click(view.canvas(), new Point2D.Double(2, view.canvas().getHeight() - 2));
            assertTrue(wb.selection().isEmpty(), "a click on empty space clears the selection");
            view.dispose();
        });
    }

    @Test
    void hoverShowsNameAndExplanation() throws Exception {
        onEdt(() -> {
            WorkbenchHarness wb = workbench(dossier());
            MapView view = view(wb);
            Point2D.Double p = view.canvas().position("norland");
            String tip = view.canvas().tooltipAt(p);
            assertTrue(tip.startsWith("Norland \u2014 "), tip);
            assertTrue(tip.length() > "Norland \u2014 ".length(), "the explanation follows the name");
            assertNull(view.canvas().tooltipAt(new Point2D.Double(-50, -50)));
            view.dispose();
        });
    }

    @Test
    void theWorkbenchSelectionIsRinged() throws Exception {
        onEdt(() -> {
            WorkbenchHarness wb = workbench(dossier());
            MapView view = view(wb);
            BufferedImage before = paint(view.canvas());
            wb.select(Selection.actor("norland"), "another view");
            assertEquals(List.of("norland"), view.highlighted());
            BufferedImage after = paint(view.canvas());
            Point2D.Double p = onScreen(view.canvas(), "norland");
            assertTrue(differs(before, after, p, 30), "the selected marker is drawn with a thicker ring");
            wb.select(Selection.relation("r2"), "another view");
            assertEquals(java.util.Set.of("union", "sudria"), java.util.Set.copyOf(view.highlighted()),
                    "a selected relation rings both its ends");
            wb.select(Selection.empty(), "another view");
            assertTrue(view.highlighted().isEmpty());
            view.dispose();
        });
    }

    @Test
    void draggingMovesTheMarkerItsLabelAndItsEdges() throws Exception {
        onEdt(() -> {
            WorkbenchHarness wb = workbench(dossier());
            MapView view = view(wb);
            view.show(MapOptions.View.NETWORK);
            MapCanvas c = view.canvas();
            Point2D.Double start = c.position("sudria");
            String label = labelOf(c.scene(), "sudria");
            Point2D.Double from = onScreen(c, "sudria");
            mouse(c, MouseEvent.MOUSE_PRESSED, from, MouseEvent.BUTTON1);
            mouse(c, MouseEvent.MOUSE_DRAGGED, new Point2D.Double(from.x + 20, from.y + 10), MouseEvent.NOBUTTON);
            mouse(c, MouseEvent.MOUSE_DRAGGED, new Point2D.Double(from.x + 60, from.y + 40), MouseEvent.NOBUTTON);
            mouse(c, MouseEvent.MOUSE_RELEASED, new Point2D.Double(from.x + 60, from.y + 40), MouseEvent.BUTTON1);
            Point2D.Double end = c.position("sudria");
            assertEquals(start.x + 60 / c.scale(), end.x, 1.0);
            assertEquals(start.y + 40 / c.scale(), end.y, 1.0);
            assertNotEquals(label, labelOf(c.scene(), "sudria"), "the label moved with the marker");
            assertTrue(wb.selection().isEmpty(), "a drag is not a click");
            for (int i = 0; i < c.scene().shapes.size(); i++) {
                if (c.scene().shapes.get(i) instanceof Scene.Line l && c.scene().owners.get(i).equals(List.of("norland", "sudria"))) {
                    double gap = Math.hypot(l.x2() - end.x, l.y2() - end.y);
                    assertTrue(gap < 40, "the edge's arrow still ends at the moved marker, " + gap + " away");
                }
            }
            view.dispose();
        });
    }

    @Test
    void draggingEmptySpacePansAndZoomChangesScale() throws Exception {
        onEdt(() -> {
            MapView view = view(workbench(dossier()));
            MapCanvas c = view.canvas();
            Point2D.Double before = onScreen(c, "norland");
            Point2D.Double empty = new Point2D.Double(3, c.getHeight() - 3);
            assertNull(c.actorAt(c.toScene(empty.x, empty.y)));
            mouse(c, MouseEvent.MOUSE_PRESSED, empty, MouseEvent.BUTTON1);
            mouse(c, MouseEvent.MOUSE_DRAGGED, new Point2D.Double(empty.x + 30, empty.y - 20), MouseEvent.NOBUTTON);
            mouse(c, MouseEvent.MOUSE_RELEASED, new Point2D.Double(empty.x + 30, empty.y - 20), MouseEvent.BUTTON1);
            Point2D.Double after = onScreen(c, "norland");
            assertEquals(before.x + 30, after.x, 0.01);
            assertEquals(before.y - 20, after.y, 0.01);
            assertEquals(1.0, c.scale(), 1e-9);
            c.zoom(1.25);
            assertEquals(1.25, c.scale(), 1e-9);
            c.dispatchEvent(new MouseWheelEvent(c, MouseEvent.MOUSE_WHEEL, System.currentTimeMillis(), 0, 100, 100, 0,
                    false, MouseWheelEvent.WHEEL_UNIT_SCROLL, 1, -2));
            assertTrue(c.scale() > 1.25, "wheel up zooms in: " + c.scale());
            c.zoom(1000);
            assertEquals(MapCanvas.MAX_SCALE, c.scale(), 1e-9);
            c.fit();
            assertEquals(1.0, c.scale(), 1e-9, "the scene is built at the view's size");
            view.dispose();
        });
    }

    @Test
    void editsRebuildTheMap() throws Exception {
        onEdt(() -> {
            WorkbenchHarness wb = workbench(dossier());
            MapView view = view(wb);
            Dossier d = wb.dossier();
            List<Actor> actors = new ArrayList<>(d.actors());
            actors.add(new Actor("ostmark", "Ostmark", ActorType.STATE, null, null, null, null, mentions(2)));
            List<Relation> rels = new ArrayList<>(d.relations());
            rels.add(new Relation("r9", "ostmark", "norland", Polarity.COOPERATION, "support", 5, null, null));
            wb.setDossier(new Dossier(d.sources(), actors, d.quotes(), rels, d.assessments(), d.events()));
            assertTrue(view.describe().lines().anyMatch("Ostmark"::equals), view.describe());
            wb.setDossier(Dossier.empty());
            assertEquals("Power/interest grid", view.describe(), "an empty dossier draws no actor");
            view.dispose();
        });
    }

    @Test
    void disposeLeavesNoListener() throws Exception {
        onEdt(() -> {
            WorkbenchHarness wb = workbench(dossier());
            int before = wb.listenerCount();
            MapView view = view(wb);
            assertEquals(before + 1, wb.listenerCount());
            view.dispose();
            assertEquals(before, wb.listenerCount());
        });
    }

    @Test
    void exportWritesTheMapAsDrawn() throws Exception {
        onEdt(() -> {
            MapView view = view(workbench(dossier()));
            view.canvas().moveActor("norland", 40, 0);
            Path png = dir.resolve("out/map.png");
            MapView.exportImage(view.canvas().scene(), png);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
            assertEquals(view.canvas().scene().width, img.getWidth());
            Path svg = dir.resolve("map.svg");
            MapView.exportImage(view.canvas().scene(), svg);
            String text = Files.readString(svg);
            assertTrue(text.startsWith("<?xml") && text.contains("Norland"), text);
            try (var files = Files.list(dir)) {
                assertFalse(files.anyMatch(p -> p.toString().endsWith(".part")));
            }
            view.dispose();
        });
    }

    @Test
    void aMovedSceneKeepsEdgeEndsAtTheirGap() {
        Dossier d = dossier();
        Scene s = DefaultMapService.scene(d, new DefaultAnalysisService().analyze(d, List.of()),
                MapOptions.of(MapOptions.View.NETWORK));
        Scene m = s.moved(java.util.Map.of("sudria", new double[] {100, -50}));
        assertEquals(s.shapes.size(), m.shapes.size());
        assertEquals(s.owners, m.owners);
        assertEquals(s.actors(), m.actors());
        for (int i = 0; i < s.shapes.size(); i++) {
            if (s.shapes.get(i) instanceof Scene.Rect) {
                assertEquals(s.shapes.get(i), m.shapes.get(i), "the background stays");
            }
        }
        Scene same = s.moved(java.util.Map.of());
        assertEquals(SvgRenderer.render(s), SvgRenderer.render(same), "no offsets, no change");
    }

    private static String labelOf(Scene s, String id) {
        for (int i = 0; i < s.shapes.size(); i++) {
            if (s.shapes.get(i) instanceof Scene.Text t && s.owners.get(i).equals(List.of(id))) {
                return t.x() + "," + t.y();
            }
        }
        return null;
    }

    private static BufferedImage paint(MapCanvas c) {
        BufferedImage img = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        c.paint(g);
        g.dispose();
        return img;
    }

    private static boolean differs(BufferedImage a, BufferedImage b, Point2D.Double p, int radius) {
        for (int x = (int) p.x - radius; x <= p.x + radius; x++) {
            for (int y = (int) p.y - radius; y <= p.y + radius; y++) {
                if (x >= 0 && y >= 0 && x < a.getWidth() && y < a.getHeight() && a.getRGB(x, y) != b.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
