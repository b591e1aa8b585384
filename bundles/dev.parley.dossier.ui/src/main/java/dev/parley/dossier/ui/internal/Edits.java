package dev.parley.dossier.ui.internal;

import dev.parley.model.Dossier;
import dev.parley.model.ui.Workbench;
import java.util.function.UnaryOperator;

/**
 * Runs a view's change as one undoable workbench edit. The change is tried on the current dossier
 * first, so a refused change (a bad weight, an empty name) reaches the analyst as a message and
 * never as an exception out of an event handler.
 */
final class Edits {

    private final Workbench workbench;

    Edits(Workbench workbench) {
        this.workbench = workbench;
    }

    /** @return true when the dossier changed */
    boolean apply(String label, UnaryOperator<Dossier> change) {
        Dossier before = workbench.dossier();
        Dossier after;
        try {
            after = change.apply(before);
        } catch (IllegalArgumentException e) {
            error(label, e.getMessage());
            return false;
        }
        if (after == before) {
            return false;
        }
        try {
            // The workbench applies the change to the dossier it holds then, normally the same one.
            workbench.edit(label, d -> d == before ? after : change.apply(d));
            return true;
        } catch (RuntimeException e) {
            error(label, e.getMessage() == null ? e.toString() : e.getMessage());
            return false;
        }
    }

    /** Tells the analyst why something could not be done: a dialog in the window, else the status line. */
    void error(String action, String message) {
        workbench.status(action + " failed: " + message);
        if (workbench.frame() != null) {
            workbench.showError(action, message);
        }
    }
}
