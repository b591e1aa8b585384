package dev.parley.model.ui;

import dev.parley.model.Dossier;
import org.osgi.annotation.versioning.ConsumerType;

/** Hears changes of the open dossier and of the selection, on the event thread. */
@ConsumerType
public interface WorkbenchListener {

    /** A dossier was opened, created, imported into, edited, undone or redone. */
    default void dossierChanged(Dossier dossier) {
    }

    /**
     * The selection changed.
     *
     * @param origin the view or object that changed it (a view can ignore its own changes)
     */
    default void selectionChanged(Selection selection, Object origin) {
    }
}
