package dev.parley.dossier.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.Polarity;
import dev.parley.model.Relation;
import dev.parley.model.ui.Area;
import dev.parley.model.ui.Selection;
import dev.parley.model.ui.ViewContribution;
import dev.parley.model.ui.WorkbenchView;
import dev.parley.testkit.WorkbenchHarness;
import java.awt.BorderLayout;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelationsViewTest {

    private WorkbenchHarness wb;
    private RelationsView view;

    @BeforeEach
    void open() {
        wb = new WorkbenchHarness(Fixtures.dossier(), null);
        view = (RelationsView) new RelationsContribution().create(wb);
    }

    @AfterEach
    void close() {
        view.dispose();
    }

    private int modelRow(String relationId) {
        for (int i = 0; i < view.table().getModel().getRowCount(); i++) {
            if (((RelationTableModel) view.table().getModel()).relation(i).id().equals(relationId)) {
                return i;
            }
        }
        throw new AssertionError(relationId);
    }

    private int viewRow(String relationId) {
        return view.table().convertRowIndexToView(modelRow(relationId));
    }

    private Relation relation(String id) {
        return wb.dossier().relations().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void deleteIsInTheMenuTheFilterBarAndOnTheDeleteKey() {
        assertEquals(List.of("Delete"), TablesTest.texts(view.table().getComponentPopupMenu()));
        JComponent bar = (JComponent) ((BorderLayout) view.component().getLayout()).getLayoutComponent(
                BorderLayout.NORTH);
        assertEquals(List.of("Filter:", "", "Delete"), TablesTest.texts(bar));
        assertEquals("Show relations whose actors, polarity, category, date or evidence contain this",
                view.filterField().getToolTipText());
        assertEquals("Delete", TablesTest.deleteKeyAction(view.table()));
    }

    @Test
    void contributionNamesTheView() {
        ViewContribution c = new RelationsContribution();
        assertEquals("parley.relations", c.id());
        assertEquals("Relations", c.title());
        assertEquals(Area.MAIN, c.area());
    }

    @Test
    void describeListsEveryRelation() {
        assertEquals("""
                Norland -> Sudria | cooperation | agree | 5
                Norland government -> Sudria | conflict | criticise | -4
                Norland government -> Norland | cooperation | support | 3
                Sudria -> Kestrel Mission | neutral | consult | 1""", view.describe());
    }

    @Test
    void evidenceAndDateColumns() {
        JTable t = view.table();
        assertEquals("Norland and Sudria signed a border accord on 3 May.",
                t.getModel().getValueAt(modelRow("r1"), RelationTableModel.EVIDENCE));
        assertEquals("2024-05-03", t.getModel().getValueAt(modelRow("r1"), RelationTableModel.DATE));
        // Evidence that holds only offsets is cut from the source text.
        assertEquals("The Norland government criticised Sudria over the dam.",
                t.getModel().getValueAt(modelRow("r2"), RelationTableModel.EVIDENCE));
        assertEquals("", t.getModel().getValueAt(modelRow("r3"), RelationTableModel.EVIDENCE));
    }

    @Test
    void filterAndSort() {
        view.filterField().setText("DAM");
        assertEquals("Norland government -> Sudria | conflict | criticise | -4", view.describe());
        view.filterField().setText("kestrel");
        assertEquals("Sudria -> Kestrel Mission | neutral | consult | 1", view.describe());
        view.filterField().setText("cooperation");
        assertEquals(2, view.describe().lines().count());
        view.filterField().setText("");
        view.table().getRowSorter().setSortKeys(
                List.of(new RowSorter.SortKey(RelationTableModel.WEIGHT, SortOrder.ASCENDING)));
        assertEquals(List.of("-4", "1", "3", "5"),
                view.describe().lines().map(l -> l.substring(l.lastIndexOf("| ") + 2)).toList());
    }

    @Test
    void anActorSelectedElsewhereSelectsItsRelations() {
        Recorder rec = new Recorder();
        wb.addListener(rec);
        wb.select(Selection.actor("norland"), "elsewhere");
        assertEquals(List.of("r1", "r3"), view.selectedIds());
        wb.select(Selection.actor("kestrel"), "elsewhere");
        assertEquals(List.of("r4"), view.selectedIds());
        // Relation ids win over actors.
        wb.select(new Selection(List.of("norland"), List.of("r2")), "elsewhere");
        assertEquals(List.of("r2"), view.selectedIds());
        wb.select(Selection.empty(), "elsewhere");
        assertEquals(List.of(), view.selectedIds());
        assertEquals(4, rec.changes.size(), "the view must not answer a selection with its own");
        wb.removeListener(rec);
    }

    @Test
    void selectingARowSelectsTheRelationAndItsEnds() {
        Recorder rec = new Recorder();
        wb.addListener(rec);
        int v = viewRow("r2");
        view.table().setRowSelectionInterval(v, v);
        assertEquals(new Selection(List.of("norgov", "sudria"), List.of("r2")), wb.selection());
        assertSame(view, rec.changes.get(rec.changes.size() - 1).origin());
        view.table().addRowSelectionInterval(viewRow("r3"), viewRow("r3"));
        assertEquals(new Selection(List.of("norgov", "sudria", "norland"), List.of("r2", "r3")), wb.selection());
        wb.removeListener(rec);
    }

    @Test
    void cellEditsBecomeWorkbenchEdits() {
        var m = view.table().getModel();
        wb.select(Selection.relation("r4"), "elsewhere");
        m.setValueAt(Polarity.CONFLICT, modelRow("r4"), RelationTableModel.POLARITY);
        m.setValueAt(" expel ", modelRow("r4"), RelationTableModel.CATEGORY);
        m.setValueAt("\u22126,5", modelRow("r4"), RelationTableModel.WEIGHT);
        assertEquals(List.of("Change polarity", "Change category", "Change weight"), wb.edits());
        Relation r4 = relation("r4");
        assertEquals(Polarity.CONFLICT, r4.polarity());
        assertEquals("expel", r4.category());
        assertEquals(-6.5, r4.weight());
        assertTrue(view.describe().endsWith("Sudria -> Kestrel Mission | conflict | expel | -6.5"), view.describe());
        assertEquals(List.of("r4"), view.selectedIds(), "the selection survives the refresh");
    }

    @Test
    void weightIsEditedAsTextAndValidated() {
        JTable t = view.table();
        int v = viewRow("r1");
        assertTrue(t.editCellAt(v, RelationTableModel.WEIGHT));
        JTextField field = (JTextField) t.getEditorComponent();
        assertEquals("5", field.getText());
        field.setText("12");
        t.getCellEditor().stopCellEditing();
        assertEquals(List.of(), wb.edits());
        assertEquals("Change weight failed: A relation's weight must be from -10 (most conflictual) to +10 "
                + "(most cooperative); 12 is outside that range.", wb.status());
        assertEquals(5.0, relation("r1").weight());

        t.getModel().setValueAt("lots", modelRow("r1"), RelationTableModel.WEIGHT);
        assertTrue(wb.status().contains("'lots' is not a number"), wb.status());
        t.getModel().setValueAt("sideways", modelRow("r1"), RelationTableModel.POLARITY);
        assertTrue(wb.status().contains("unknown polarity 'sideways'"), wb.status());
        assertEquals(List.of(), wb.edits());

        assertTrue(t.editCellAt(viewRow("r1"), RelationTableModel.WEIGHT));
        ((JTextField) t.getEditorComponent()).setText("7.5");
        assertTrue(t.getCellEditor().stopCellEditing());
        assertEquals(List.of("Change weight"), wb.edits());
        assertEquals(7.5, relation("r1").weight());
    }

    @Test
    void deleteSelectedIsOneEdit() {
        wb.select(Selection.actor("norland"), "elsewhere");
        view.deleteSelected();
        assertEquals(List.of("Delete 2 relations"), wb.edits());
        assertEquals(List.of("r2", "r4"), wb.dossier().relations().stream().map(Relation::id).toList());
        assertEquals(2, view.describe().lines().count());
        assertFalse(view.describe().contains("support"));
        assertEquals(Selection.empty(), wb.selection());
        assertEquals(5, wb.dossier().actors().size(), "deleting relations leaves the actors");
    }

    @Test
    void disposeRemovesTheListener() {
        WorkbenchHarness h = new WorkbenchHarness(Fixtures.dossier(), null);
        WorkbenchView v = new RelationsContribution().create(h);
        assertEquals(1, h.listenerCount());
        v.dispose();
        assertEquals(0, h.listenerCount());
    }
}
