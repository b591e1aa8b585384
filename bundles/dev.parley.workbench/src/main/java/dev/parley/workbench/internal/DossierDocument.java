package dev.parley.workbench.internal;

import dev.parley.model.Dossier;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The open dossier with its undo and redo history. Dossiers are immutable, so a step is the dossier
 * before it; an edit that returns the same dossier records nothing. Not thread-safe: the window uses
 * it on the event thread.
 */
final class DossierDocument {

    static final int HISTORY = 200;

    private record Step(String label, Dossier dossier) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Dossier dossier = Dossier.empty();
    private Dossier saved = dossier;
    private Path file;

    Dossier dossier() {
        return dossier;
    }

    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    boolean dirty() {
        return dossier != saved;
    }

    /** Opens a dossier (or a new empty one with a null file): clears the history. */
    void open(Dossier d, Path from) {
        dossier = d;
        saved = d;
        file = from;
        undo.clear();
        redo.clear();
    }

    /** Applies a change as one step; returns false when nothing changed. */
    boolean edit(String label, UnaryOperator<Dossier> change) {
        Dossier next = change.apply(dossier);
        if (next == null || next == dossier || next.equals(dossier)) {
            return false;
        }
        undo.push(new Step(label, dossier));
        if (undo.size() > HISTORY) {
            undo.removeLast();
        }
        redo.clear();
        dossier = next;
        return true;
    }

    /** The dossier was written to a file. */
    void saved(Path to) {
        saved = dossier;
        file = to;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Label of the step Undo would take back, or null. */
    String undoLabel() {
        return undo.isEmpty() ? null : undo.peek().label();
    }

    String redoLabel() {
        return redo.isEmpty() ? null : redo.peek().label();
    }

    boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        Step s = undo.pop();
        redo.push(new Step(s.label(), dossier));
        dossier = s.dossier();
        return true;
    }

    boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        Step s = redo.pop();
        undo.push(new Step(s.label(), dossier));
        dossier = s.dossier();
        return true;
    }
}
