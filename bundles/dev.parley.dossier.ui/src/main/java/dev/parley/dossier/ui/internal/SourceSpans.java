package dev.parley.dossier.ui.internal;

import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.Evidence;
import dev.parley.model.Mention;
import dev.parley.model.Quote;
import dev.parley.model.Relation;
import dev.parley.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the Sources view marks in a source's text, and where it goes to show an actor or a relation. */
final class SourceSpans {

    /** What a span is; later kinds are drawn over earlier ones and win a click. */
    enum Kind { EVIDENCE, QUOTE, MENTION }

    /**
     * A marked span {@code [start, end)} of the shown text.
     *
     * @param id the actor mentioned, the quote's speaker, or the relation the evidence supports
     */
    record Span(int start, int end, Kind kind, String id) {
        boolean contains(int offset) {
            return start <= offset && offset < end;
        }
    }

    /** A place in a source. */
    record Place(String source, int start, int end) {
    }

    private SourceSpans() {
    }

    /** The spans of one source, evidence first, then quotes, then mentions; offsets past the text are cut. */
    static List<Span> of(Dossier d, String sourceId) {
        int length = d.source(sourceId).map(s -> s.text().length()).orElse(0);
        List<Span> spans = new ArrayList<>();
        for (Relation r : d.relations()) {
            for (Evidence e : r.evidence()) {
                if (e.source().equals(sourceId)) {
                    add(spans, e.start(), e.end(), length, Kind.EVIDENCE, r.id());
                }
            }
        }
        for (Quote q : d.quotes()) {
            if (sourceId.equals(q.source())) {
                add(spans, q.start(), q.end(), length, Kind.QUOTE, q.speaker());
            }
        }
        for (Actor a : d.actors()) {
            for (Mention m : a.mentions()) {
                if (m.source().equals(sourceId)) {
                    add(spans, m.start(), m.end(), length, Kind.MENTION, a.id());
                }
            }
        }
        return spans;
    }

    private static void add(List<Span> spans, int start, int end, int length, Kind kind, String id) {
        int s = Math.max(0, Math.min(start, length));
        int e = Math.max(s, Math.min(end, length));
        if (e > s) {
            spans.add(new Span(s, e, kind, id));
        }
    }

    /** The span a click at {@code offset} means: a mention before a quote before evidence; the shortest of a kind. */
    static Optional<Span> at(List<Span> spans, int offset) {
        return spans.stream().filter(s -> s.contains(offset))
                .max(Comparator.comparing(Span::kind).thenComparing(s -> -(s.end() - s.start())));
    }

    /** Where to show an actor: its first mention in the shown source, else its first in the dossier's source order. */
    static Optional<Place> actor(Dossier d, String actorId, String shownSource) {
        Optional<Actor> actor = d.actor(actorId);
        if (actor.isEmpty()) {
            return Optional.empty();
        }
        List<Mention> mentions = actor.get().mentions();
        Optional<Mention> here = mentions.stream().filter(m -> m.source().equals(shownSource))
                .min(Comparator.comparingInt(Mention::start));
        if (here.isPresent()) {
            return here.map(m -> new Place(m.source(), m.start(), m.end()));
        }
        for (Source s : d.sources()) {
            Optional<Mention> there = mentions.stream().filter(m -> m.source().equals(s.id()))
                    .min(Comparator.comparingInt(Mention::start));
            if (there.isPresent()) {
                return there.map(m -> new Place(m.source(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /** Where to show a relation: its first evidence, preferring the shown source. */
    static Optional<Place> relation(Dossier d, String relationId, String shownSource) {
        Optional<Relation> r = d.relations().stream().filter(x -> x.id().equals(relationId)).findFirst();
        if (r.isEmpty() || r.get().evidence().isEmpty()) {
            return Optional.empty();
        }
        Evidence e = r.get().evidence().stream().filter(x -> x.source().equals(shownSource)).findFirst()
                .orElse(r.get().evidence().get(0));
        return d.source(e.source()).isPresent() ? Optional.of(new Place(e.source(), e.start(), e.end()))
                : Optional.empty();
    }
}
