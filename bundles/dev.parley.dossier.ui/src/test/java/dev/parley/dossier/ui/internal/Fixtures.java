package dev.parley.dossier.ui.internal;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Assessment;
import dev.parley.model.Dossier;
import dev.parley.model.Event;
import dev.parley.model.Evidence;
import dev.parley.model.Mention;
import dev.parley.model.Polarity;
import dev.parley.model.Quote;
import dev.parley.model.Relation;
import dev.parley.model.Source;
import java.util.ArrayList;
import java.util.List;

/** A small invented case: Norland and Sudria, Norland's foreign minister, and an observer mission. */
final class Fixtures {

    static final String TEXT1 = "Norland and Sudria signed a border accord on 3 May. "
            + "Foreign Minister Ana Velk said the deal was \"a new chapter for the region\". "
            + "The Norland government criticised Sudria over the dam.";
    static final String TEXT2 = "The Kestrel Mission said Sudria recalled its envoy. Velk did not comment.";

    private Fixtures() {
    }

    static int at(String text, String phrase) {
        int i = text.indexOf(phrase);
        if (i < 0) {
            throw new IllegalArgumentException(phrase);
        }
        return i;
    }

    static int nth(String text, String phrase, int n) {
        int i = -1;
        for (int k = 0; k <= n; k++) {
            i = text.indexOf(phrase, i + 1);
        }
        return i;
    }

    static Mention m(String source, String text, String phrase, int n) {
        int i = nth(text, phrase, n);
        return new Mention(source, i, i + phrase.length());
    }

    static Evidence ev(String source, String text, String sentence, boolean withText) {
        int i = at(text, sentence);
        return new Evidence(source, i, i + sentence.length(), withText ? sentence : "");
    }

    static Dossier dossier() {
        Source s1 = new Source("s1", "Border accord", null, "2024-05-03", "text/plain", "0", TEXT1, "B2");
        Source s2 = new Source("s2", "Envoy recalled", null, null, "text/plain", "1", TEXT2);
        List<Actor> actors = new ArrayList<>();
        actors.add(new Actor("norland", "Norland", ActorType.STATE, List.of("Norlandic Republic"), null, null, "NOR",
                List.of(m("s1", TEXT1, "Norland", 0), m("s1", TEXT1, "Norland", 1))));
        actors.add(new Actor("sudria", "Sudria", ActorType.STATE, List.of(), null, null, null,
                List.of(m("s1", TEXT1, "Sudria", 0), m("s1", TEXT1, "Sudria", 1), m("s2", TEXT2, "Sudria", 0))));
        actors.add(new Actor("velk", "Ana Velk", ActorType.PERSON, List.of("Velk"), "Foreign Minister", "norland",
                null, List.of(m("s1", TEXT1, "Ana Velk", 0), m("s2", TEXT2, "Velk", 0))));
        actors.add(new Actor("kestrel", "Kestrel Mission", ActorType.MISSION, List.of(), null, null, null,
                List.of(m("s2", TEXT2, "Kestrel Mission", 0))));
        actors.add(new Actor("norgov", "Norland government", ActorType.OTHER, List.of("Norlandic cabinet"),
                "executive", "velk", null, List.of(m("s1", TEXT1, "Norland government", 0))));
        List<Relation> relations = List.of(
                new Relation("r1", "norland", "sudria", Polarity.COOPERATION, "agree", 5, "2024-05-03",
                        List.of(ev("s1", TEXT1, "Norland and Sudria signed a border accord on 3 May.", true))),
                new Relation("r2", "norgov", "sudria", Polarity.CONFLICT, "criticise", -4, null,
                        List.of(ev("s1", TEXT1, "The Norland government criticised Sudria over the dam.", false))),
                new Relation("r3", "norgov", "norland", Polarity.COOPERATION, "support", 3, null, List.of()),
                new Relation("r4", "sudria", "kestrel", Polarity.NEUTRAL, "consult", 1, null,
                        List.of(ev("s2", TEXT2, "The Kestrel Mission said Sudria recalled its envoy.", true))));
        int q = at(TEXT1, "a new chapter");
        List<Quote> quotes = List.of(new Quote("q1", "velk", "a new chapter for the region", "s1", q,
                q + "a new chapter for the region".length()));
        List<Assessment> assessments = List.of(new Assessment("norgov", 0.9, null, null, "runs the ministry"));
        List<Event> events = List.of(new Event("e1", "2024-06-01", "summit", "A summit follows.", "s1", 0, 10,
                List.of("norland", "norgov")));
        return new Dossier(List.of(s1, s2), actors, quotes, relations, assessments, events);
    }
}
