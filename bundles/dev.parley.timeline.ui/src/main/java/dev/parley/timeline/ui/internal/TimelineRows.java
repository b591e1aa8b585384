package dev.parley.timeline.ui.internal;

import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.Event;
import dev.parley.model.Relation;
import dev.parley.model.ui.Selection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The dated items of a dossier, in date order: its events and its relations that carry a date. */
final class TimelineRows {
    private TimelineRows() {
    }

    /**
     * One line of the timeline.
     *
     * @param date      ISO date as the dossier has it, or null for an undated event
     * @param what      what happened, in words
     * @param actors    names of the actors involved, comma-separated
     * @param selection what a click on the row selects: the relation, or the event's actors
     */
    record Row(String date, String what, String actors, Selection selection) {

        /** The date shown; undated events say so. */
        String shownDate() {
            return date == null ? "undated" : date;
        }

        /** The row as one line of text: date | what | actors. */
        String line() {
            return shownDate() + " | " + what + " | " + actors;
        }
    }

    // ISO dates sort as text ("2031-03" before "2031-03-02"); undated items go last
    private static final Comparator<Row> ORDER = Comparator
            .comparing(Row::date, Comparator.nullsLast(Comparator.<String>naturalOrder()));

    static List<Row> of(Dossier d) {
        List<Row> rows = new ArrayList<>();
        for (Event e : d.events()) {
            List<String> names = e.actors().stream().map(id -> name(d, id)).toList();
            String what = (e.kind() == null || e.kind().isBlank() ? "event" : e.kind()) + ": "
                    + (e.description() == null ? "" : e.description().replaceAll("\\s+", " ").strip());
            rows.add(new Row(date(e.date()), what, names.isEmpty() ? "\u2013" : String.join(", ", names),
                    new Selection(e.actors(), List.of())));
        }
        for (Relation r : d.relations()) {
            String date = date(r.date());
            if (date == null) {
                continue;
            }
            String what = name(d, r.source()) + " \u2192 " + name(d, r.target()) + ": "
                    + (r.category() == null || r.category().isBlank() ? "relation" : r.category()) + " ("
                    + r.polarity().name().toLowerCase(Locale.ROOT) + ")";
            rows.add(new Row(date, what, name(d, r.source()) + ", " + name(d, r.target()), Selection.relation(r.id())));
        }
        // a stable sort: on the same date, events first and then relations, each in the dossier's order
        rows.sort(ORDER);
        return rows;
    }

    private static String date(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String name(Dossier d, String id) {
        return d.actor(id).map(Actor::name).orElse(id);
    }
}
