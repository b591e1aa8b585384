package dev.parley.dossier.ui.internal;

import dev.parley.model.Dossier;
import dev.parley.model.Polarity;
import dev.parley.model.Relation;
import dev.parley.model.ui.Selection;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchListener;
import dev.parley.model.ui.WorkbenchView;
import java.awt.BorderLayout;
import java.awt.Component;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import javax.swing.Action;
import javax.swing.DefaultCellEditor;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.RowFilter;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;

/**
 * The relations table: who does what to whom, with the sentence that says so. Selecting rows
 * selects the relations and their two ends; selecting an actor elsewhere selects its relations.
 */
final class RelationsView implements WorkbenchView, WorkbenchListener {

    private final Workbench workbench;
    private final JPanel panel = new JPanel(new BorderLayout());
    private final Edits edits;
    private final RelationTableModel model;
    private final JTable table;
    private final TableRowSorter<RelationTableModel> sorter;
    private final JTextField filter = new JTextField(18);
    private final Action delete = Tables.action("Delete", "Delete the selected relations", this::deleteSelected);
    /** True while this view changes its own table selection, so that it does not echo to the workbench. */
    private boolean syncing;

    RelationsView(Workbench workbench) {
        this.workbench = workbench;
        this.edits = new Edits(workbench);
        this.model = new RelationTableModel(edits);
        this.table = new JTable(model);
        this.sorter = new TableRowSorter<>(model);
        table.setRowSorter(sorter);
        table.setFillsViewportHeight(true);
        configureColumns();

        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                delete.setEnabled(table.getSelectedRowCount() > 0);
                if (!syncing) {
                    workbench.select(selection(), this);
                }
            }
        });
        Tables.popupMenu(table, delete);
        Tables.deleteKey(table, delete);

        panel.add(Tables.filterBar(filter,
                "Show relations whose actors, polarity, category, date or evidence contain this", this::applyFilter,
                delete), BorderLayout.NORTH);
        panel.add(new JScrollPane(table), BorderLayout.CENTER);

        workbench.addListener(this);
        dossierChanged(workbench.dossier());
        showSelection(workbench.selection());
    }

    private void configureColumns() {
        Tables.enumColumns(table, Polarity.class, Polarity::id);
        DefaultTableCellRenderer weight = new DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void setValue(Object value) {
                setText(value instanceof Double w ? Format.number(w) : "");
            }
        };
        weight.setHorizontalAlignment(SwingConstants.TRAILING);
        table.setDefaultRenderer(Double.class, weight);
        // A text editor, not the number editor, so that a bad weight gets a message instead of a red border.
        JTextField weightField = new JTextField();
        weightField.setHorizontalAlignment(SwingConstants.TRAILING);
        table.setDefaultEditor(Double.class, new DefaultCellEditor(weightField) {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getTableCellEditorComponent(JTable t, Object value, boolean selected, int row, int col) {
                return super.getTableCellEditorComponent(t, value instanceof Double w ? Format.number(w) : value,
                        selected, row, col);
            }
        });
        Tables.preferredWidths(table, 150, 150, 90, 90, 60, 90, 420);
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void dossierChanged(Dossier dossier) {
        Set<String> keep = Set.copyOf(selectedIds());
        if (table.isEditing()) {
            table.getCellEditor().cancelCellEditing();
        }
        syncing = true;
        try {
            model.set(dossier);
            Tables.selectModelRows(table, row -> keep.contains(model.relation(row).id()));
        } finally {
            syncing = false;
        }
        delete.setEnabled(table.getSelectedRowCount() > 0);
    }

    @Override
    public void selectionChanged(Selection selection, Object origin) {
        if (origin != this) {
            showSelection(selection);
        }
    }

    /** Selected relations by id; with none, the relations of the selected actors. */
    private void showSelection(Selection s) {
        Set<String> relations = Set.copyOf(s.relations());
        Set<String> actors = Set.copyOf(s.actors());
        syncing = true;
        try {
            Tables.selectModelRows(table, row -> {
                Relation r = model.relation(row);
                return relations.isEmpty() ? actors.contains(r.source()) || actors.contains(r.target())
                        : relations.contains(r.id());
            });
        } finally {
            syncing = false;
        }
        delete.setEnabled(table.getSelectedRowCount() > 0);
    }

    private Selection selection() {
        List<String> ids = new ArrayList<>();
        Set<String> ends = new LinkedHashSet<>();
        for (int row : Tables.selectedModelRows(table)) {
            Relation r = model.relation(row);
            ids.add(r.id());
            ends.add(r.source());
            ends.add(r.target());
        }
        return new Selection(List.copyOf(ends), ids);
    }

    List<String> selectedIds() {
        return Tables.selectedModelRows(table).stream().map(row -> model.relation(row).id()).toList();
    }

    private void applyFilter() {
        String text = filter.getText().strip().toLowerCase(Locale.ROOT);
        syncing = true;
        try {
            sorter.setRowFilter(text.isEmpty() ? null : new RowFilter<RelationTableModel, Integer>() {
                @Override
                public boolean include(Entry<? extends RelationTableModel, ? extends Integer> entry) {
                    int row = entry.getIdentifier();
                    for (int c = 0; c < model.getColumnCount(); c++) {
                        if (c != RelationTableModel.WEIGHT && Tables.contains(model.text(row, c), text)) {
                            return true;
                        }
                    }
                    return false;
                }
            });
        } finally {
            syncing = false;
        }
    }

    void deleteSelected() {
        List<String> ids = selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        if (edits.apply(ids.size() == 1 ? "Delete relation" : "Delete " + ids.size() + " relations",
                d -> RelationEdits.delete(d, ids))) {
            showSelection(Selection.empty());
            workbench.select(Selection.empty(), this);
        }
    }

    JTable table() {
        return table;
    }

    JTextField filterField() {
        return filter;
    }

    @Override
    public String describe() {
        StringJoiner out = new StringJoiner("\n");
        for (int v = 0; v < table.getRowCount(); v++) {
            int row = table.convertRowIndexToModel(v);
            out.add(model.text(row, RelationTableModel.SOURCE) + " -> " + model.text(row, RelationTableModel.TARGET)
                    + " | " + model.text(row, RelationTableModel.POLARITY)
                    + " | " + model.text(row, RelationTableModel.CATEGORY)
                    + " | " + model.text(row, RelationTableModel.WEIGHT));
        }
        return out.toString();
    }

    @Override
    public void dispose() {
        workbench.removeListener(this);
    }
}
