package dev.parley.timeline.ui.internal;

import dev.parley.model.Dossier;
import dev.parley.model.ui.Selection;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchListener;
import dev.parley.model.ui.WorkbenchView;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.event.ListSelectionListener;
import javax.swing.table.AbstractTableModel;

/**
 * The dossier's dated events and relations in a table, date | what | actors. A click on a row
 * selects the relation, or the event's actors, everywhere; a relation selected elsewhere is
 * selected here too.
 */
final class TimelineView implements WorkbenchView {

    private final Workbench workbench;
    private final Model model = new Model();
    private final JTable table = new JTable(model);
    private final JScrollPane scroll = new JScrollPane(table);
    private final ListSelectionListener rowPicked = e -> {
        if (!e.getValueIsAdjusting()) {
            picked();
        }
    };
    private final WorkbenchListener listener = new WorkbenchListener() {
        @Override
        public void dossierChanged(Dossier dossier) {
            reload();
        }

        @Override
        public void selectionChanged(Selection selection, Object origin) {
            if (origin != TimelineView.this) {
                follow(selection);
            }
        }
    };
    /** True while the table's selection is set from the workbench's, so it is not sent back. */
    private boolean following;

    TimelineView(Workbench workbench) {
        this.workbench = workbench;
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getAccessibleContext().setAccessibleName("Timeline");
        table.getColumnModel().getColumn(0).setPreferredWidth(90);
        table.getColumnModel().getColumn(1).setPreferredWidth(520);
        table.getColumnModel().getColumn(2).setPreferredWidth(220);
        table.getSelectionModel().addListSelectionListener(rowPicked);
        workbench.addListener(listener);
        reload();
    }

    private void reload() {
        following = true;
        try {
            model.rows = TimelineRows.of(workbench.dossier());
            model.fireTableDataChanged();
        } finally {
            following = false;
        }
        follow(workbench.selection());
    }

    private void picked() {
        if (following) {
            return;
        }
        int row = table.getSelectedRow();
        if (row >= 0) {
            workbench.select(model.rows.get(table.convertRowIndexToModel(row)).selection(), this);
        }
    }

    /** Selects the row of a relation selected elsewhere; anything else clears the table's selection. */
    private void follow(Selection selection) {
        following = true;
        try {
            for (int i = 0; i < model.rows.size(); i++) {
                if (model.rows.get(i).selection().equals(selection) && !selection.relations().isEmpty()) {
                    int view = table.convertRowIndexToView(i);
                    table.setRowSelectionInterval(view, view);
                    table.scrollRectToVisible(table.getCellRect(view, 0, true));
                    return;
                }
            }
            table.clearSelection();
        } finally {
            following = false;
        }
    }

    /** Selects a row as a click would. */
    void click(int row) {
        table.setRowSelectionInterval(row, row);
    }

    JTable table() {
        return table;
    }

    @Override
    public JComponent component() {
        return scroll;
    }

    /** One line per row: date | what | actors. */
    @Override
    public String describe() {
        return model.rows.stream().map(TimelineRows.Row::line).collect(Collectors.joining("\n"));
    }

    @Override
    public void dispose() {
        workbench.removeListener(listener);
        table.getSelectionModel().removeListSelectionListener(rowPicked);
    }

    private static final class Model extends AbstractTableModel {
        private static final String[] COLUMNS = {"Date", "What", "Actors"};
        private List<TimelineRows.Row> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return COLUMNS[column];
        }

        @Override
        public Object getValueAt(int row, int column) {
            TimelineRows.Row r = rows.get(row);
            return switch (column) {
                case 0 -> r.shownDate();
                case 1 -> r.what();
                default -> r.actors();
            };
        }
    }
}
