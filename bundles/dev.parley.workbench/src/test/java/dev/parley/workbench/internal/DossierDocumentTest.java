package dev.parley.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierDocumentTest {

    static Dossier with(String... names) {
        List<Actor> actors = new ArrayList<>();
        for (String n : names) {
            actors.add(new Actor(n.toLowerCase(), n, ActorType.STATE, List.of(), null, null, null, List.of()));
        }
        return new Dossier(List.of(), actors, List.of(), List.of(), List.of());
    }

    @Test
    void editsUndoAndRedoInOrderWithTheirLabels() {
        DossierDocument doc = new DossierDocument();
        Dossier start = with("Norland");
        doc.open(start, Path.of("case.parley"));
        assertFalse(doc.dirty());
        assertTrue(doc.edit("Add Sudria", d -> with("Norland", "Sudria")));
        assertTrue(doc.edit("Add Ostmark", d -> with("Norland", "Sudria", "Ostmark")));
        assertTrue(doc.dirty());
        assertEquals("Add Ostmark", doc.undoLabel());
        assertTrue(doc.undo());
        assertEquals(2, doc.dossier().actors().size());
        assertEquals("Add Ostmark", doc.redoLabel());
        assertTrue(doc.undo());
        assertSame(start, doc.dossier());
        assertFalse(doc.dirty(), "undoing back to the saved state is clean");
        assertFalse(doc.undo());
        assertTrue(doc.redo());
        assertTrue(doc.redo());
        assertEquals(3, doc.dossier().actors().size());
        assertFalse(doc.redo());
    }

    @Test
    void aNewEditClearsRedoAndANoOpEditRecordsNothing() {
        DossierDocument doc = new DossierDocument();
        doc.open(with("Norland"), null);
        doc.edit("One", d -> with("Norland", "Sudria"));
        doc.undo();
        assertTrue(doc.canRedo());
        doc.edit("Two", d -> with("Norland", "Ostmark"));
        assertFalse(doc.canRedo());
        assertFalse(doc.edit("Nothing", d -> d));
        assertFalse(doc.edit("Equal", d -> with("Norland", "Ostmark")), "an equal dossier is no change");
        assertEquals("Two", doc.undoLabel());
    }

    @Test
    void savingMarksCleanAndOpeningClearsTheHistory() {
        DossierDocument doc = new DossierDocument();
        doc.open(Dossier.empty(), null);
        doc.edit("Add", d -> with("Norland"));
        doc.saved(Path.of("a.parley"));
        assertFalse(doc.dirty());
        assertEquals(Path.of("a.parley"), doc.file().orElseThrow());
        doc.undo();
        assertTrue(doc.dirty(), "undoing past the save is a change");
        doc.open(with("Sudria"), Path.of("b.parley"));
        assertFalse(doc.canUndo());
        assertNull(doc.undoLabel());
    }

    @Test
    void historyIsBounded() {
        DossierDocument doc = new DossierDocument();
        doc.open(Dossier.empty(), null);
        for (int i = 0; i < DossierDocument.HISTORY + 50; i++) {
            String name = "S" + i;
            doc.edit("Add " + name, d -> with(name));
        }
        int undone = 0;
        while (doc.undo()) {
            undone++;
        }
        assertEquals(DossierDocument.HISTORY, undone);
    }
}
