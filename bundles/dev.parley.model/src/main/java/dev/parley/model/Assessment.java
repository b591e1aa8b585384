package dev.parley.model;

import java.util.Objects;

/**
 * An analyst's own judgement of an actor; it overrides computed values wherever they show.
 *
 * @param actor    id of the actor assessed
 * @param power    0..1, or null when not assessed
 * @param interest 0..1, or null when not assessed
 * @param stance   -1..+1 toward the focal actor, or null when not assessed
 * @param note     free text; may be null
 */
public record Assessment(String actor, Double power, Double interest, Double stance, String note) {
    public Assessment {
        Objects.requireNonNull(actor, "assessment actor");
        check("power", power, 0, 1);
        check("interest", interest, 0, 1);
        check("stance", stance, -1, 1);
    }

    private static void check(String what, Double v, double lo, double hi) {
        if (v != null && (v.isNaN() || v < lo || v > hi)) {
            throw new IllegalArgumentException("assessment " + what + " " + v + " is outside " + lo + ".." + hi);
        }
    }
}
