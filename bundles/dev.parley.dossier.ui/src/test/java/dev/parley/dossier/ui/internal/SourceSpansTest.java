package dev.parley.dossier.ui.internal;

import static dev.parley.dossier.ui.internal.Fixtures.TEXT1;
import static dev.parley.dossier.ui.internal.Fixtures.TEXT2;
import static dev.parley.dossier.ui.internal.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.dossier.ui.internal.SourceSpans.Kind;
import dev.parley.dossier.ui.internal.SourceSpans.Place;
import dev.parley.dossier.ui.internal.SourceSpans.Span;
import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SourceSpansTest {

    private final Dossier d = Fixtures.dossier();

    @Test
    void spansOfASourceByKind() {
        List<Span> spans = SourceSpans.of(d, "s1");
        Map<Kind, Long> count = spans.stream().collect(Collectors.groupingBy(Span::kind, Collectors.counting()));
        assertEquals(Map.of(Kind.EVIDENCE, 2L, Kind.QUOTE, 1L, Kind.MENTION, 6L), count);
        assertTrue(spans.contains(new Span(at(TEXT1, "Ana Velk"), at(TEXT1, "Ana Velk") + 8, Kind.MENTION, "velk")));
        assertEquals(List.of(new Span(4, 19, Kind.MENTION, "kestrel")), SourceSpans.of(d, "s2").stream()
                .filter(s -> s.id().equals("kestrel")).toList());
        assertEquals(List.of(), SourceSpans.of(d, "s9"));
    }

    @Test
    void spansPastTheTextAreCut() {
        List<Actor> actors = new ArrayList<>(d.actors());
        actors.add(new Actor("ghost", "Ghost", ActorType.OTHER, null, null, null, null,
                List.of(new Mention("s2", TEXT2.length() - 3, TEXT2.length() + 20),
                        new Mention("s2", TEXT2.length() + 5, TEXT2.length() + 9))));
        Dossier withGhost = new Dossier(d.sources(), actors, d.quotes(), d.relations(), d.assessments());
        List<Span> ghost = SourceSpans.of(withGhost, "s2").stream().filter(s -> s.id().equals("ghost")).toList();
        assertEquals(List.of(new Span(TEXT2.length() - 3, TEXT2.length(), Kind.MENTION, "ghost")), ghost);
    }

    @Test
    void aClickMeansTheInnermostMark() {
        List<Span> spans = SourceSpans.of(d, "s1");
        int gov = at(TEXT1, "Norland government");
        // "Norland" inside "Norland government": the shorter mention wins.
        assertEquals("norland", SourceSpans.at(spans, gov + 2).orElseThrow().id());
        assertEquals("norgov", SourceSpans.at(spans, gov + 10).orElseThrow().id());
        // Inside evidence but on no mention: the relation.
        Span r2 = SourceSpans.at(spans, at(TEXT1, "criticised")).orElseThrow();
        assertEquals(new Span(at(TEXT1, "The Norland gov"), TEXT1.length(), Kind.EVIDENCE, "r2"), r2);
        assertEquals(Kind.QUOTE, SourceSpans.at(spans, at(TEXT1, "chapter")).orElseThrow().kind());
        assertEquals(Optional.empty(), SourceSpans.at(spans, at(TEXT1, "Foreign")));
        assertEquals(Optional.empty(), SourceSpans.at(spans, -1));
    }

    @Test
    void whereToShowAnActor() {
        // Velk is named in both sources: the shown one wins.
        assertEquals(new Place("s2", at(TEXT2, "Velk"), at(TEXT2, "Velk") + 4), SourceSpans.actor(d, "velk", "s2")
                .orElseThrow());
        assertEquals("s1", SourceSpans.actor(d, "velk", "s1").orElseThrow().source());
        // Sudria's first mention in the shown source, not the first in its list.
        assertEquals(at(TEXT1, "Sudria"), SourceSpans.actor(d, "sudria", "s1").orElseThrow().start());
        // The mission is named only in the second source.
        assertEquals(new Place("s2", 4, 19), SourceSpans.actor(d, "kestrel", "s1").orElseThrow());
        assertEquals(Optional.empty(), SourceSpans.actor(d, "atlantis", "s1"));
    }

    @Test
    void whereToShowARelation() {
        assertEquals(new Place("s2", 0, at(TEXT2, " Velk")), SourceSpans.relation(d, "r4", "s1").orElseThrow());
        assertEquals("s1", SourceSpans.relation(d, "r2", "s2").orElseThrow().source());
        assertEquals(Optional.empty(), SourceSpans.relation(d, "r3", "s1"));
        assertEquals(Optional.empty(), SourceSpans.relation(d, "r9", "s1"));
    }
}
