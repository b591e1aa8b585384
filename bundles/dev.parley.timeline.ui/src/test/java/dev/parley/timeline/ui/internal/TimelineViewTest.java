package dev.parley.timeline.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.analysis.internal.DefaultAnalysisService;
import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.Event;
import dev.parley.model.Polarity;
import dev.parley.model.Relation;
import dev.parley.model.ui.Area;
import dev.parley.model.ui.Selection;
import dev.parley.testkit.WorkbenchHarness;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TimelineViewTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** An invented case with events and relations out of order, one undated event and one undated relation. */
    static Dossier dossier() {
        List<Actor> actors = List.of(
                new Actor("norland", "Norland", ActorType.STATE, null, null, null, null, null),
                new Actor("sudria", "Sudria", ActorType.STATE, null, null, null, null, null),
                new Actor("union", "Eastern Union", ActorType.IGO, null, null, null, null, null));
        List<Relation> rels = List.of(
                new Relation("r1", "union", "sudria", Polarity.COOPERATION, "support", 4, "2031-05-10", null),
                new Relation("r2", "norland", "sudria", Polarity.CONFLICT, "sanction", -6, "2031-03-02", null),
                new Relation("r3", "norland", "union", Polarity.CONFLICT, "criticise", -2, null, null));
        List<Event> events = List.of(
                new Event("e1", "2031-04-14", "summit", "A summit is set for\n14 April.", "s1", 0, 10,
                        List.of("norland", "union")),
                new Event("e2", null, "election", "Elections are promised.", "s1", 0, 10, List.of("sudria")),
                new Event("e3", "2031-03", "deadline", "The truce ends in March.", "s1", 0, 10, List.of()));
        return new Dossier(null, actors, null, rels, null, events);
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

    @Test
    void contributesABottomView() {
        TimelineViewContribution c = new TimelineViewContribution();
        assertEquals("parley.timeline", c.id());
        assertEquals("Timeline", c.title());
        assertEquals(Area.BOTTOM, c.area());
    }

    @Test
    void rowsAreInDateOrderWithUndatedEventsLast() throws Exception {
        onEdt(() -> {
            TimelineView view = (TimelineView) new TimelineViewContribution().create(workbench());
            assertEquals(List.of(
                    "2031-03 | deadline: The truce ends in March. | \u2013",
                    "2031-03-02 | Norland \u2192 Sudria: sanction (conflict) | Norland, Sudria",
                    "2031-04-14 | summit: A summit is set for 14 April. | Norland, Eastern Union",
                    "2031-05-10 | Eastern Union \u2192 Sudria: support (cooperation) | Eastern Union, Sudria",
                    "undated | election: Elections are promised. | Sudria"), view.describe().lines().toList());
            assertEquals(5, view.table().getRowCount());
            assertEquals("Date", view.table().getColumnName(0));
            assertEquals("undated", view.table().getValueAt(4, 0));
            view.dispose();
        });
    }

    @Test
    void clickingARowSelectsTheRelationOrTheEventsActors() throws Exception {
        onEdt(() -> {
            WorkbenchHarness wb = workbench();
            TimelineView view = (TimelineView) new TimelineViewContribution().create(wb);
            view.click(1);
            assertEquals(Selection.relation("r2"), wb.selection());
            view.click(2);
            assertEquals(new Selection(List.of("norland", "union"), List.of()), wb.selection());
            view.dispose();
        });
    }

    @Test
    void aRelationSelectedElsewhereIsSelectedHere() throws Exception {
        onEdt(() -> {
            WorkbenchHarness wb = workbench();
            TimelineView view = (TimelineView) new TimelineViewContribution().create(wb);
            wb.select(Selection.relation("r1"), "the map");
            assertEquals(3, view.table().getSelectedRow());
            assertEquals(Selection.relation("r1"), wb.selection(), "following does not select again");
            wb.select(Selection.actor("sudria"), "the map");
            assertEquals(-1, view.table().getSelectedRow());
            assertEquals(Selection.actor("sudria"), wb.selection());
            view.dispose();
        });
    }

    @Test
    void editsRefreshTheRows() throws Exception {
        onEdt(() -> {
            WorkbenchHarness wb = workbench();
            TimelineView view = (TimelineView) new TimelineViewContribution().create(wb);
            Dossier d = wb.dossier();
            List<Relation> rels = new ArrayList<>(d.relations());
            rels.add(new Relation("r9", "sudria", "norland", Polarity.CONFLICT, "accuse", -3, "2030-12-31", null));
            wb.edit("Add relation", x -> new Dossier(x.sources(), x.actors(), x.quotes(), rels, x.assessments(), x.events()));
            assertTrue(view.describe().startsWith("2030-12-31 | Sudria \u2192 Norland: accuse (conflict)"), view.describe());
            assertEquals(6, view.table().getRowCount());
            wb.setDossier(Dossier.empty());
            assertEquals("", view.describe());
            view.dispose();
        });
    }

    @Test
    void disposeLeavesNoListener() throws Exception {
        onEdt(() -> {
            WorkbenchHarness wb = workbench();
            int before = wb.listenerCount();
            TimelineView view = (TimelineView) new TimelineViewContribution().create(wb);
            assertEquals(before + 1, wb.listenerCount());
            view.dispose();
            assertEquals(before, wb.listenerCount());
        });
    }
}
