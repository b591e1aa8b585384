package dev.parley.model;

import java.util.List;
import java.util.Optional;

/** Everything known about one case: its sources and what was found in them. */
public record Dossier(List<Source> sources, List<Actor> actors, List<Quote> quotes,
                      List<Relation> relations, List<Assessment> assessments, List<Event> events) {

    /** The JSON {@code format} value of a dossier file. */
    public static final String FORMAT = "parley-dossier";
    /** The newest JSON {@code version} this model reads and writes. */
    public static final int VERSION = 1;

    public Dossier {
        sources = sources == null ? List.of() : List.copyOf(sources);
        actors = actors == null ? List.of() : List.copyOf(actors);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        relations = relations == null ? List.of() : List.copyOf(relations);
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** A dossier without events. */
    public Dossier(List<Source> sources, List<Actor> actors, List<Quote> quotes, List<Relation> relations,
                   List<Assessment> assessments) {
        this(sources, actors, quotes, relations, assessments, List.of());
    }

    /** A dossier with nothing in it. */
    public static Dossier empty() {
        return new Dossier(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The actor with this id, if any. */
    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The source with this id, if any. */
    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** True when the dossier holds nothing at all. */
    public boolean isEmpty() {
        return sources.isEmpty() && actors.isEmpty() && quotes.isEmpty() && relations.isEmpty()
                && assessments.isEmpty() && events.isEmpty();
    }
}
