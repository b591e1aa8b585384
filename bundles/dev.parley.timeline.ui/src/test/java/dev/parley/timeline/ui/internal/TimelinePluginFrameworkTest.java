package dev.parley.timeline.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parley.testkit.BundleFramework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * The plugin as the workbench meets it: a real Felix with SCR and the model bundle runs first, then
 * this bundle (its built classes and bnd's manifest) is installed, its view service must appear,
 * and once it is uninstalled the service must be gone. A wrong import or component fails here.
 */
class TimelinePluginFrameworkTest {

    private static final String VIEW = "dev.parley.model.ui.ViewContribution";
    private static final String PERSPECTIVE = "dev.parley.model.ui.PerspectiveContribution";
    private static final String COMMAND = "dev.parley.model.ui.CommandContribution";
    private static final String FILTER = "(component.name=" + TimelineViewContribution.class.getName() + ")";

    private BundleFramework fw;

    @BeforeEach
    void boot() throws Exception {
        fw = BundleFramework.withDeclarativeServices("dev.parley.model");
    }

    @AfterEach
    void shutDown() throws Exception {
        fw.close();
    }

    @Test
    void installingThePluginAddsTheViewAndUninstallingRemovesIt() throws Exception {
        assertEquals(0, fw.count(VIEW, FILTER, 0), "no timeline before the plugin is installed");
        Bundle plugin = fw.startThisModule();
        assertEquals(Bundle.ACTIVE, plugin.getState());
        assertEquals("dev.parley.timeline.ui", plugin.getSymbolicName());
        assertNull(plugin.getHeaders().get(Constants.EXPORT_PACKAGE), "the plugin exports nothing");
        assertEquals(1, fw.count(VIEW, FILTER, 1));
        assertEquals("parley.timeline", fw.invoke(VIEW, FILTER, "id"));
        assertEquals("BOTTOM", String.valueOf(fw.invoke(VIEW, FILTER, "area")));
        assertEquals("parley.chronology", fw.invoke(PERSPECTIVE, null, "id"));
        assertEquals("parley.timeline.copy", fw.invoke(COMMAND, null, "id"));
        plugin.uninstall();
        assertEquals(0, fw.count(VIEW, FILTER, 0), "the view leaves with the plugin");
        assertEquals(0, fw.count(PERSPECTIVE, null, 0), "so does the perspective");
        assertEquals(0, fw.count(COMMAND, null, 0), "and the command");
    }
}
