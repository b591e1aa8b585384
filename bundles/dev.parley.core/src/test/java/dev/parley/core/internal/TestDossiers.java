package dev.parley.core.internal;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Assessment;
import dev.parley.model.Dossier;
import dev.parley.model.Evidence;
import dev.parley.model.Mention;
import dev.parley.model.Polarity;
import dev.parley.model.Quote;
import dev.parley.model.Relation;
import dev.parley.model.Source;
import java.util.ArrayList;
import java.util.List;

/** Invented dossiers shared by the tests. None of the texts is taken from a real article. */
final class TestDossiers {
    private TestDossiers() {
    }

    static final String TEXT_1 = "Foreign Minister Ana Lúcia Ferreira said: “We will not sign.” "
            + "Бригада «Север» rejected the offer near Port Vella. 北方联盟 welcomed the talks 🙂.\n"
            + "Tab\there, \"double quotes\", a back\\slash, a line separator \u2028 and a control \u0001 char.";

    static final String SHA_1 = "3f9a0c1d2e4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff";

    /** A dossier in which every field is set somewhere, with nulls wherever they are allowed. */
    static Dossier full() {
        String s1 = "s-3f9a0c1d2e4b";
        Source src1 = new Source(s1, "Ceasefire talks resume in Port Vella – «день 1»",
                "https://example.org/news/ceasefire-talks", "2024-03-05T10:15:00Z", "text/plain", SHA_1, TEXT_1);
        Source src2 = new Source("s2", null, null, null, null, null, "");

        Actor ferreira = new Actor("a1", "Ana Lúcia Ferreira", ActorType.PERSON, List.of("A. L. Ferreira", "Ferreira"),
                "Foreign Minister", "a2", "VLA", List.of(span(s1, "Ana Lúcia Ferreira"), new Mention(s1, 0, 16)));
        Actor government = new Actor("a2", "Government of Vella", ActorType.STATE, List.of(), null, null, "VLA",
                List.of());
        Actor brigade = new Actor("a3", "Бригада «Север»", ActorType.ARMED_GROUP, List.of("Northern Brigade"), null,
                null, null, List.of(span(s1, "Бригада «Север»")));
        Actor league = new Actor("a4", "北方联盟", ActorType.POLITICAL_GROUP, List.of("Northern League"), null, null,
                "VLA", List.of(span(s1, "北方联盟")));
        Actor un = new Actor("a5", "United Nations", ActorType.IGO, List.of("U.N."), null, null, null, List.of());
        Actor mission = new Actor("a6", "UN Mission in Vella", ActorType.MISSION, List.of(), null, "a5", null,
                List.of());
        Actor company = new Actor("a7", "Vella Copper Ltd", ActorType.COMPANY, List.of(), null, null, "VLA",
                List.of());
        Actor residents = new Actor("a8", "Residents of Port Vella", ActorType.OTHER, List.of(), null, null, null,
                List.of(new Mention("s2", 0, 0)));

        Quote q1 = quote("q1", "a1", s1, "We will not sign.");
        Quote q2 = new Quote("q2", "a3", "", null, 0, 0);

        Relation r1 = new Relation("r1", "a3", "a2", Polarity.CONFLICT, "reject", -7.5, "2024-03-05",
                List.of(evidence(s1, "rejected the offer"), new Evidence("s2", 0, 0, "")));
        Relation r2 = new Relation("r2", "a4", "a2", Polarity.COOPERATION, "support", 3.0, null, List.of());
        Relation r3 = new Relation("r3", "a6", "a8", Polarity.NEUTRAL, null, 0, null, List.of());
        Relation r4 = new Relation("r4", "a5", "a3", Polarity.CONFLICT, "sanction", -10, "2024-03", List.of());
        Relation r5 = new Relation("r5", "a7", "a2", Polarity.COOPERATION, "aid", 10, null, List.of());

        Assessment as1 = new Assessment("a1", 0.75, 0.9, -0.5, "Hard-liner; «ünïcode» note 🙂");
        Assessment as2 = new Assessment("a3", null, null, null, null);
        Assessment as3 = new Assessment("a2", 1.0, 0.0, 1.0, null);

        return new Dossier(List.of(src1, src2),
                List.of(ferreira, government, brigade, league, un, mission, company, residents),
                List.of(q1, q2), List.of(r1, r2, r3, r4, r5), List.of(as1, as2, as3));
    }

    static Mention span(String source, String words) {
        int start = TEXT_1.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException(words);
        }
        return new Mention(source, start, start + words.length());
    }

    static Evidence evidence(String source, String words) {
        Mention m = span(source, words);
        return new Evidence(source, m.start(), m.end(), words);
    }

    static Quote quote(String id, String speaker, String source, String words) {
        Mention m = span(source, words);
        return new Quote(id, speaker, words, source, m.start(), m.end());
    }

    /** A short actor with only a name and a type. */
    static Actor actor(String id, String name, ActorType type, String... aliases) {
        return new Actor(id, name, type, List.of(aliases), null, null, null, List.of());
    }

    /**
     * A large invented dossier (a JSON text of roughly 1.5 MB) for the crash test. {@code variant}
     * changes the number of actors and every text, so dossiers of different variants differ in many
     * places and a half-written mix of them could never equal either.
     */
    static Dossier big(String variant) {
        int extra = variant.hashCode() & 0xff;
        int actorCount = 2200 + extra;
        String sourceId = "s-big-" + variant;
        StringBuilder text = new StringBuilder();
        List<Actor> actors = new ArrayList<>(actorCount);
        for (int i = 0; i < actorCount; i++) {
            String name = "Delegate " + variant + "-" + i + " of the Harbour Committee";
            int start = text.length() + 4;
            text.append("Now ").append(name).append(" met envoy ").append(i % 97).append(" at checkpoint ")
                    .append(i % 13).append(".\n");
            ActorType type = ActorType.values()[i % ActorType.values().length];
            actors.add(new Actor("a" + i, name, type, List.of("D" + variant + i, "Delegate No. " + i),
                    i % 3 == 0 ? "envoy" : null, i > 0 && i % 5 == 0 ? "a" + (i - 1) : null,
                    i % 4 == 0 ? "VLA" : null,
                    List.of(new Mention(sourceId, start, start + name.length()),
                            new Mention(sourceId, start, start + 8))));
        }
        String fullText = text.toString();
        List<Relation> relations = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (int i = 1; i < actorCount; i += 2) {
            Actor from = actors.get(i);
            Actor to = actors.get(i - 1);
            Mention m = from.mentions().get(0);
            relations.add(new Relation("r" + i, from.id(), to.id(), Polarity.values()[i % 3], "meet",
                    (i % 21) - 10, "2024-05-" + (10 + i % 18),
                    List.of(new Evidence(sourceId, m.start(), m.end(), fullText.substring(m.start(), m.end())))));
            quotes.add(new Quote("q" + i, from.id(), "We met " + variant + " " + i + ".", sourceId, m.start(),
                    m.end()));
        }
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < actorCount; i += 10) {
            assessments.add(new Assessment("a" + i, (i % 11) / 10.0, 0.5, ((i % 21) - 10) / 10.0,
                    "variant " + variant));
        }
        Source source = new Source(sourceId, "Harbour Committee minutes " + variant, "file:///minutes-" + variant,
                "2024-05-01", "text/plain", null, fullText);
        return new Dossier(List.of(source), actors, quotes, relations, assessments);
    }
}
