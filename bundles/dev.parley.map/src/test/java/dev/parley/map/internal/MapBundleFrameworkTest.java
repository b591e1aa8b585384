package dev.parley.map.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parley.testkit.BundleFramework;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * Starts this bundle (built classes, bnd's manifest) in Felix with SCR and the model, and checks
 * that the map service, the three exporters and the map view are registered, and leave when it stops.
 */
class MapBundleFrameworkTest {

    private static final String MAP_SERVICE = "dev.parley.model.analysis.MapService";
    private static final String EXPORTER = "dev.parley.model.analysis.Exporter";
    private static final String VIEW = "dev.parley.model.ui.ViewContribution";

    @Test
    void servicesAndTheViewAreRegisteredWhileTheBundleRuns() throws Exception {
        try (BundleFramework fw = BundleFramework.withDeclarativeServices("dev.parley.model")) {
            Bundle map = fw.startThisModule();
            assertEquals(Bundle.ACTIVE, map.getState());
            assertNull(map.getHeaders().get(Constants.EXPORT_PACKAGE), "the bundle exports nothing");
            assertEquals(1, fw.count(MAP_SERVICE, 1));
            assertEquals(3, fw.count(EXPORTER, 3));
            assertEquals(1, fw.count(VIEW, 1));
            assertEquals("parley.map", fw.invoke(VIEW, null, "id"));
            assertEquals("Stakeholder map", fw.invoke(VIEW, null, "title"));
            map.stop();
            Set<String> left = new TreeSet<>();
            for (String type : List.of(MAP_SERVICE, EXPORTER, VIEW)) {
                if (fw.count(type, 0) > 0) {
                    left.add(type);
                }
            }
            assertEquals(Set.of(), left, "nothing stays registered once the bundle stops");
        }
    }
}
