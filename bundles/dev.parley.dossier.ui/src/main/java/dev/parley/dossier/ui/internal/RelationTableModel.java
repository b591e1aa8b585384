package dev.parley.dossier.ui.internal;

import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.Polarity;
import dev.parley.model.Relation;
import java.util.ArrayList;
import java.util.List;

/** One row per relation; polarity, category and weight cells edit the dossier through the workbench. */
final class RelationTableModel extends RowsTableModel<RelationTableModel.Row> {

    private static final long serialVersionUID = 1L;

    static final int SOURCE = 0;
    static final int TARGET = 1;
    static final int POLARITY = 2;
    static final int CATEGORY = 3;
    static final int WEIGHT = 4;
    static final int DATE = 5;
    static final int EVIDENCE = 6;

    record Row(Relation relation, String source, String target, String evidence) {
    }

    private final transient Edits edits;

    RelationTableModel(Edits edits) {
        super("Source", "Target", "Polarity", "Category", "Weight", "Date", "Evidence");
        this.edits = edits;
    }

    void set(Dossier d) {
        List<Row> next = new ArrayList<>();
        for (Relation r : d.relations()) {
            next.add(new Row(r, name(d, r.source()), name(d, r.target()), RelationEdits.evidenceText(d, r)));
        }
        setRows(next);
    }

    private static String name(Dossier d, String actorId) {
        return d.actor(actorId).map(Actor::name).orElse(actorId);
    }

    Relation relation(int modelRow) {
        return row(modelRow).relation();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (column) {
            case POLARITY -> Polarity.class;
            case WEIGHT -> Double.class;
            default -> String.class;
        };
    }

    @Override
    public Object getValueAt(int row, int column) {
        Row r = row(row);
        return switch (column) {
            case SOURCE -> r.source();
            case TARGET -> r.target();
            case POLARITY -> r.relation().polarity();
            case CATEGORY -> Format.text(r.relation().category());
            case WEIGHT -> r.relation().weight();
            case DATE -> Format.text(r.relation().date());
            case EVIDENCE -> r.evidence();
            default -> throw new IndexOutOfBoundsException("column " + column);
        };
    }

    /** The cell as {@code describe()} and the renderers write it. */
    String text(int row, int column) {
        Object v = getValueAt(row, column);
        return v instanceof Polarity p ? p.id() : v instanceof Double w ? Format.number(w) : String.valueOf(v);
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column == POLARITY || column == CATEGORY || column == WEIGHT;
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        String id = relation(row).id();
        switch (column) {
            case POLARITY -> edits.apply("Change polarity", d -> RelationEdits.setPolarity(d, id, polarity(value)));
            case CATEGORY -> edits.apply("Change category",
                    d -> RelationEdits.setCategory(d, id, value == null ? null : value.toString()));
            case WEIGHT -> edits.apply("Change weight", d -> RelationEdits.setWeight(d, id,
                    value instanceof Number n ? n.doubleValue() : RelationEdits.parseWeight(String.valueOf(value))));
            default -> {
                // Ends, date and evidence come from the sources.
            }
        }
    }

    private static Polarity polarity(Object value) {
        return value instanceof Polarity p ? p
                : Polarity.of(String.valueOf(value).strip().toLowerCase(java.util.Locale.ROOT));
    }
}
