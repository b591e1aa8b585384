package dev.parley.model;

import java.util.Locale;

/** What kind of party an actor is. The JSON form is the lower-case name. */
public enum ActorType {
    STATE, IGO, MISSION, ARMED_GROUP, POLITICAL_GROUP, PERSON, COMPANY, OTHER;

    /** The name used in dossier JSON, e.g. {@code armed_group}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the JSON name; throws {@link IllegalArgumentException} naming the allowed values. */
    public static ActorType of(String id) {
        for (ActorType t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown actor type '" + id + "' (expected one of "
                + "state, igo, mission, armed_group, political_group, person, company, other)");
    }
}
