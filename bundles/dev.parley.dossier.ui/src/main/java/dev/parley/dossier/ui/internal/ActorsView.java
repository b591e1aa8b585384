package dev.parley.dossier.ui.internal;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Assessment;
import dev.parley.model.Dossier;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.ui.Selection;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchListener;
import dev.parley.model.ui.WorkbenchView;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.GridLayout;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import javax.swing.Action;
import javax.swing.DefaultCellEditor;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;

/**
 * The actors table: scores from the analysis (an analyst's assessment wins and is starred), a
 * filter, cell editing, merge, delete and assess. Its row selection and the workbench selection
 * follow each other.
 */
final class ActorsView implements WorkbenchView, WorkbenchListener {

    private final Workbench workbench;
    private final JPanel panel = new JPanel(new BorderLayout());
    private final Edits edits;
    private final ActorTableModel model;
    private final JTable table;
    private final TableRowSorter<ActorTableModel> sorter;
    private final JTextField filter = new JTextField(18);
    private final Action merge = Tables.action("Merge selected",
            "Merge the selected actors into the most mentioned one", this::mergeSelected);
    private final Action delete = Tables.action("Delete",
            "Delete the selected actors with their relations and quotes", this::deleteSelected);
    private final Action assess = Tables.action("Assess...",
            "Set your own power, interest and stance for the actor", this::openAssessDialog);
    /** True while this view changes its own table selection, so that it does not echo to the workbench. */
    private boolean syncing;

