package dev.parley.dossier.ui.internal;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/** Selection helpers shared by the table views; rows are model rows unless a name says view. */
final class Tables {

    private Tables() {
    }

    /** Selects exactly the model rows that match, and scrolls the first into sight. */
    static void selectModelRows(JTable table, IntPredicate match) {
        ListSelectionModel sm = table.getSelectionModel();
        sm.setValueIsAdjusting(true);
        try {
            sm.clearSelection();
            int first = -1;
            for (int v = 0; v < table.getRowCount(); v++) {
                if (match.test(table.convertRowIndexToModel(v))) {
                    sm.addSelectionInterval(v, v);
                    first = first < 0 ? v : first;
                }
            }
            if (first >= 0) {
                table.scrollRectToVisible(table.getCellRect(first, 0, true));
            }
        } finally {
            sm.setValueIsAdjusting(false);
        }
    }

    /** The selected model rows, in view order. */
    static List<Integer> selectedModelRows(JTable table) {
        List<Integer> rows = new ArrayList<>();
        for (int v : table.getSelectedRows()) {
            rows.add(table.convertRowIndexToModel(v));
        }
        return rows;
    }

    /** A right click on an unselected row selects it first, so the context menu acts on what was clicked. */
    static void selectOnRightClick(JTable table) {
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                if (e.isPopupTrigger() || e.getButton() == MouseEvent.BUTTON3) {
                    int row = table.rowAtPoint(e.getPoint());
                    if (row >= 0 && !table.isRowSelected(row)) {
                        table.setRowSelectionInterval(row, row);
                    }
                }
            }
        });
    }

    /** Calls {@code run} whenever the field's text changes. */
    static void onChange(JTextField field, Runnable run) {
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                run.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                run.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                run.run();
            }
        });
    }

    /** An action with a tooltip that runs {@code run}. */
    static Action action(String name, String tip, Runnable run) {
        Action a = new AbstractAction(name) {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        a.putValue(Action.SHORT_DESCRIPTION, tip);
        return a;
    }

    /** Case-insensitive containment, for the filter fields. */
    static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
