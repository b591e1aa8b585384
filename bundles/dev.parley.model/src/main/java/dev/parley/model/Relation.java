package dev.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * A directed stance or act of one actor toward another.
 *
 * @param source   id of the acting actor
 * @param target   id of the actor acted upon
 * @param category what kind of act, e.g. {@code demand}, {@code sanction}, {@code support}
 * @param weight   Goldstein-like intensity, from -10 (most conflictual) to +10 (most cooperative)
 * @param date     ISO-8601 date when the text gives one; may be null
 * @param evidence the spans that support it
 */
public record Relation(String id, String source, String target, Polarity polarity, String category,
                       double weight, String date, List<Evidence> evidence) {
    public Relation {
        Objects.requireNonNull(id, "relation id");
        Objects.requireNonNull(source, "relation source");
        Objects.requireNonNull(target, "relation target");
        polarity = polarity == null ? Polarity.NEUTRAL : polarity;
        if (Double.isNaN(weight) || weight < -10 || weight > 10) {
            throw new IllegalArgumentException("relation weight " + weight + " is outside -10..+10");
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A copy pointing at other actor ids, used when merging dossiers renames actors. */
    public Relation withEnds(String newId, String newSource, String newTarget) {
        return new Relation(newId, newSource, newTarget, polarity, category, weight, date, evidence);
    }

    /** A copy with other evidence. */
    public Relation withEvidence(List<Evidence> newEvidence) {
        return new Relation(id, source, target, polarity, category, weight, date, newEvidence);
    }
}
