package dev.parley.model;

import java.util.Locale;

/** Whether a relation is cooperative, conflictual or neither. The JSON form is the lower-case name. */
public enum Polarity {
    COOPERATION, CONFLICT, NEUTRAL;

    /** The name used in dossier JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the JSON name; throws {@link IllegalArgumentException} naming the allowed values. */
    public static Polarity of(String id) {
        for (Polarity p : values()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown polarity '" + id
                + "' (expected cooperation, conflict or neutral)");
    }
}
