package dev.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void enumsUseTheirJsonNames() {
        assertEquals("armed_group", ActorType.ARMED_GROUP.id());
        assertEquals(ActorType.POLITICAL_GROUP, ActorType.of("political_group"));
        assertEquals(Polarity.CONFLICT, Polarity.of("conflict"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActorType.of("militia"));
        assertTrue(e.getMessage().contains("'militia'") && e.getMessage().contains("armed_group"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Polarity.of("hostile"));
    }

    @Test
    void recordsAreImmutableCopies() {
        List<String> aliases = new ArrayList<>(List.of("Freedonian government"));
        Actor a = new Actor("f", "Freedonia", ActorType.STATE, aliases, null, null, "FRE", null);
        aliases.add("changed later");
        assertEquals(List.of("Freedonian government"), a.aliases());
        assertThrows(UnsupportedOperationException.class, () -> a.aliases().add("x"));
        assertEquals(List.of(), a.mentions());
        assertEquals(ActorType.OTHER, new Actor("x", "X", null, null, null, null, null, null).type());
    }

    @Test
    void valuesOutsideTheirScalesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Relation("r", "a", "b", Polarity.CONFLICT, "fight", -10.5, null, null));
        assertEquals(10.0, new Relation("r", "a", "b", Polarity.COOPERATION, "ally", 10, null, null).weight());
        assertThrows(IllegalArgumentException.class, () -> new Assessment("a", 1.2, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Assessment("a", null, null, -1.01, null));
        assertThrows(IllegalArgumentException.class, () -> new Mention("s", 5, 4));
        assertThrows(NullPointerException.class, () -> new Quote("q", null, "t", "s", 0, 1));
    }

    @Test
    void problemsReadLikeCompilerMessages() {
        assertEquals("a.csv:3:7: bad number", new Problem("a.csv", 3, 7, Problem.Severity.ERROR, "bad number").toString());
        assertEquals("a.txt at offset 12: warning: odd byte",
                new Problem("a.txt", 0, 12, Problem.Severity.WARNING, "odd byte").toString());
        assertEquals("b.txt: the file is empty", Problem.error("b.txt", "the file is empty").toString());
        assertTrue(ImportResult.failed("x", "no").failed());
        assertEquals(false, new ImportResult(null, List.of(Problem.warning("x", "hm"))).failed());
    }

    @Test
    void dossierLooksUpById() {
        Actor a = new Actor("f", "Freedonia", ActorType.STATE, null, null, null, null, null);
        Dossier d = new Dossier(null, List.of(a), null, null, null);
        assertEquals(a, d.actor("f").orElseThrow());
        assertTrue(d.actor("g").isEmpty());
        assertTrue(Dossier.empty().isEmpty());
    }
}
