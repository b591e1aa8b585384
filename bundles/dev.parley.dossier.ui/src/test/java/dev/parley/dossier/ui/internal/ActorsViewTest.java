package dev.parley.dossier.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.analysis.internal.DefaultAnalysisService;
import dev.parley.model.ActorType;
import dev.parley.model.Assessment;
import dev.parley.model.Dossier;
import dev.parley.model.analysis.ActorAnalysis;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.analysis.Quadrant;
import dev.parley.model.ui.Selection;
import dev.parley.model.ui.ViewContribution;
import dev.parley.model.ui.WorkbenchView;
import dev.parley.testkit.WorkbenchHarness;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActorsViewTest {

    /** Fixed scores, so that the table's numbers can be checked exactly. */
    private static final Map<String, double[]> SCORES = Map.of(
            "norland", new double[] {0.8, 0.6, 1.0, 1},
            "sudria", new double[] {0.7, 0.9, -0.75, 2},
            "velk", new double[] {0.4, 0.5, 0.333, 1},
            "kestrel", new double[] {0.1, 0.2, 0.0, 0},
            "norgov", new double[] {0.3, 0.4, 0.5, 1});

    private static Analysis analyze(Dossier d) {
        List<ActorAnalysis> list = new ArrayList<>();
        for (var a : d.actors()) {
            double[] s = SCORES.getOrDefault(a.id(), new double[] {0, 0, 0, 0});
            list.add(new ActorAnalysis(a.id(), s[0], s[1], s[2], (int) s[3], Quadrant.of(s[0], s[1]), "",
                    "because of " + a.name()));
        }
        return new Analysis(List.of("norland"), list);
    }

    private WorkbenchHarness wb;
    private ActorsView view;

    @BeforeEach
    void open() {
        wb = new WorkbenchHarness(Fixtures.dossier(), ActorsViewTest::analyze);
        view = (ActorsView) new ActorsContribution().create(wb);
    }

    @AfterEach
    void close() {
        view.dispose();
    }

    private int viewRow(String name) {
        JTable t = view.table();
        for (int v = 0; v < t.getRowCount(); v++) {
            if (t.getValueAt(v, ActorTableModel.NAME).equals(name)) {
                return v;
            }
        }
        throw new AssertionError(name + " not shown:\n" + view.describe());
    }

    private int modelRow(String name) {
        return view.table().convertRowIndexToModel(viewRow(name));
    }

    @Test
    void contributionNamesTheView() {
        ViewContribution c = new ActorsContribution();
        assertEquals("parley.actors", c.id());
        assertEquals("Actors", c.title());
        assertEquals(dev.parley.model.ui.Area.MAIN, c.area());
    }

    @Test
    void describeListsEveryActorWithScoresAndAssessmentsStarred() {
        assertEquals("""
                Norland | state |  |  | 0.80 | 0.60 | 1.00 | 1
                Sudria | state |  |  | 0.70 | 0.90 | -0.75 | 2
                Ana Velk | person | Foreign Minister | Norland | 0.40 | 0.50 | 0.33 | 1
                Kestrel Mission | mission |  |  | 0.10 | 0.20 | 0.00 | 0
                Norland government | other | executive | Ana Velk | 0.90* | 0.40 | 0.50 | 1""", view.describe());
    }

    @Test
    void worksWithTheRealAnalysisAndWithNone() {
        WorkbenchHarness real = new WorkbenchHarness(Fixtures.dossier(),
                d -> new DefaultAnalysisService().analyze(d, List.of()));
        WorkbenchView v = new ActorsContribution().create(real);
        String[] lines = v.describe().split("\n");
        assertEquals(5, lines.length);
        for (String line : lines) {
            assertTrue(line.matches("[^|]+ \\| \\w+ \\| [^|]* \\| [^|]* \\| \\d\\.\\d\\d\\*? \\| \\d\\.\\d\\d \\| "
                    + "-?\\d\\.\\d\\d \\| [012]"), line);
        }
        v.dispose();

        WorkbenchHarness none = new WorkbenchHarness(Fixtures.dossier(), null);
        v = new ActorsContribution().create(none);
        assertTrue(v.describe().contains("Ana Velk | person | Foreign Minister | Norland |  |  |  | \n"),
                v.describe());
        assertTrue(v.describe().endsWith("Norland government | other | executive | Ana Velk | 0.90* |  |  | "),
                v.describe());
        v.dispose();
    }

    @Test
    void filterMatchesNameAliasRoleAndType() {
        view.filterField().setText("minister");
        assertEquals(List.of("Ana Velk"), names());
        view.filterField().setText("NORLANDIC");
        assertEquals(List.of("Norland", "Norland government"), names());
        view.filterField().setText("state");
        assertEquals(List.of("Norland", "Sudria"), names());
        view.filterField().setText("atlantis");
        assertEquals("", view.describe());
        view.filterField().setText("");
        assertEquals(5, names().size());
    }

    private List<String> names() {
        return view.describe().isEmpty() ? List.of()
                : view.describe().lines().map(l -> l.substring(0, l.indexOf(" | "))).toList();
    }

    @Test
    void columnsSortByValue() {
        RowSorter<?> sorter = view.table().getRowSorter();
        sorter.setSortKeys(List.of(new RowSorter.SortKey(ActorTableModel.STANCE, SortOrder.ASCENDING)));
        assertEquals(List.of("Sudria", "Kestrel Mission", "Ana Velk", "Norland government", "Norland"), names());
        // The analyst's 0.90 for Norland government sorts above the computed 0.80 of Norland.
        sorter.setSortKeys(List.of(new RowSorter.SortKey(ActorTableModel.INFLUENCE, SortOrder.DESCENDING)));
        assertEquals(List.of("Norland government", "Norland", "Sudria", "Ana Velk", "Kestrel Mission"), names());
        sorter.setSortKeys(List.of(new RowSorter.SortKey(ActorTableModel.NAME, SortOrder.ASCENDING)));
        assertEquals("Ana Velk", names().get(0));
    }

    @Test
    void workbenchSelectionSelectsRowsWithoutEcho() {
        Recorder rec = new Recorder();
        wb.addListener(rec);
        wb.select(new Selection(List.of("velk", "sudria"), List.of()), "elsewhere");
        assertEquals(List.of("sudria", "velk"), view.selectedIds());
        assertEquals(1, rec.changes.size(), "the view must not answer a selection with its own");
        wb.select(Selection.relation("r1"), "elsewhere");
        assertEquals(List.of(), view.selectedIds());
        wb.removeListener(rec);
    }

    @Test
    void selectingRowsSelectsActorsInTheWorkbench() {
        Recorder rec = new Recorder();
        wb.addListener(rec);
        int v = viewRow("Kestrel Mission");
        view.table().setRowSelectionInterval(v, v);
        assertEquals(Selection.actor("kestrel"), wb.selection());
        assertSame(view, rec.changes.get(rec.changes.size() - 1).origin());
        view.table().addRowSelectionInterval(viewRow("Norland"), viewRow("Norland"));
        assertEquals(List.of("norland", "kestrel"), wb.selection().actors());
        wb.removeListener(rec);
    }

    @Test
    void cellEditsBecomeWorkbenchEditsAndKeepTheSelection() {
        wb.select(Selection.actor("norland"), "elsewhere");
        view.table().getModel().setValueAt("Republic of Norland", modelRow("Norland"), ActorTableModel.NAME);
        assertEquals(List.of("Rename actor"), wb.edits());
        assertEquals("Republic of Norland", wb.dossier().actor("norland").orElseThrow().name());
        assertTrue(view.describe().startsWith("Republic of Norland | state |"), view.describe());
        // Velk's affiliation shows the new name.
        assertTrue(view.describe().contains("Ana Velk | person | Foreign Minister | Republic of Norland |"));
        assertEquals(List.of("norland"), view.selectedIds());

        view.table().getModel().setValueAt(ActorType.IGO, modelRow("Kestrel Mission"), ActorTableModel.TYPE);
        view.table().getModel().setValueAt(" Envoy ", modelRow("Kestrel Mission"), ActorTableModel.ROLE);
        assertEquals(List.of("Rename actor", "Change type", "Change role"), wb.edits());
        assertTrue(view.describe().contains("Kestrel Mission | igo | Envoy |  |"), view.describe());
    }

    @Test
    void affiliationIsChosenFromTheOtherActors() {
        JTable t = view.table();
        int v = viewRow("Ana Velk");
        assertTrue(t.editCellAt(v, ActorTableModel.AFFILIATION));
        @SuppressWarnings("unchecked")
        JComboBox<ActorTableModel.Choice> combo = (JComboBox<ActorTableModel.Choice>) t.getEditorComponent();
        List<String> offered = new ArrayList<>();
        for (int i = 0; i < combo.getItemCount(); i++) {
            offered.add(combo.getItemAt(i).name());
        }
        assertEquals(List.of("(none)", "Kestrel Mission", "Norland", "Norland government", "Sudria"), offered);
        assertEquals("Norland", ((ActorTableModel.Choice) combo.getSelectedItem()).name());
        combo.setSelectedIndex(offered.indexOf("Sudria"));
        assertFalse(t.isEditing(), "choosing from the combo commits the cell");
        assertEquals(List.of("Change affiliation"), wb.edits());
        assertEquals("sudria", wb.dossier().actor("velk").orElseThrow().affiliation());

        t.getModel().setValueAt(ActorTableModel.Choice.NONE, modelRow("Ana Velk"), ActorTableModel.AFFILIATION);
        assertEquals(null, wb.dossier().actor("velk").orElseThrow().affiliation());
        assertTrue(view.describe().contains("Ana Velk | person | Foreign Minister |  |"), view.describe());
    }

    @Test
    void refusedEditsGoToTheStatusLine() {
        view.table().getModel().setValueAt("  ", modelRow("Sudria"), ActorTableModel.NAME);
        view.table().getModel().setValueAt("Atlantis", modelRow("Sudria"), ActorTableModel.AFFILIATION);
        view.table().getModel().setValueAt("planet", modelRow("Sudria"), ActorTableModel.TYPE);
        assertEquals(List.of(), wb.edits());
        assertTrue(wb.status().contains("unknown actor type 'planet'"), wb.status());
        assertEquals(Fixtures.dossier(), wb.dossier());
        view.table().getModel().setValueAt("  ", modelRow("Sudria"), ActorTableModel.NAME);
        assertEquals("Rename actor failed: An actor's name cannot be empty.", wb.status());
    }

    @Test
    void mergeSelectedKeepsTheMostMentioned() {
        wb.select(new Selection(List.of("norgov", "norland"), List.of()), "elsewhere");
        view.mergeSelected();
        assertEquals(List.of("Merge 2 actors"), wb.edits());
        assertEquals(4, wb.dossier().actors().size());
        assertTrue(wb.dossier().actor("norgov").isEmpty());
        assertEquals(Selection.actor("norland"), wb.selection());
        assertEquals(List.of("norland"), view.selectedIds());
        assertEquals(4, view.describe().lines().count());
        // The merged actor's assessment now stars Norland's influence.
        assertTrue(view.describe().startsWith("Norland | state | executive | Ana Velk | 0.90* |"), view.describe());
    }

    @Test
    void theActionsAreInTheMenuTheFilterBarAndOnTheDeleteKey() {
        assertEquals(List.of("Merge selected", "Delete", "-", "Assess..."), TablesTest.texts(view.table()
                .getComponentPopupMenu()));
        JComponent bar = (JComponent) ((BorderLayout) view.component().getLayout()).getLayoutComponent(
                BorderLayout.NORTH);
        assertEquals(List.of("Filter:", "", "Merge selected", "Delete", "Assess..."), TablesTest.texts(bar));
        assertEquals("Show actors whose name, alias, role or type contains this", view.filterField().getToolTipText());
        assertEquals("Delete", TablesTest.deleteKeyAction(view.table()));
    }

    @Test
    void mergeNeedsTwoRows() {
        wb.select(Selection.actor("norland"), "elsewhere");
        view.mergeSelected();
        assertEquals(List.of(), wb.edits());
        assertTrue(wb.status().contains("at least two"), wb.status());
    }

    @Test
    void deleteRemovesActorsAndWhatRefersToThem() {
        wb.select(Selection.actor("sudria"), "elsewhere");
        view.deleteSelected();
        assertEquals(List.of("Delete actor"), wb.edits());
        assertTrue(wb.dossier().actor("sudria").isEmpty());
        assertEquals(List.of("r3"), wb.dossier().relations().stream().map(r -> r.id()).toList());
        assertFalse(view.describe().contains("Sudria"));
        assertEquals(Selection.empty(), wb.selection());
    }

    @Test
    void assessValidatesAndStarsTheValues() {
        assertFalse(view.assess("kestrel", "1.4", "", "", ""));
        assertEquals("Assess actor failed: Power must be from 0 to 1; 1.4 is outside that range.", wb.status());
        assertFalse(view.assess("kestrel", "", "", "much", ""));
        assertTrue(wb.status().contains("Stance must be a number from -1 to 1"), wb.status());
        assertEquals(List.of(), wb.edits());

        assertTrue(view.assess("kestrel", "0,7", "", "-0.2", " watch the mandate "));
        assertEquals(List.of("Assess actor"), wb.edits());
        assertTrue(wb.dossier().assessments().contains(new Assessment("kestrel", 0.7, null, -0.2, "watch the mandate")));
        assertTrue(view.describe().contains("Kestrel Mission | mission |  |  | 0.70* | 0.20 | -0.20* | 0"),
                view.describe());
    }

    @Test
    void disposeRemovesTheListener() {
        WorkbenchHarness h = new WorkbenchHarness(Fixtures.dossier(), null);
        WorkbenchView v = new ActorsContribution().create(h);
        assertEquals(1, h.listenerCount());
        v.dispose();
        assertEquals(0, h.listenerCount());
        // A disposed view no longer follows the dossier.
        String before = v.describe();
        h.setDossier(Dossier.empty());
        assertEquals(before, v.describe());
    }
}
