package dev.parley.model.ui;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A command a bundle adds to the workbench's menus, toolbar and key bindings. Register it as a
 * service. The workbench asks {@link #enabled} whenever the dossier or the selection changes.
 */
@ConsumerType
public interface CommandContribution {

    /** Unique id, e.g. {@code parley.file.open}. */
    String id();

    /** Menu label, e.g. {@code Open...}. */
    String label();

    /** The top-level menu it goes in ({@code File}, {@code Edit}, {@code View}, {@code Tools}, {@code Help}, or a new one), or null. */
    String menu();

    /** Position within the menu; a new group (separator) starts at every hundred. */
    default int order() {
        return 500;
    }

    /** True to also put it on the toolbar. */
    default boolean toolbar() {
        return false;
    }

    /** Key binding in {@link javax.swing.KeyStroke#getKeyStroke(String)} syntax, e.g. {@code ctrl O}, or null. */
    default String keyBinding() {
        return null;
    }

    /** Whether it can run now. */
    default boolean enabled(Workbench workbench) {
        return true;
    }

    /**
     * Runs the command on the event thread. Long work goes through {@link Workbench#run}. An
     * exception is shown to the user in a dialog naming the command.
     */
    void execute(Workbench workbench) throws Exception;
}
