package dev.parley.model.ui;

import dev.parley.model.Dossier;
import dev.parley.model.analysis.Analysis;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.JFrame;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The open workbench window, as views and commands see it. Call it on the event thread.
 */
@ProviderType
public interface Workbench {

    /** The open dossier (empty for a new one). */
    Dossier dossier();

    /** Where the dossier is saved, if it has been. */
    Optional<Path> file();

    /** True when the dossier has changes that are not saved. */
    boolean dirty();

    /**
     * Changes the dossier as one undoable step.
     *
     * @param label  what the change does, for the Undo menu ("Rename actor")
     * @param change the new dossier from the current one; returning the same dossier changes nothing
     */
    void edit(String label, UnaryOperator<Dossier> change);

    /** The analysis of the open dossier (influence, interest, stance, camps), computed when needed. */
    Analysis analysis();

    /** The current selection. */
    Selection selection();

    /**
     * Selects actors or relations everywhere.
     *
     * @param origin the view making the change; its listener is told too, with this origin
     */
    void select(Selection selection, Object origin);

    void addListener(WorkbenchListener listener);

    void removeListener(WorkbenchListener listener);

    /**
     * Runs long work off the event thread with progress and a cancel button in the status bar.
     *
     * @param title  shown in the status bar, e.g. "Importing 3 files"
     * @param task   the work
     * @param onDone called on the event thread with the result if the task finished and was not
     *               cancelled; failures are shown to the user
     */
    <T> void run(String title, Task<T> task, Consumer<T> onDone);

    /** Imports files into the open dossier (in the background, as one undoable step). */
    void importFiles(List<Path> files);

    /** Brings a view to front, opening it in its default area if needed. */
    void showView(String id);

    /** Switches to a perspective. */
    void showPerspective(String id);

    /** Shows a message in the status bar. */
    void status(String message);

    /**
     * Tells the user about a failure: a dialog over the window (or, when a script drives the window,
     * a line on stderr, so the script never waits on a dialog).
     */
    void showError(String title, String message);

    /** The main window, as a parent for dialogs. */
    JFrame frame();
}