    ActorsView(Workbench workbench) {
        this.workbench = workbench;
        this.edits = new Edits(workbench);
        this.model = new ActorTableModel(edits);
        this.table = new JTable(model) {
            private static final long serialVersionUID = 1L;

            @Override
            public String getToolTipText(MouseEvent e) {
                String cell = super.getToolTipText(e);
                int row = rowAtPoint(e.getPoint());
                return cell != null || row < 0 ? cell : model.explanation(convertRowIndexToModel(row));
            }
        };
        this.sorter = new TableRowSorter<>(model);
        table.setRowSorter(sorter);
        table.setFillsViewportHeight(true);
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setAutoCreateRowSorter(false);
        configureColumns();

        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                updateActions();
                if (!syncing) {
                    workbench.select(new Selection(selectedIds(), List.of()), this);
                }
            }
        });
        JPopupMenu popup = Tables.popupMenu(table, merge, delete);
        popup.addSeparator();
        popup.add(assess);
        Tables.deleteKey(table, delete);

        panel.add(Tables.filterBar(filter, "Show actors whose name, alias, role or type contains this",
                this::applyFilter, merge, delete, assess), BorderLayout.NORTH);
        panel.add(new JScrollPane(table), BorderLayout.CENTER);

        workbench.addListener(this);
        dossierChanged(workbench.dossier());
        showSelection(workbench.selection());
    }

    private void configureColumns() {
        Tables.enumColumns(table, ActorType.class, ActorType::id);
        DefaultTableCellRenderer scoreRenderer = new DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void setValue(Object value) {
                setText(value == null ? "" : value.toString());
                setToolTipText(value instanceof Score s && s.assessed() ? "set by your assessment" : null);
            }
        };
        scoreRenderer.setHorizontalAlignment(SwingConstants.TRAILING);
        table.setDefaultRenderer(Score.class, scoreRenderer);

        JComboBox<ActorTableModel.Choice> affiliations = new JComboBox<>();
        Tables.preferredWidths(table, 170, 90, 150, 150, 70, 70, 70, 50);
        table.getColumnModel().getColumn(ActorTableModel.AFFILIATION).setCellEditor(new DefaultCellEditor(affiliations) {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getTableCellEditorComponent(JTable t, Object value, boolean selected, int row, int col) {
                int modelRow = t.convertRowIndexToModel(row);
                affiliations.removeAllItems();
                String current = model.actor(modelRow).affiliation();
                ActorTableModel.Choice chosen = ActorTableModel.Choice.NONE;
                for (ActorTableModel.Choice c : model.affiliationChoices(modelRow)) {
                    affiliations.addItem(c);
                    if (c.id() != null && c.id().equals(current)) {
                        chosen = c;
                    }
                }
                affiliations.setSelectedItem(chosen);
                return affiliations;
            }
        });
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void dossierChanged(Dossier dossier) {
        List<String> keep = selectedIds();
        if (table.isEditing()) {
            table.getCellEditor().cancelCellEditing();
        }
        syncing = true;
        try {
            model.set(dossier, analysis());
            Set<String> ids = Set.copyOf(keep);
            Tables.selectModelRows(table, row -> ids.contains(model.actor(row).id()));
        } finally {
            syncing = false;
        }
        updateActions();
    }

    private Analysis analysis() {
        try {
            return workbench.analysis();
        } catch (RuntimeException e) {
            // The table still lists the actors; only the scores are missing.
            workbench.status("Actors: the analysis failed, scores are not shown: " + e.getMessage());
            return null;
        }
    }

    @Override
    public void selectionChanged(Selection selection, Object origin) {
        if (origin != this) {
            showSelection(selection);
        }
    }

    private void showSelection(Selection selection) {
        syncing = true;
        try {
            Set<String> ids = Set.copyOf(selection.actors());
            Tables.selectModelRows(table, row -> ids.contains(model.actor(row).id()));
        } finally {
            syncing = false;
        }
        updateActions();
    }

    private void applyFilter() {
        String text = filter.getText().strip().toLowerCase(Locale.ROOT);
        syncing = true;
        try {
            sorter.setRowFilter(text.isEmpty() ? null : new RowFilter<ActorTableModel, Integer>() {
                @Override
                public boolean include(Entry<? extends ActorTableModel, ? extends Integer> entry) {
                    return matches(model.actor(entry.getIdentifier()), text);
                }
            });
        } finally {
            syncing = false;
        }
        updateActions();
    }

    private static boolean matches(Actor a, String text) {
        return Tables.contains(a.name(), text) || a.aliases().stream().anyMatch(s -> Tables.contains(s, text))
                || Tables.contains(a.role(), text) || Tables.contains(a.type().id(), text)
                || Tables.contains(a.type().id().replace('_', ' '), text);
    }

    /** Ids of the selected rows, in view order. */
    List<String> selectedIds() {
        List<String> ids = new ArrayList<>();
        for (int row : Tables.selectedModelRows(table)) {
            ids.add(model.actor(row).id());
        }
        return ids;
    }

    private void updateActions() {
        int n = table.getSelectedRowCount();
        merge.setEnabled(n >= 2);
        delete.setEnabled(n >= 1);
        assess.setEnabled(n == 1);
    }

    void mergeSelected() {
        List<String> ids = selectedIds();
        if (ids.size() < 2) {
            edits.error("Merge actors", "Select at least two actors to merge.");
            return;
        }
        String survivor = DossierEdits.survivor(workbench.dossier(), ids);
        if (edits.apply("Merge " + ids.size() + " actors", d -> DossierEdits.merge(d, ids))) {
            select(Selection.actor(survivor));
        }
    }

    void deleteSelected() {
        List<String> ids = selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        if (edits.apply(ids.size() == 1 ? "Delete actor" : "Delete " + ids.size() + " actors",
                d -> DossierEdits.delete(d, ids))) {
            select(Selection.empty());
        }
    }

    private void select(Selection selection) {
        showSelection(selection);
        workbench.select(selection, this);
    }

    /** Sets an actor's assessment from the dialog's fields as typed; returns false when they are refused. */
    boolean assess(String actorId, String power, String interest, String stance, String note) {
        return edits.apply("Assess actor", d -> DossierEdits.assess(d, actorId,
                DossierEdits.parseScore("Power", power, 0, 1),
                DossierEdits.parseScore("Interest", interest, 0, 1),
                DossierEdits.parseScore("Stance", stance, -1, 1), note));
    }

    private void openAssessDialog() {
        List<String> ids = selectedIds();
        if (ids.size() != 1) {
            edits.error("Assess actor", "Select one actor to assess.");
            return;
        }
        if (GraphicsEnvironment.isHeadless()) {
            edits.error("Assess actor", "the assessment dialog needs a display.");
            return;
        }
        Actor actor = workbench.dossier().actor(ids.get(0)).orElseThrow();
        Assessment old = workbench.dossier().assessments().stream().filter(a -> a.actor().equals(actor.id()))
                .findFirst().orElse(null);
        JTextField power = new JTextField(old == null || old.power() == null ? "" : Format.number(old.power()), 6);
        JTextField interest = new JTextField(old == null || old.interest() == null ? ""
                : Format.number(old.interest()), 6);
        JTextField stance = new JTextField(old == null || old.stance() == null ? "" : Format.number(old.stance()), 6);
        JTextField note = new JTextField(old == null ? "" : Format.text(old.note()), 24);
        JPanel form = new JPanel(new GridLayout(0, 2, 6, 4));
        form.add(new JLabel("Power (0 to 1):"));
        form.add(power);
        form.add(new JLabel("Interest (0 to 1):"));
        form.add(interest);
        form.add(new JLabel("Stance (-1 to +1):"));
        form.add(stance);
        form.add(new JLabel("Note:"));
        form.add(note);
        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.add(new JLabel("Leave a value empty to keep the computed one."), BorderLayout.NORTH);
        content.add(form, BorderLayout.CENTER);
        Component parent = workbench.frame() != null ? workbench.frame() : panel;
        while (true) {
            int answer = JOptionPane.showConfirmDialog(parent, content, "Assess " + actor.name(),
                    JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return;
            }
            try {
                DossierEdits.parseScore("Power", power.getText(), 0, 1);
                DossierEdits.parseScore("Interest", interest.getText(), 0, 1);
                DossierEdits.parseScore("Stance", stance.getText(), -1, 1);
            } catch (IllegalArgumentException e) {
                // Keep what was typed and ask again.
                JOptionPane.showMessageDialog(parent, e.getMessage(), "Assess " + actor.name(),
                        JOptionPane.WARNING_MESSAGE);
                continue;
            }
            assess(actor.id(), power.getText(), interest.getText(), stance.getText(), note.getText());
            return;
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
            StringJoiner line = new StringJoiner(" | ");
            for (int c = 0; c < model.getColumnCount(); c++) {
                line.add(model.text(row, c));
            }
            out.add(line.toString());
        }
        return out.toString();
    }

    @Override
    public void dispose() {
        workbench.removeListener(this);
    }
}
