package dev.parley.dossier.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Assessment;
import dev.parley.model.Dossier;
import dev.parley.model.Mention;
import dev.parley.model.Relation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DossierEditsTest {

    private final Dossier d = Fixtures.dossier();

    private static Actor actor(Dossier d, String id) {
        return d.actor(id).orElseThrow();
    }

    private static Set<String> relationEnds(Dossier d) {
        return d.relations().stream().map(r -> r.id() + ":" + r.source() + ">" + r.target())
                .collect(Collectors.toSet());
    }

    @Test
    void renameKeepsTheOldNameAsAlias() {
        Dossier next = DossierEdits.rename(d, "norland", "  Republic of Norland ");
        Actor a = actor(next, "norland");
        assertEquals("Republic of Norland", a.name());
        assertEquals(List.of("Norlandic Republic", "Norland"), a.aliases());
        assertEquals(actor(d, "norland").mentions(), a.mentions());
        assertEquals(d.relations(), next.relations());
        assertEquals(actor(d, "sudria"), actor(next, "sudria"));
    }

    @Test
    void renameToAnAliasTakesItOutOfTheAliases() {
        Actor a = actor(DossierEdits.rename(d, "norland", "Norlandic Republic"), "norland");
        assertEquals("Norlandic Republic", a.name());
        assertEquals(List.of("Norland"), a.aliases());
    }

    @Test
    void renameRefusesEmptyNamesAndUnknownActors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DossierEdits.rename(d, "norland", "  "));
        assertTrue(e.getMessage().contains("cannot be empty"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DossierEdits.rename(d, "atlantis", "Atlantis"));
        assertTrue(e.getMessage().contains("'atlantis'"), e.getMessage());
    }

    @Test
    void unchangedValuesReturnTheSameDossier() {
        assertSame(d, DossierEdits.rename(d, "norland", "Norland"));
        assertSame(d, DossierEdits.retype(d, "norland", ActorType.STATE));
        assertSame(d, DossierEdits.setRole(d, "velk", "Foreign Minister"));
        assertSame(d, DossierEdits.setAffiliation(d, "velk", "norland"));
    }

    @Test
    void retypeChangesOnlyTheType() {
        Actor a = actor(DossierEdits.retype(d, "kestrel", ActorType.IGO), "kestrel");
        assertEquals(ActorType.IGO, a.type());
        assertEquals(new Actor("kestrel", "Kestrel Mission", ActorType.IGO, List.of(), null, null, null,
                actor(d, "kestrel").mentions()), a);
        assertThrows(IllegalArgumentException.class, () -> DossierEdits.retype(d, "kestrel", null));
    }

    @Test
    void roleIsSetAndBlankClearsIt() {
        assertEquals("Prime Minister", actor(DossierEdits.setRole(d, "velk", " Prime Minister"), "velk").role());
        assertNull(actor(DossierEdits.setRole(d, "velk", " "), "velk").role());
    }

    @Test
    void affiliationPointsAtAnotherActorOrNone() {
        assertEquals("sudria", actor(DossierEdits.setAffiliation(d, "velk", "sudria"), "velk").affiliation());
        assertNull(actor(DossierEdits.setAffiliation(d, "velk", null), "velk").affiliation());
        assertThrows(IllegalArgumentException.class, () -> DossierEdits.setAffiliation(d, "velk", "velk"));
        assertThrows(IllegalArgumentException.class, () -> DossierEdits.setAffiliation(d, "velk", "atlantis"));
    }

    @Test
    void mergeKeepsTheMostMentionedAndTakesOverEverything() {
        // norgov (1 mention) is named first, but Norland (2 mentions) survives.
        Dossier next = DossierEdits.merge(d, List.of("norgov", "norland"));
        assertEquals("norland", DossierEdits.survivor(d, List.of("norgov", "norland")));
        assertTrue(next.actor("norgov").isEmpty());
        assertEquals(4, next.actors().size());
        Actor n = actor(next, "norland");
        assertEquals("Norland", n.name());
        assertEquals(ActorType.STATE, n.type());
        assertEquals(List.of("Norlandic Republic", "Norland government", "Norlandic cabinet"), n.aliases());
        List<Mention> mentions = new java.util.ArrayList<>(actor(d, "norland").mentions());
        mentions.addAll(actor(d, "norgov").mentions());
        assertEquals(mentions, n.mentions());
        // The survivor had no role; it takes the merged one's.
        assertEquals("executive", n.role());
        assertEquals("NOR", n.country());
        // r2 norgov>sudria now starts at Norland; r3 norgov>norland became a self-loop and went.
        assertEquals(Set.of("r1:norland>sudria", "r2:norland>sudria", "r4:sudria>kestrel"), relationEnds(next));
        Relation r2 = next.relations().stream().filter(r -> r.id().equals("r2")).findFirst().orElseThrow();
        assertEquals(-4, r2.weight());
        assertEquals("criticise", r2.category());
        // The merged actor's assessment moves to the survivor, which had none.
        assertEquals(List.of(new Assessment("norland", 0.9, null, null, "runs the ministry")), next.assessments());
        assertEquals(List.of("norland"), next.events().get(0).actors());
        assertEquals(d.quotes(), next.quotes());
    }

    @Test
    void mergeRepointsAffiliationsQuotesAndKeepsTheSurvivorsAssessment() {
        Dossier withTwo = DossierEdits.assess(d, "sudria", 0.5, 0.5, -0.5, "own");
        // Sudria (3 mentions) survives Velk (2) and Norland (2).
        Dossier next = DossierEdits.merge(withTwo, List.of("velk", "norland", "sudria"));
        assertEquals(List.of("sudria", "kestrel", "norgov"), next.actors().stream().map(Actor::id).toList());
        Actor s = actor(next, "sudria");
        assertTrue(s.aliases().containsAll(List.of("Ana Velk", "Velk", "Norland", "Norlandic Republic")), s.aliases()
                .toString());
        assertEquals(7, s.mentions().size());
        // Velk was affiliated with Norland; both merged into Sudria, so no affiliation to itself.
        assertNull(s.affiliation());
        // Norland government's affiliation pointed at Velk; it now points at the survivor.
        assertEquals("sudria", actor(next, "norgov").affiliation());
        assertEquals("sudria", next.quotes().get(0).speaker());
        // r1 norland>sudria became a self-loop.
        assertEquals(Set.of("r2:norgov>sudria", "r3:norgov>sudria", "r4:sudria>kestrel"), relationEnds(next));
        assertEquals(List.of(new Assessment("norgov", 0.9, null, null, "runs the ministry"),
                new Assessment("sudria", 0.5, 0.5, -0.5, "own")), next.assessments());
    }

    @Test
    void mergeNeedsTwoKnownActors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DossierEdits.merge(d, List.of("norland", "norland")));
        assertTrue(e.getMessage().contains("at least two"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DossierEdits.merge(d, List.of("norland", "atlantis")));
    }

    @Test
    void deleteCascades() {
        Dossier next = DossierEdits.delete(d, List.of("velk", "sudria"));
        assertEquals(List.of("norland", "kestrel", "norgov"), next.actors().stream().map(Actor::id).toList());
        // Relations touching Sudria go; the quote by Velk goes; affiliations to Velk are cleared.
        assertEquals(Set.of("r3:norgov>norland"), relationEnds(next));
        assertTrue(next.quotes().isEmpty());
        assertNull(actor(next, "norgov").affiliation());
        assertEquals("executive", actor(next, "norgov").role());
        assertEquals(d.assessments(), next.assessments());
        assertEquals(d.sources(), next.sources());

        Dossier noGov = DossierEdits.delete(d, List.of("norgov"));
        assertTrue(noGov.assessments().isEmpty());
        assertEquals(List.of("norland"), noGov.events().get(0).actors());
        assertEquals(Set.of("r1:norland>sudria", "r4:sudria>kestrel"), relationEnds(noGov));
        assertSame(d, DossierEdits.delete(d, List.of()));
        assertThrows(IllegalArgumentException.class, () -> DossierEdits.delete(d, List.of("atlantis")));
    }

    @Test
    void assessReplacesTheActorsAssessment() {
        Dossier next = DossierEdits.assess(d, "norgov", 0.2, 0.8, -1.0, " hostile ");
        assertEquals(List.of(new Assessment("norgov", 0.2, 0.8, -1.0, "hostile")), next.assessments());
        Dossier added = DossierEdits.assess(next, "kestrel", null, 1.0, null, null);
        assertEquals(2, added.assessments().size());
        assertEquals(new Assessment("kestrel", null, 1.0, null, null), added.assessments().get(1));
        // Nothing assessed and no note removes it.
        assertEquals(List.of(added.assessments().get(1)),
                DossierEdits.assess(added, "norgov", null, null, null, " ").assessments());
        assertSame(next, DossierEdits.assess(next, "norgov", 0.2, 0.8, -1.0, "hostile"));
    }

    @Test
    void assessValidatesRanges() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DossierEdits.assess(d, "norland", 1.5, null, null, null));
        assertEquals("Power must be from 0 to 1; 1.5 is outside that range.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DossierEdits.assess(d, "norland", null, -0.1, null, null));
        assertTrue(e.getMessage().startsWith("Interest must be from 0 to 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DossierEdits.assess(d, "norland", null, null, -2.0, null));
        assertEquals("Stance must be from -1 to 1; -2 is outside that range.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DossierEdits.assess(d, "norland", Double.NaN, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> DossierEdits.assess(d, "atlantis", 0.5, null, null, null));
    }

    @Test
    void scoresAreParsedAsTyped() {
        assertEquals(0.5, DossierEdits.parseScore("Power", "0,5", 0, 1));
        assertEquals(-1.0, DossierEdits.parseScore("Stance", " -1 ", -1, 1));
        assertNull(DossierEdits.parseScore("Power", "  ", 0, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DossierEdits.parseScore("Interest", "high", 0, 1));
        assertTrue(e.getMessage().contains("'high' is not a number"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DossierEdits.parseScore("Power", "2", 0, 1));
    }
}
