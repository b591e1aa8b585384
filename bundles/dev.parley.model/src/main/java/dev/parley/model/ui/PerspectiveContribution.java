package dev.parley.model.ui;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/** A named arrangement of views, e.g. Analysis, Map or Report. Register it as a service. */
@ConsumerType
public interface PerspectiveContribution {

    /** Unique id, e.g. {@code parley.analysis}. */
    String id();

    /** Shown in the Window menu and the perspective switcher. */
    String label();

    /** Position among perspectives. */
    default int order() {
        return 500;
    }

    /**
     * The view ids shown in each area, in tab order. Views that are not installed are left out;
     * they appear when a bundle contributes them.
     */
    Map<Area, List<String>> layout();
}
