package dev.parley.model.ui;

import javax.swing.Icon;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view a bundle adds to the workbench. Register it as a service; the workbench calls
 * {@link #create} when a perspective shows the view (or the user opens it from the View menu) and
 * {@link WorkbenchView#dispose} when the view closes or its bundle stops.
 */
@ConsumerType
public interface ViewContribution {

    /** Unique id, e.g. {@code parley.actors}; perspectives name views by it. */
    String id();

    /** Tab title. */
    String title();

    /** The area the view opens in when no perspective places it. */
    default Area area() {
        return Area.MAIN;
    }

    /** A 16 x 16 tab icon, or null. */
    default Icon icon() {
        return null;
    }

    /** Makes a new instance of the view, on the event thread. */
    WorkbenchView create(Workbench workbench);
}
