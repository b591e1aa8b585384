package dev.parley.dossier.ui.internal;

import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntPredicate;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.DefaultCellEditor;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.DefaultTableCellRenderer;

/** Selection, menu and filter helpers shared by the table views; rows are model rows unless a name says view. */
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

    /**
     * Gives the table a context menu of these actions, to which the caller may add more. A right click
     * on an unselected row selects it first, so that the menu acts on what was clicked.
     */
    static JPopupMenu popupMenu(JTable table, Action... actions) {
        JPopupMenu popup = new JPopupMenu();
        for (Action a : actions) {
            popup.add(a);
        }
        table.setComponentPopupMenu(popup);
        selectOnRightClick(table);
        return popup;
    }

    /** The Delete key runs {@code delete} while the table has the focus. */
    static void deleteKey(JTable table, Action delete) {
        table.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "parley.delete");
        table.getActionMap().put("parley.delete", delete);
    }

    /**
     * The bar above a table: "Filter:" and the field, which shows {@code tip} and runs
     * {@code onChange} whenever its text changes, then a button per action.
     */
    static JPanel filterBar(JTextField filter, String tip, Runnable onChange, Action... buttons) {
        onChange(filter, onChange);
        filter.setToolTipText(tip);
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING));
        JLabel label = new JLabel("Filter:");
        label.setLabelFor(filter);
        bar.add(label);
        bar.add(filter);
        for (Action a : buttons) {
            bar.add(new JButton(a));
        }
        return bar;
    }

    private static void selectOnRightClick(JTable table) {
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

    /** Cells of an enum type show the value's id, and are edited by choosing one of all the values by id. */
    static <E extends Enum<E>> void enumColumns(JTable table, Class<E> type, Function<E, String> id) {
        table.setDefaultRenderer(type, new DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void setValue(Object value) {
                setText(type.isInstance(value) ? id.apply(type.cast(value)) : "");
            }
        });
        JComboBox<E> values = new JComboBox<>(type.getEnumConstants());
        values.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                return super.getListCellRendererComponent(list, type.isInstance(value) ? id.apply(type.cast(value))
                        : value, index, selected, focus);
            }
        });
        table.setDefaultEditor(type, new DefaultCellEditor(values));
    }

    /** Preferred widths of the first columns, in pixels. */
    static void preferredWidths(JTable table, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
        }
    }

    /** Case-insensitive containment, for the filter fields. */
    static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
