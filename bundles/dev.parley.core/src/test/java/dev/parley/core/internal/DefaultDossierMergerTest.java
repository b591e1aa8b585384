package dev.parley.core.internal;

import static dev.parley.core.internal.TestDossiers.actor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DefaultDossierMergerTest {

    private final DefaultDossierMerger merger = new DefaultDossierMerger();

    private static Dossier dossier(List<Source> sources, List<Actor> actors, List<Quote> quotes,
                                   List<Relation> relations, List<Assessment> assessments) {
        return new Dossier(sources, actors, quotes, relations, assessments);
    }

    private static Dossier actors(Actor... actors) {
        return dossier(List.of(), List.of(actors), List.of(), List.of(), List.of());
    }

    private static Source source(String id, String sha, String text) {
        return new Source(id, "Invented note " + id, null, null, "text/plain", sha, text);
    }

    // ---- identity -----------------------------------------------------------------------------

    @Test
    void mergingWithAnEmptyDossierIsIdentity() {
        Dossier d = TestDossiers.full();
        assertEquals(d, merger.merge(d, Dossier.empty()));
        assertEquals(d, merger.merge(Dossier.empty(), d));
        assertEquals(Dossier.empty(), merger.merge(Dossier.empty(), Dossier.empty()));
    }

    @Test
    void mergingADossierWithItselfChangesNothing() {
        Dossier d = TestDossiers.full();
        assertEquals(d, merger.merge(d, d));
    }

    // ---- actor unification --------------------------------------------------------------------

    @Test
    void initialismWithDotsUnifiesWithPlainInitialism() {
        Dossier base = dossier(List.of(), List.of(new Actor("un", "United Nations", ActorType.IGO, List.of("U.N."),
                null, null, null, List.of(new Mention("s1", 0, 14)))), List.of(), List.of(), List.of());
        Dossier addition = dossier(List.of(), List.of(new Actor("x7", "UN", ActorType.IGO, List.of(), null, null,
                null, List.of(new Mention("s2", 5, 7)))), List.of(), List.of(), List.of());

        Dossier merged = merger.merge(base, addition);

        assertEquals(1, merged.actors().size(), merged.actors().toString());
        Actor un = merged.actors().get(0);
        assertEquals("un", un.id());
        assertEquals("United Nations", un.name());
        assertEquals(List.of("U.N.", "UN"), un.aliases());
        assertEquals(List.of(new Mention("s1", 0, 14), new Mention("s2", 5, 7)), un.mentions());
    }

    @Test
    void plainInitialismUnifiesWithDottedInitialism() {
        Dossier merged = merger.merge(actors(actor("a1", "UN", ActorType.IGO)),
                actors(actor("b1", "U.N.", ActorType.IGO)));
        assertEquals(1, merged.actors().size(), merged.actors().toString());
        assertEquals("a1", merged.actors().get(0).id());
        // "U.N." is the same name as "UN", so it is not added as an alias.
        assertEquals(List.of(), merged.actors().get(0).aliases());
    }

    @Test
    void leadingTheAndCaseAreIgnored() {
        Actor base = new Actor("a1", "the United Nations", ActorType.IGO, List.of(), null, null, null,
                List.of(new Mention("s1", 1, 5)));
        Actor add = new Actor("b1", "UNITED NATIONS", ActorType.IGO, List.of("World Body"), null, null, null,
                List.of(new Mention("s2", 3, 9)));

        Dossier merged = merger.merge(actors(base), actors(add));

        assertEquals(1, merged.actors().size());
        Actor a = merged.actors().get(0);
        assertEquals("a1", a.id());
        assertEquals("the United Nations", a.name());
        // The addition's name is the same name: not an alias; its own aliases are kept.
        assertEquals(List.of("World Body"), a.aliases());
        assertEquals(2, a.mentions().size());
    }

    @Test
    void possessiveAndPunctuationAreIgnored() {
        Actor base = actor("n1", "Norland", ActorType.STATE);
        Actor curly = actor("x1", "Norland\u2019s", ActorType.STATE);
        Actor straight = actor("x2", "NORLAND'S", ActorType.STATE);
        Actor dashed = actor("x3", "Harbour-Guild", ActorType.COMPANY);
        Actor spaced = actor("x4", "Harbour Guild", ActorType.COMPANY);

        Dossier merged = merger.merge(actors(base, dashed), actors(curly, straight, spaced));

        assertEquals(List.of("n1", "x3"), ids(merged));
        // Spellings of the very same name are not piled up as aliases.
        assertEquals(List.of(), merged.actor("n1").orElseThrow().aliases());
        assertEquals(List.of(), merged.actor("x3").orElseThrow().aliases());
    }

    @Test
    void additionsAliasMatchingBaseNameUnifiesAndKeepsEverything() {
        Actor base = new Actor("a1", "Northern Brigade", ActorType.ARMED_GROUP, List.of("NB"), null, null, null,
                List.of(new Mention("s1", 0, 16)));
        Actor add = new Actor("z", "Brigade of the North", ActorType.ARMED_GROUP,
                List.of("the Northern Brigade", "Nordbrigade"), null, null, null,
                List.of(new Mention("s1", 0, 16), new Mention("s1", 40, 60)));

        Dossier merged = merger.merge(actors(base), actors(add));

        assertEquals(1, merged.actors().size());
        Actor a = merged.actors().get(0);
        assertEquals("Northern Brigade", a.name());
        assertEquals(List.of("NB", "Brigade of the North", "the Northern Brigade", "Nordbrigade"), a.aliases());
        // The same mention is not repeated.
        assertEquals(List.of(new Mention("s1", 0, 16), new Mention("s1", 40, 60)), a.mentions());
    }

    @Test
    void baseWinsForTypeRoleAffiliationAndCountryButGapsAreFilled() {
        Actor base = new Actor("p1", "Mira Sol", ActorType.PERSON, List.of(), "Mayor", null, null, List.of());
        Actor add = new Actor("p9", "Mira Sol", ActorType.PERSON, List.of(), "Governor", null, "VLA", List.of());

        Actor merged = merger.merge(actors(base), actors(add)).actors().get(0);

        assertEquals("Mayor", merged.role());
        assertEquals("VLA", merged.country());
        assertEquals(ActorType.PERSON, merged.type());
    }

    @Test
    void personIsNeverUnifiedWithANonPersonOfTheSameName() {
        Dossier base = actors(actor("j", "Jordan", ActorType.STATE));
        Dossier addition = actors(actor("j", "Jordan", ActorType.PERSON), actor("k", "Jordan", ActorType.STATE));

        Dossier merged = merger.merge(base, addition);

        assertEquals(List.of("j", "j-2"), ids(merged));
        assertEquals(ActorType.STATE, merged.actor("j").orElseThrow().type());
        assertEquals(ActorType.PERSON, merged.actor("j-2").orElseThrow().type());

        // And the other way round: a person in the base does not swallow a state.
        Dossier merged2 = merger.merge(actors(actor("p", "Jordan", ActorType.PERSON)),
                actors(actor("s", "Jordan", ActorType.STATE), actor("p2", "jordan", ActorType.PERSON)));
        assertEquals(List.of("p", "s"), ids(merged2));
        assertEquals(ActorType.STATE, merged2.actor("s").orElseThrow().type());
        assertEquals(List.of(), merged2.actor("p").orElseThrow().aliases());
    }

    @Test
    void nonPersonsOfDifferentTypesUnify() {
        Dossier merged = merger.merge(actors(actor("m", "Vella Mission", ActorType.MISSION)),
                actors(actor("o", "the Vella Mission", ActorType.IGO)));
        assertEquals(List.of("m"), ids(merged));
        assertEquals(ActorType.MISSION, merged.actors().get(0).type());
    }

    @Test
    void actorsOfOneAdditionSharingAnAliasStayApart() {
        // one article: each state has a coast guard; the importer keeps them apart, and so does the merge
        Actor north = new Actor("north", "Norland", ActorType.STATE, List.of("Coast Guard"), null, null, "NL", List.of());
        Actor south = new Actor("south", "Sudria", ActorType.STATE, List.of("Coast Guard", "Sudrian"), null, null, null,
                List.of());
        Dossier merged = merger.merge(Dossier.empty(), actors(north, south));
        assertEquals(List.of("north", "south"), ids(merged));
        assertEquals(List.of("Coast Guard", "Sudrian"), merged.actor("south").orElseThrow().aliases());
    }

    @Test
    void actorsOfDifferentCountriesNeverUnify() {
        Dossier base = actors(new Actor("a", "Norland", ActorType.STATE, List.of("Navy"), null, null, "NL", List.of()));
        Dossier addition = actors(new Actor("b", "Sudria", ActorType.STATE, List.of("Navy"), null, null, "SD", List.of()));
        assertEquals(List.of("a", "b"), ids(merger.merge(base, addition)));
        // the same alias with no country on one side still unifies
        Dossier unknown = actors(new Actor("c", "Navy", ActorType.ARMED_GROUP, List.of(), null, null, null, List.of()));
        assertEquals(List.of("a"), ids(merger.merge(base, unknown)));
    }

    @Test
    void aPersonIsOnePersonWhateverCountryEachFileGuessed() {
        Dossier base = actors(new Actor("p", "Ivan Petrenko", ActorType.PERSON, List.of(), null, null, "RUS", List.of()));
        Dossier addition = actors(new Actor("q", "Ivan Petrenko", ActorType.PERSON, List.of(), null, null, "UKR", List.of()));
        assertEquals(List.of("p"), ids(merger.merge(base, addition)));
    }

    @Test
    void lowerCaseDescriptionsDoNotUnify() {
        Dossier base = actors(actor("a", "Norland", ActorType.STATE, "military", "authorities"));
        Dossier addition = actors(actor("b", "Sudrian Armed Forces", ActorType.ARMED_GROUP, "military"));
        assertEquals(List.of("a", "b"), ids(merger.merge(base, addition)));
        // a description that is the other actor's name does not join them either
        assertEquals(List.of("a", "m"), ids(merger.merge(base, actors(actor("m", "military", ActorType.ARMED_GROUP)))));
    }

    // ---- id clashes ---------------------------------------------------------------------------

    @Test
    void clashingIdsOfDifferentActorsAreRenamedAndReferencesRemapped() {
        Dossier base = dossier(List.of(),
                List.of(actor("a1", "Northern Brigade", ActorType.ARMED_GROUP), actor("a2", "Port Authority",
                        ActorType.OTHER)),
                List.of(new Quote("q1", "a1", "We hold the ridge.", null, 0, 18)),
                List.of(new Relation("r1", "a1", "a2", Polarity.CONFLICT, "threaten", -6, null, List.of())),
                List.of(new Assessment("a1", 0.6, 0.8, -0.7, null)));
        Dossier addition = dossier(List.of(),
                List.of(actor("a1", "Coastal Council", ActorType.POLITICAL_GROUP),
                        new Actor("a3", "Mira Sol", ActorType.PERSON, List.of(), "spokesperson", "a1", null,
                                List.of())),
                List.of(new Quote("q1", "a1", "The council will vote.", null, 0, 22)),
                List.of(new Relation("r1", "a3", "a1", Polarity.COOPERATION, "speak_for", 2, null, List.of())),
                List.of(new Assessment("a1", 0.2, 0.3, 0.1, "council")));

        Dossier merged = merger.merge(base, addition);

        assertEquals(List.of("a1", "a2", "a1-2", "a3"), ids(merged));
        assertEquals("Coastal Council", merged.actor("a1-2").orElseThrow().name());
        assertEquals("Northern Brigade", merged.actor("a1").orElseThrow().name());
        assertEquals("a1-2", merged.actor("a3").orElseThrow().affiliation());

        assertEquals(2, merged.quotes().size());
        Quote q = merged.quotes().get(1);
        assertEquals("q1-2", q.id());
        assertEquals("a1-2", q.speaker());
        assertEquals("The council will vote.", q.text());
        assertEquals("a1", merged.quotes().get(0).speaker());

        assertEquals(2, merged.relations().size());
        Relation r = merged.relations().get(1);
        assertEquals("r1-2", r.id());
        assertEquals("a3", r.source());
        assertEquals("a1-2", r.target());

        assertEquals(2, merged.assessments().size());
        assertEquals(0.6, merged.assessments().get(0).power());
        assertEquals("a1-2", merged.assessments().get(1).actor());
        assertEquals(0.2, merged.assessments().get(1).power());
    }

    @Test
    void unifiedActorsReferencesPointToTheBaseId() {
        Dossier base = actors(actor("un", "United Nations", ActorType.IGO),
                actor("v", "Vella", ActorType.STATE));
        Dossier addition = dossier(List.of(),
                List.of(actor("x1", "The United Nations", ActorType.IGO), actor("x2", "Vella", ActorType.STATE)),
                List.of(new Quote("q5", "x1", "Talks resume.", null, 0, 13)),
                List.of(new Relation("r5", "x1", "x2", Polarity.COOPERATION, "mediate", 4, null, List.of())),
                List.of());

        Dossier merged = merger.merge(base, addition);

        assertEquals(List.of("un", "v"), ids(merged));
        assertEquals("un", merged.quotes().get(0).speaker());
        assertEquals("q5", merged.quotes().get(0).id());
        assertEquals("un", merged.relations().get(0).source());
        assertEquals("v", merged.relations().get(0).target());
    }

    // ---- affiliation --------------------------------------------------------------------------

    @Test
    void newActorsAffiliationToAUnifiedActorIsRemappedToTheBaseId() {
        Dossier base = actors(actor("g", "Government of Norland", ActorType.STATE));
        Dossier addition = actors(
                new Actor("x2", "Lena Ortiz", ActorType.PERSON, List.of(), "envoy", "x1", null, List.of()),
                actor("x1", "the Government of Norland", ActorType.STATE));

        Dossier merged = merger.merge(base, addition);

        assertEquals(List.of("g", "x2"), ids(merged));
        assertEquals("g", merged.actor("x2").orElseThrow().affiliation());
    }

    @Test
    void unifiedActorWithoutAffiliationTakesTheAdditionsRemappedAffiliation() {
        Dossier base = actors(actor("g", "Government of Norland", ActorType.STATE),
                actor("p", "Lena Ortiz", ActorType.PERSON));
        Dossier addition = actors(actor("x1", "Government of Norland", ActorType.STATE),
                new Actor("x2", "Lena Ortiz", ActorType.PERSON, List.of(), null, "x1", null, List.of()));

        Dossier merged = merger.merge(base, addition);

        assertEquals(List.of("g", "p"), ids(merged));
        assertEquals("g", merged.actor("p").orElseThrow().affiliation());
    }

    @Test
    void baseAffiliationIsKept() {
        Dossier base = actors(actor("g", "Government of Norland", ActorType.STATE),
                actor("h", "Harbour Guild", ActorType.COMPANY),
                new Actor("p", "Lena Ortiz", ActorType.PERSON, List.of(), null, "h", null, List.of()));
        Dossier addition = actors(actor("x1", "Government of Norland", ActorType.STATE),
                new Actor("x2", "Lena Ortiz", ActorType.PERSON, List.of(), null, "x1", null, List.of()));

        assertEquals("h", merger.merge(base, addition).actor("p").orElseThrow().affiliation());
    }

    @Test
    void affiliationToARenamedActorFollowsTheRename() {
        Dossier base = actors(actor("a1", "Hill Farmers Union", ActorType.POLITICAL_GROUP));
        Dossier addition = actors(actor("a1", "River Fishers Union", ActorType.POLITICAL_GROUP),
                new Actor("a2", "Tomas Reyes", ActorType.PERSON, List.of(), "chair", "a1", null, List.of()));

        Dossier merged = merger.merge(base, addition);

        assertEquals("a1-2", merged.actor("a2").orElseThrow().affiliation());
    }

    // ---- relations ----------------------------------------------------------------------------

    @Test
    void relationsWithTheSameKeyMergeTheirEvidence() {
        Evidence e1 = new Evidence("s1", 0, 10, "sanctioned");
        Evidence e2 = new Evidence("s1", 20, 30, "penalised");
        Dossier base = dossier(List.of(), List.of(actor("a", "Norland", ActorType.STATE),
                        actor("b", "Vella", ActorType.STATE)), List.of(),
                List.of(new Relation("r1", "a", "b", Polarity.CONFLICT, "sanction", -5, "2024-01-02", List.of(e1))),
                List.of());
        Dossier addition = dossier(List.of(), List.of(actor("x", "Norland", ActorType.STATE),
                        actor("y", "Vella", ActorType.STATE)), List.of(),
                List.of(new Relation("r7", "x", "y", Polarity.CONFLICT, "sanction", -4, "2024-01-02",
                                List.of(e1, e2)),
                        new Relation("r1", "x", "y", Polarity.CONFLICT, "demand", -3, "2024-01-02",
                                List.of(e2)),
                        new Relation("r9", "x", "y", Polarity.CONFLICT, "sanction", -5, "2024-02-01",
                                List.of(e2))),
                List.of());

        Dossier merged = merger.merge(base, addition);

        assertEquals(3, merged.relations().size(), merged.relations().toString());
        Relation sanction = merged.relations().get(0);
        assertEquals("r1", sanction.id());
        assertEquals(List.of(e1, e2), sanction.evidence());
        assertEquals(-5, sanction.weight());

        Relation demand = merged.relations().get(1);
        assertEquals("demand", demand.category());
        assertEquals("r1-2", demand.id());
        assertEquals("a", demand.source());
        assertEquals("b", demand.target());
        assertEquals(List.of(e2), demand.evidence());

        Relation later = merged.relations().get(2);
        assertEquals("2024-02-01", later.date());
        assertEquals("r9", later.id());
    }

    @Test
    void oppositeDirectionOrPolarityIsADifferentRelation() {
        Dossier base = dossier(List.of(), List.of(actor("a", "Norland", ActorType.STATE),
                        actor("b", "Vella", ActorType.STATE)), List.of(),
                List.of(new Relation("r1", "a", "b", Polarity.CONFLICT, "protest", -2, null, List.of())), List.of());
        Dossier addition = dossier(List.of(), List.of(), List.of(),
                List.of(new Relation("r1", "b", "a", Polarity.CONFLICT, "protest", -2, null, List.of()),
                        new Relation("r2", "a", "b", Polarity.NEUTRAL, "protest", 0, null, List.of())),
                List.of());

        assertEquals(3, merger.merge(base, addition).relations().size());
    }

    // ---- quotes -------------------------------------------------------------------------------

    @Test
    void quotesAreDeduplicated() {
        Dossier base = dossier(List.of(), List.of(actor("a", "Mira Sol", ActorType.PERSON)),
                List.of(new Quote("q1", "a", "We will rebuild the bridge.", "s1", 10, 37)), List.of(), List.of());
        Dossier addition = dossier(List.of(), List.of(actor("m", "Mira Sol", ActorType.PERSON)),
                List.of(new Quote("q8", "m", "We will rebuild the bridge.", "s1", 10, 37),
                        new Quote("q1", "m", "Not before spring.", "s1", 40, 58),
                        new Quote("q9", "m", "Not before spring.", "s1", 40, 58)),
                List.of(), List.of());

        Dossier merged = merger.merge(base, addition);

        assertEquals(2, merged.quotes().size(), merged.quotes().toString());
        assertEquals(new Quote("q1", "a", "We will rebuild the bridge.", "s1", 10, 37), merged.quotes().get(0));
        assertEquals(new Quote("q1-2", "a", "Not before spring.", "s1", 40, 58), merged.quotes().get(1));
    }

    // ---- sources ------------------------------------------------------------------------------

    @Test
    void theSameSourceIsNotDuplicated() {
        Source s = source("s-aaa", "aaa111", "Norland closed the border.");
        Dossier base = dossier(List.of(s), List.of(new Actor("a", "Norland", ActorType.STATE, List.of(), null, null,
                null, List.of(new Mention("s-aaa", 0, 7)))), List.of(), List.of(), List.of());
        Dossier addition = dossier(List.of(source("s-aaa", "aaa111", "Norland closed the border.")),
                List.of(new Actor("b", "Norland", ActorType.STATE, List.of(), null, null, null,
                        List.of(new Mention("s-aaa", 0, 7)))), List.of(), List.of(), List.of());

        Dossier merged = merger.merge(base, addition);

        assertEquals(List.of(s), merged.sources());
        assertEquals(List.of(new Mention("s-aaa", 0, 7)), merged.actors().get(0).mentions());
    }

    @Test
    void aDifferentSourceWithTheSameIdIsRenamedAndItsReferencesRemapped() {
        Source s1 = source("s1", "aaa111", "Norland closed the border.");
        Source other = source("s1", "bbb222", "Vella protested. Norland refused.");
        Dossier base = dossier(List.of(s1), List.of(new Actor("n", "Norland", ActorType.STATE, List.of(), null, null,
                null, List.of(new Mention("s1", 0, 7)))), List.of(), List.of(), List.of());
        Dossier addition = dossier(List.of(other),
                List.of(new Actor("x", "Norland", ActorType.STATE, List.of(), null, null, null,
                                List.of(new Mention("s1", 17, 24))),
                        new Actor("v", "Vella", ActorType.STATE, List.of(), null, null, null,
                                List.of(new Mention("s1", 0, 5)))),
                List.of(new Quote("q1", "v", "protested", "s1", 6, 15)),
                List.of(new Relation("r1", "v", "x", Polarity.CONFLICT, "protest", -2, null,
                        List.of(new Evidence("s1", 0, 16, "Vella protested.")))),
                List.of());

        Dossier merged = merger.merge(base, addition);

        assertEquals(List.of("s1", "s1-2"), merged.sources().stream().map(Source::id).toList());
        Source renamed = merged.source("s1-2").orElseThrow();
        assertEquals("bbb222", renamed.sha256());
        assertEquals(other.text(), renamed.text());
        assertEquals(other.title(), renamed.title());

        assertEquals(List.of(new Mention("s1", 0, 7), new Mention("s1-2", 17, 24)),
                merged.actor("n").orElseThrow().mentions());
        assertEquals(List.of(new Mention("s1-2", 0, 5)), merged.actor("v").orElseThrow().mentions());
        assertEquals("s1-2", merged.quotes().get(0).source());
        assertEquals("n", merged.relations().get(0).target());
        assertEquals("s1-2", merged.relations().get(0).evidence().get(0).source());
    }

    @Test
    void sameIdAndDigestButDifferentTextIsADifferentSource() {
        Dossier merged = merger.merge(
                dossier(List.of(source("s1", null, "First invented text.")), List.of(), List.of(), List.of(),
                        List.of()),
                dossier(List.of(source("s1", null, "Second invented text.")), List.of(), List.of(), List.of(),
                        List.of()));
        assertEquals(List.of("s1", "s1-2"), merged.sources().stream().map(Source::id).toList());
    }

    // ---- assessments --------------------------------------------------------------------------

    @Test
    void baseAssessmentWins() {
        Dossier base = dossier(List.of(), List.of(actor("a", "Norland", ActorType.STATE)), List.of(), List.of(),
                List.of(new Assessment("a", 0.9, 0.8, -0.4, "analyst A")));
        Dossier addition = dossier(List.of(),
                List.of(actor("x", "Norland", ActorType.STATE), actor("y", "Vella", ActorType.STATE)), List.of(),
                List.of(), List.of(new Assessment("x", 0.1, 0.1, 0.9, "analyst B"),
                        new Assessment("y", 0.5, null, null, "analyst B")));

        Dossier merged = merger.merge(base, addition);

        assertEquals(List.of(new Assessment("a", 0.9, 0.8, -0.4, "analyst A"),
                new Assessment("y", 0.5, null, null, "analyst B")), merged.assessments());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static List<String> ids(Dossier d) {
        return d.actors().stream().map(Actor::id).toList();
    }

    @Test
    void idsStayUniqueWhenTheAdditionAlreadyUsesTheRenamedId() {
        Dossier base = actors(actor("a1", "Hill Farmers Union", ActorType.POLITICAL_GROUP));
        Dossier addition = dossier(List.of(),
                List.of(actor("a1", "River Fishers Union", ActorType.POLITICAL_GROUP),
                        actor("a1-2", "Salt Workers Union", ActorType.POLITICAL_GROUP)),
                List.of(new Quote("q1", "a1", "Fish prices fell.", null, 0, 17),
                        new Quote("q2", "a1-2", "Salt prices rose.", null, 0, 17)),
                List.of(), List.of());

        Dossier merged = merger.merge(base, addition);

        Set<String> unique = merged.actors().stream().map(Actor::id).collect(Collectors.toSet());
        assertEquals(3, unique.size(), ids(merged).toString());
        String fishers = merged.actors().stream().filter(a -> a.name().startsWith("River")).findFirst()
                .orElseThrow().id();
        String salt = merged.actors().stream().filter(a -> a.name().startsWith("Salt")).findFirst()
                .orElseThrow().id();
        assertEquals(fishers, merged.quotes().get(0).speaker());
        assertEquals(salt, merged.quotes().get(1).speaker());
        assertTrue(!fishers.equals("a1") && !salt.equals("a1") && !fishers.equals(salt));
        assertNull(merged.actor("a1").orElseThrow().affiliation());
    }
}
