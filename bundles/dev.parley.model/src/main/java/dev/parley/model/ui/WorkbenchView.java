package dev.parley.model.ui;

import javax.swing.JComponent;
import org.osgi.annotation.versioning.ConsumerType;

/** One open view: its component, and what to release when it closes. */
@ConsumerType
public interface WorkbenchView {

    /** The view's Swing component. */
    JComponent component();

    /**
     * Text the view shows, for automation and accessibility checks (e.g. the rows of a table, one
     * per line). The default is empty.
     */
    default String describe() {
        return "";
    }

    /** Called once when the view closes: remove listeners, stop timers. */
    default void dispose() {
    }
}
