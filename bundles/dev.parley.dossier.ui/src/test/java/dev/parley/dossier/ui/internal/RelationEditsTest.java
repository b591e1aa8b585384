package dev.parley.dossier.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.Dossier;
import dev.parley.model.Polarity;
import dev.parley.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationEditsTest {

    private final Dossier d = Fixtures.dossier();

    private static Relation relation(Dossier d, String id) {
        return d.relations().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void polarityCategoryAndWeightChangeOneRelation() {
        Dossier next = RelationEdits.setPolarity(d, "r4", Polarity.CONFLICT);
        assertEquals(Polarity.CONFLICT, relation(next, "r4").polarity());
        assertEquals(relation(d, "r4").evidence(), relation(next, "r4").evidence());
        assertEquals(relation(d, "r1"), relation(next, "r1"));

        next = RelationEdits.setCategory(next, "r4", " expel ");
        assertEquals("expel", relation(next, "r4").category());
        assertNull(relation(RelationEdits.setCategory(next, "r4", ""), "r4").category());

        next = RelationEdits.setWeight(next, "r4", -7.5);
        assertEquals(-7.5, relation(next, "r4").weight());
        assertEquals(List.of("r1", "r2", "r3", "r4"), next.relations().stream().map(Relation::id).toList());
        assertSame(d, RelationEdits.setWeight(d, "r1", 5));
        assertSame(d, RelationEdits.setPolarity(d, "r1", Polarity.COOPERATION));
    }

    @Test
    void weightOutsideTheScaleIsRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RelationEdits.setWeight(d, "r1", 12));
        assertEquals("A relation's weight must be from -10 (most conflictual) to +10 (most cooperative); "
                + "12 is outside that range.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RelationEdits.setWeight(d, "r1", -10.5));
        assertEquals(10.0, relation(RelationEdits.setWeight(d, "r1", 10), "r1").weight());
        e = assertThrows(IllegalArgumentException.class, () -> RelationEdits.parseWeight("strong"));
        assertTrue(e.getMessage().contains("'strong' is not a number"), e.getMessage());
        assertEquals(2.5, RelationEdits.parseWeight("+2,5"));
        assertEquals(-3.0, RelationEdits.parseWeight("\u22123"));
        assertThrows(IllegalArgumentException.class, () -> RelationEdits.setWeight(d, "r9", 1));
    }

    @Test
    void deleteRemovesOnlyTheGivenRelations() {
        Dossier next = RelationEdits.delete(d, List.of("r2", "r3"));
        assertEquals(List.of("r1", "r4"), next.relations().stream().map(Relation::id).toList());
        assertEquals(d.actors(), next.actors());
        assertSame(d, RelationEdits.delete(d, List.of("r9")));
    }

    @Test
    void evidenceTextComesFromTheEvidenceOrTheSourceSpan() {
        assertEquals("Norland and Sudria signed a border accord on 3 May.",
                RelationEdits.evidenceText(d, relation(d, "r1")));
        // r2's evidence holds only offsets.
        assertEquals("The Norland government criticised Sudria over the dam.",
                RelationEdits.evidenceText(d, relation(d, "r2")));
        assertEquals("", RelationEdits.evidenceText(d, relation(d, "r3")));
    }
}
