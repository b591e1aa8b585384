package dev.parley.model.ui;

import java.util.List;

/**
 * What the user has selected: actor ids and relation ids of the open dossier, in order.
 *
 * @param actors    selected actor ids
 * @param relations selected relation ids
 */
public record Selection(List<String> actors, List<String> relations) {

    public Selection {
        actors = actors == null ? List.of() : List.copyOf(actors);
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    /** Nothing selected. */
    public static Selection empty() {
        return new Selection(List.of(), List.of());
    }

    /** One actor. */
    public static Selection actor(String id) {
        return new Selection(List.of(id), List.of());
    }

    /** One relation. */
    public static Selection relation(String id) {
        return new Selection(List.of(), List.of(id));
    }

    public boolean isEmpty() {
        return actors.isEmpty() && relations.isEmpty();
    }
}
