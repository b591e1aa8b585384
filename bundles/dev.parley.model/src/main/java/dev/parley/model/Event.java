package dev.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * A dated event the sources announce or report (an election, a vote, a deadline, a summit), for
 * the report's timeline.
 *
 * @param date        ISO-8601 date (or year-month)
 * @param kind        e.g. {@code election}, {@code deadline}, {@code summit}
 * @param description the sentence that announces it
 * @param source      id of the source; {@code start}/{@code end} locate the sentence in its text
 * @param actors      ids of the actors the sentence names
 */
public record Event(String id, String date, String kind, String description, String source, int start, int end,
                    List<String> actors) {
    public Event {
        Objects.requireNonNull(id, "event id");
        actors = actors == null ? List.of() : List.copyOf(actors);
    }
}
