package dev.parley.dossier.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.Polarity;
import java.awt.Component;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.event.MouseListener;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JSeparator;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.table.DefaultTableModel;
import org.junit.jupiter.api.Test;

/** The menu, Delete key, filter bar and enum columns the table views share; headless. */
class TablesTest {

    private final List<String> ran = new ArrayList<>();
    private final Action merge = Tables.action("Merge", "merge them", () -> ran.add("merge"));
    private final Action delete = Tables.action("Delete", "delete them", () -> ran.add("delete"));
    private final JTable table = new JTable(new DefaultTableModel(3, 2));

    /** The texts of a container's items: "-" for a separator, "" for a text field. */
    static List<String> texts(JComponent container) {
        List<String> out = new ArrayList<>();
        for (Component c : container.getComponents()) {
            out.add(c instanceof AbstractButton b ? b.getText() : c instanceof JLabel l ? l.getText()
                    : c instanceof JSeparator || c instanceof JPopupMenu.Separator ? "-" : "");
        }
        return out;
    }

    /** The name of the action the Delete key runs in a table. */
    static Object deleteKeyAction(JTable t) {
        Object key = t.getInputMap(JComponent.WHEN_FOCUSED).get(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0));
        Action a = key == null ? null : t.getActionMap().get(key);
        return a == null ? null : a.getValue(Action.NAME);
    }

    @Test
    void thePopupMenuHoldsTheActionsAndARightClickSelectsTheRowFirst() {
        JPopupMenu popup = Tables.popupMenu(table, merge, delete);
        assertSame(popup, table.getComponentPopupMenu());
        assertEquals(List.of("Merge", "Delete"), texts(popup));
        table.setRowSelectionInterval(0, 0);
        Rectangle row2 = table.getCellRect(2, 0, true);
        MouseEvent press = new MouseEvent(table, MouseEvent.MOUSE_PRESSED, 0, 0, row2.x + 1, row2.y + 1, 1, true,
                MouseEvent.BUTTON3);
        for (MouseListener l : table.getMouseListeners()) {
            l.mousePressed(press);
        }
        assertEquals(2, table.getSelectedRow());
        assertEquals(1, table.getSelectedRowCount());
    }

    @Test
    void theDeleteKeyRunsTheAction() {
        Tables.deleteKey(table, delete);
        assertEquals("Delete", deleteKeyAction(table));
        table.getActionMap().get("parley.delete").actionPerformed(null);
        assertEquals(List.of("delete"), ran);
    }

    @Test
    void enumCellsShowAndOfferTheIds() {
        Tables.enumColumns(table, Polarity.class, Polarity::id);
        JLabel cell = (JLabel) table.getDefaultRenderer(Polarity.class).getTableCellRendererComponent(table,
                Polarity.CONFLICT, false, false, 0, 0);
        assertEquals("conflict", cell.getText());
        @SuppressWarnings("unchecked")
        JComboBox<Polarity> editor = (JComboBox<Polarity>) table.getDefaultEditor(Polarity.class)
                .getTableCellEditorComponent(table, Polarity.NEUTRAL, true, 0, 0);
        assertEquals(Polarity.values().length, editor.getItemCount());
        assertSame(Polarity.NEUTRAL, editor.getSelectedItem());
        JLabel item = (JLabel) editor.getRenderer().getListCellRendererComponent(new JList<Polarity>(),
                Polarity.COOPERATION, 0, false, false);
        assertEquals("cooperation", item.getText());
    }

    @Test
    void theFilterBarLabelsTheFieldAndFollowsItsText() {
        JTextField filter = new JTextField();
        JPanel bar = Tables.filterBar(filter, "filter them", () -> ran.add(filter.getText()), merge, delete);
        assertEquals(List.of("Filter:", "", "Merge", "Delete"), texts(bar));
        assertSame(filter, ((JLabel) bar.getComponent(0)).getLabelFor());
        assertSame(filter, bar.getComponent(1));
        assertEquals("filter them", filter.getToolTipText());
        assertSame(delete, ((AbstractButton) bar.getComponent(3)).getAction());
        filter.setText("x");
        assertTrue(ran.contains("x"), ran.toString());
    }
}
