package dev.parley.model.analysis;

import java.util.List;
import java.util.Optional;

/**
 * The analysis of a dossier.
 *
 * @param focus  ids of the focal actors stances are measured against
 * @param actors one entry per actor, most influential first
 */
public record Analysis(List<String> focus, List<ActorAnalysis> actors) {
    public Analysis {
        focus = focus == null ? List.of() : List.copyOf(focus);
        actors = actors == null ? List.of() : List.copyOf(actors);
    }

    /** The entry of an actor. */
    public Optional<ActorAnalysis> of(String actorId) {
        return actors.stream().filter(a -> a.actor().equals(actorId)).findFirst();
    }
}
