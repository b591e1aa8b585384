package dev.parley.dossier.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parley.testkit.BundleFramework;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * Boots a real Felix with SCR, the model bundle and this bundle (its built classes and manifest),
 * and checks that the three views are registered as services, and leave when the bundle stops.
 * A broken manifest or a missing import fails here.
 */
class DossierViewsFrameworkTest {

    private static final String VIEW = "dev.parley.model.ui.ViewContribution";

    @Test
    void theThreeViewsAreServicesWhileTheBundleRuns() throws Exception {
        try (BundleFramework fw = BundleFramework.withDeclarativeServices("dev.parley.model")) {
            Bundle views = fw.startThisModule();
            assertEquals("dev.parley.dossier.ui", views.getSymbolicName());
            assertEquals(Bundle.ACTIVE, views.getState());
            assertNull(views.getHeaders().get(Constants.EXPORT_PACKAGE), "the bundle exports nothing");

            assertEquals(3, fw.count(VIEW, 3));
            assertEquals(Set.of("parley.actors", "parley.relations", "parley.sources"),
                    new TreeSet<>(fw.invokeEach(VIEW, null, "id")));
            views.stop();
            assertEquals(0, fw.count(VIEW, 0));
        }
    }
}
