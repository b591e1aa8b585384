package dev.parley.dossier.ui.internal;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Assessment;
import dev.parley.model.Dossier;
import dev.parley.model.analysis.ActorAnalysis;
import dev.parley.model.analysis.Analysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row per actor of the dossier with its scores. Edits of the name, type, role and affiliation
 * cells become workbench edits; the table refreshes when the workbench reports the new dossier.
 */
final class ActorTableModel extends RowsTableModel<ActorTableModel.Row> {

    private static final long serialVersionUID = 1L;

    static final int NAME = 0;
    static final int TYPE = 1;
    static final int ROLE = 2;
    static final int AFFILIATION = 3;
    static final int INFLUENCE = 4;
    static final int INTEREST = 5;
    static final int STANCE = 6;
    static final int CAMP = 7;

    /** An actor offered as an affiliation; {@link #NONE} for none. */
    record Choice(String id, String name) {
        static final Choice NONE = new Choice(null, "(none)");

        @Override
        public String toString() {
            return name;
        }
    }

    record Row(Actor actor, String affiliation, Score influence, Score interest, Score stance, Integer camp,
               String explanation) {
    }

    private final transient Edits edits;
    private transient Dossier dossier = Dossier.empty();

    ActorTableModel(Edits edits) {
        super("Name", "Type", "Role", "Affiliation", "Influence", "Interest", "Stance", "Camp");
        this.edits = edits;
    }

    /** Shows a dossier and its analysis (null when there is none). */
    void set(Dossier d, Analysis analysis) {
        dossier = d;
        List<Row> next = new ArrayList<>();
        for (Actor a : d.actors()) {
            Optional<ActorAnalysis> s = analysis == null ? Optional.empty() : analysis.of(a.id());
            Assessment own = d.assessments().stream().filter(x -> x.actor().equals(a.id())).findFirst().orElse(null);
            String affiliation = a.affiliation() == null ? ""
                    : d.actor(a.affiliation()).map(Actor::name).orElse(a.affiliation());
            next.add(new Row(a, affiliation,
                    score(own == null ? null : own.power(), s.map(ActorAnalysis::influence)),
                    score(own == null ? null : own.interest(), s.map(ActorAnalysis::interest)),
                    score(own == null ? null : own.stance(), s.map(ActorAnalysis::stance)),
                    s.map(ActorAnalysis::camp).orElse(null),
                    s.map(ActorAnalysis::explanation).orElse(null)));
        }
        setRows(next);
    }

    private static Score score(Double assessed, Optional<Double> computed) {
        return assessed != null ? new Score(assessed, true) : computed.map(v -> new Score(v, false)).orElse(Score.NONE);
    }

    Dossier dossier() {
        return dossier;
    }

    Actor actor(int modelRow) {
        return row(modelRow).actor();
    }

    /** The analysis' reasons for the row's scores, or null. */
    String explanation(int modelRow) {
        return row(modelRow).explanation();
    }

    /** The actors a row's actor may be affiliated with: none, or any other actor, by name. */
    List<Choice> affiliationChoices(int modelRow) {
        String self = actor(modelRow).id();
        List<Choice> choices = new ArrayList<>();
        choices.add(Choice.NONE);
        dossier.actors().stream().filter(a -> !a.id().equals(self))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(a -> choices.add(new Choice(a.id(), a.name())));
        return choices;
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (column) {
            case TYPE -> ActorType.class;
            case INFLUENCE, INTEREST, STANCE -> Score.class;
            case CAMP -> Integer.class;
            default -> String.class;
        };
    }

    @Override
    public Object getValueAt(int row, int column) {
        Row r = row(row);
        return switch (column) {
            case NAME -> r.actor().name();
            case TYPE -> r.actor().type();
            case ROLE -> Format.text(r.actor().role());
            case AFFILIATION -> r.affiliation();
            case INFLUENCE -> r.influence();
            case INTEREST -> r.interest();
            case STANCE -> r.stance();
            case CAMP -> r.camp();
            default -> throw new IndexOutOfBoundsException("column " + column);
        };
    }

    /** The cell as {@code describe()} and the renderers write it. */
    String text(int row, int column) {
        Object v = getValueAt(row, column);
        return v instanceof ActorType t ? t.id() : v == null ? "" : v.toString();
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column <= AFFILIATION;
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        String id = actor(row).id();
        switch (column) {
            case NAME -> edits.apply("Rename actor", d -> DossierEdits.rename(d, id, str(value)));
            case TYPE -> edits.apply("Change type", d -> DossierEdits.retype(d, id, type(value)));
            case ROLE -> edits.apply("Change role", d -> DossierEdits.setRole(d, id, str(value)));
            case AFFILIATION -> edits.apply("Change affiliation",
                    d -> DossierEdits.setAffiliation(d, id, affiliation(d, value)));
            default -> {
                // Scores come from the analysis or the Assess... dialog, not from typing in cells.
            }
        }
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    private static ActorType type(Object value) {
        if (value instanceof ActorType t) {
            return t;
        }
        return ActorType.of(str(value).strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_'));
    }

    /** An affiliation from the combo (a choice) or typed (an actor's name or id; empty for none). */
    private static String affiliation(Dossier d, Object value) {
        if (value instanceof Choice c) {
            return c.id();
        }
        String s = str(value).strip();
        if (s.isEmpty() || s.equals(Choice.NONE.name())) {
            return null;
        }
        return d.actors().stream().filter(a -> a.name().equalsIgnoreCase(s) || a.id().equals(s)).map(Actor::id)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "No actor is called '" + s + "'; choose one from the list or (none)."));
    }
}
