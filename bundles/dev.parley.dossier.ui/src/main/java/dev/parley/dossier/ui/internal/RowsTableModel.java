package dev.parley.dossier.ui.internal;

import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * A table model with fixed columns whose rows are replaced all at once when the dossier changes;
 * subclasses say what a row shows and how an edited cell changes the dossier.
 *
 * @param <R> a row: an immutable record of what the columns show
 */
abstract class RowsTableModel<R> extends AbstractTableModel {

    private static final long serialVersionUID = 1L;

    private final String[] columns;
    private transient List<R> rows = List.of();

    RowsTableModel(String... columns) {
        this.columns = columns.clone();
    }

    /** Shows these rows instead of the old ones. */
    final void setRows(List<R> next) {
        rows = List.copyOf(next);
        fireTableDataChanged();
    }

    final R row(int modelRow) {
        return rows.get(modelRow);
    }

    @Override
    public final int getRowCount() {
        return rows.size();
    }

    @Override
    public final int getColumnCount() {
        return columns.length;
    }

    @Override
    public final String getColumnName(int column) {
        return columns[column];
    }
}
