package dev.parley.dossier.ui.internal;

import dev.parley.model.Dossier;
import dev.parley.model.Evidence;
import dev.parley.model.Polarity;
import dev.parley.model.Relation;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Changes to the relations of a dossier, as pure functions; bad input throws {@link IllegalArgumentException}. */
final class RelationEdits {

    private RelationEdits() {
    }

    static Dossier setPolarity(Dossier d, String relationId, Polarity polarity) {
        if (polarity == null) {
            throw new IllegalArgumentException("Choose a polarity: cooperation, conflict or neutral.");
        }
        return change(d, relationId, r -> r.polarity() == polarity ? r
                : new Relation(r.id(), r.source(), r.target(), polarity, r.category(), r.weight(), r.date(),
                        r.evidence()));
    }

    /** Sets the category, e.g. {@code sanction}; blank clears it. */
    static Dossier setCategory(Dossier d, String relationId, String category) {
        String c = category == null || category.isBlank() ? null : category.strip();
        return change(d, relationId, r -> Objects.equals(r.category(), c) ? r
                : new Relation(r.id(), r.source(), r.target(), r.polarity(), c, r.weight(), r.date(), r.evidence()));
    }

    static Dossier setWeight(Dossier d, String relationId, double weight) {
        if (Double.isNaN(weight) || weight < -10 || weight > 10) {
            throw new IllegalArgumentException("A relation's weight must be from -10 (most conflictual) to +10 "
                    + "(most cooperative); " + Format.number(weight) + " is outside that range.");
        }
        return change(d, relationId, r -> r.weight() == weight ? r
                : new Relation(r.id(), r.source(), r.target(), r.polarity(), r.category(), weight, r.date(),
                        r.evidence()));
    }

    /** Reads a weight as typed: a comma may be the decimal mark, a leading plus is allowed. */
    static double parseWeight(String text) {
        String t = text == null ? "" : text.strip().replace(',', '.').replace('\u2212', '-');
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A relation's weight must be a number from -10 to +10, e.g. -4 or 2.5; '"
                    + (text == null ? "" : text.strip()) + "' is not a number.");
        }
    }

    static Dossier delete(Dossier d, Collection<String> relationIds) {
        Set<String> gone = Set.copyOf(relationIds);
        List<Relation> kept = d.relations().stream().filter(r -> !gone.contains(r.id())).toList();
        if (kept.size() == d.relations().size()) {
            return d;
        }
        return new Dossier(d.sources(), d.actors(), d.quotes(), kept, d.assessments(), d.events());
    }

    /**
     * The sentence that supports a relation: its first evidence's text, or, when the evidence holds
     * only offsets, that span of the source text. Empty when there is no evidence.
     */
    static String evidenceText(Dossier d, Relation r) {
        if (r.evidence().isEmpty()) {
            return "";
        }
        Evidence e = r.evidence().get(0);
        if (!e.text().isBlank()) {
            return e.text().strip();
        }
        String text = d.source(e.source()).map(s -> s.text()).orElse("");
        int start = Math.min(e.start(), text.length());
        int end = Math.min(e.end(), text.length());
        return text.substring(start, end).strip();
    }

    private static Dossier change(Dossier d, String relationId, UnaryOperator<Relation> f) {
        Relation r = d.relations().stream().filter(x -> x.id().equals(relationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The dossier has no relation '" + relationId
                        + "' any more; it may have been deleted."));
        Relation changed = f.apply(r);
        if (changed == r) {
            return d;
        }
        List<Relation> relations = d.relations().stream().map(x -> x == r ? changed : x).toList();
        return new Dossier(d.sources(), d.actors(), d.quotes(), relations, d.assessments(), d.events());
    }
}
