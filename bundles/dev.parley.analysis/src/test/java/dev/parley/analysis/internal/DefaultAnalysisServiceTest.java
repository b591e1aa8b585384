package dev.parley.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Assessment;
import dev.parley.model.Dossier;
import dev.parley.model.Mention;
import dev.parley.model.Polarity;
import dev.parley.model.Relation;
import dev.parley.model.analysis.ActorAnalysis;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.analysis.Quadrant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultAnalysisServiceTest {

    private final DefaultAnalysisService service = new DefaultAnalysisService();

    static Actor actor(String id, ActorType type, int mentions, String affiliation) {
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < mentions; i++) {
            ms.add(new Mention("s", i, i + 1));
        }
        return new Actor(id, id.substring(0, 1).toUpperCase() + id.substring(1), type, null, null, affiliation, null, ms);
    }

    static Relation rel(String id, String from, String to, Polarity p, String category) {
        return new Relation(id, from, to, p, category, p == Polarity.CONFLICT ? -6 : 4, null, null);
    }

    /** Two sides: a host state and its partners against a mission and its backers. */
    static Dossier twoSides(List<Assessment> assessments) {
        List<Actor> actors = List.of(
                actor("host", ActorType.STATE, 12, null),
                actor("mission", ActorType.MISSION, 9, null),
                actor("contractor", ActorType.ARMED_GROUP, 4, null),
                actor("patron", ActorType.STATE, 3, null),
                actor("council", ActorType.IGO, 3, null),
                actor("critic", ActorType.STATE, 2, null),
                actor("envoy", ActorType.PERSON, 2, "critic"),
                actor("bystander", ActorType.STATE, 1, null));
        List<Relation> rels = List.of(
                rel("r1", "host", "mission", Polarity.CONFLICT, "expel"),
                rel("r2", "host", "contractor", Polarity.COOPERATION, "cooperate"),
                rel("r3", "contractor", "patron", Polarity.COOPERATION, "ally"),
                rel("r4", "council", "mission", Polarity.COOPERATION, "deploy"),
                rel("r5", "envoy", "contractor", Polarity.CONFLICT, "criticise"),
                rel("r6", "host", "mission", Polarity.CONFLICT, "demand"));
        return new Dossier(null, actors, null, rels, assessments);
    }

    private static ActorAnalysis of(Analysis a, String id) {
        return a.of(id).orElseThrow();
    }

    @Test
    void campsFollowStructuralBalance() {
        Analysis a = service.analyze(twoSides(List.of()), List.of("host"));
        int hostCamp = of(a, "host").camp();
        assertEquals(1, hostCamp);
        assertEquals(hostCamp, of(a, "contractor").camp());
        assertEquals(hostCamp, of(a, "patron").camp());
        int other = of(a, "mission").camp();
        assertEquals(2, other);
        assertEquals(other, of(a, "council").camp());
        assertEquals(other, of(a, "envoy").camp());
        assertEquals(other, of(a, "critic").camp(), "the envoy's state stands with the envoy");
        assertEquals(0, of(a, "bystander").camp());
    }

    @Test
    void stanceCountsDirectTiesAndOneStepOfAlliance() {
        Analysis a = service.analyze(twoSides(List.of()), List.of("host"));
        assertEquals(1.0, of(a, "host").stance());
        assertTrue(of(a, "mission").stance() < -0.5, a.toString());
        assertTrue(of(a, "contractor").stance() > 0.5);
        assertTrue(of(a, "patron").stance() > 0, "the friend of a friend leans toward the focus");
        assertTrue(of(a, "council").stance() < 0, "the friend of an adversary leans against the focus");
        assertEquals(0.0, of(a, "bystander").stance());
    }

    @Test
    void defaultFocusIsTheMostCentralNonPerson() {
        Analysis a = service.analyze(twoSides(List.of()), List.of());
        assertTrue(List.of("host", "mission").contains(a.focus().get(0)), a.focus().toString());
        assertThrows(IllegalArgumentException.class, () -> service.analyze(twoSides(List.of()), List.of("nobody")));
        assertEquals(List.of("host"), service.analyze(twoSides(List.of()), List.of("Host")).focus(), "by name too");
    }

    @Test
    void influenceAndQuadrants() {
        Analysis a = service.analyze(twoSides(List.of()), List.of("host"));
        ActorAnalysis host = of(a, "host");
        assertEquals(1.0, host.influence(), 0.001, "the most influential is scaled to 1");
        assertEquals(Quadrant.MANAGE_CLOSELY, host.quadrant());
        assertTrue(of(a, "bystander").influence() < 0.5);
        assertEquals(Quadrant.MONITOR, of(a, "bystander").quadrant());
        assertEquals("host", a.actors().get(0).actor(), "sorted by influence");
        for (ActorAnalysis x : a.actors()) {
            assertEquals(Quadrant.of(x.influence(), x.interest()), x.quadrant());
            assertTrue(x.influence() >= 0 && x.influence() <= 1 && x.interest() >= 0 && x.interest() <= 1);
        }
    }

    @Test
    void explanationsGiveTheReasons() {
        Analysis a = service.analyze(twoSides(List.of()), List.of("host"));
        String why = of(a, "mission").explanation();
        assertTrue(why.startsWith("influence "), why);
        assertTrue(why.contains("3 relations (0 as initiator)"), why);
        assertTrue(why.contains("conflict with Host (expel)"), why);
        assertTrue(why.contains("camp 2 (against the focal actors)"), why);
        assertTrue(of(a, "bystander").explanation().contains("no tie with the focal actors"));
    }

    @Test
    void assessmentsOverrideAndAreMarked() {
        Dossier d = twoSides(List.of(new Assessment("bystander", 0.9, 0.8, -0.4, "controls the only port")));
        Analysis a = service.analyze(d, List.of("host"));
        ActorAnalysis b = of(a, "bystander");
        assertEquals(0.9, b.influence());
        assertEquals(0.8, b.interest());
        assertEquals(-0.4, b.stance());
        assertEquals(Quadrant.MANAGE_CLOSELY, b.quadrant());
        assertTrue(b.overridden());
        assertEquals("power, interest, stance", b.assessed());
        assertTrue(b.explanation().contains("(analyst's assessment)"), b.explanation());
        assertTrue(b.explanation().contains("controls the only port"), b.explanation());
        assertTrue(!of(a, "host").overridden());
    }

    @Test
    void emptyDossier() {
        Analysis a = service.analyze(Dossier.empty(), List.of());
        assertTrue(a.actors().isEmpty());
    }
}
