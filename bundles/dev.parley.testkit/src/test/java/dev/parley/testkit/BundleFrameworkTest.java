package dev.parley.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The harness on itself: the test kit bundle, the model and SCR in Felix. */
class BundleFrameworkTest {

    @Test
    void installsThisModuleWithItsImportsAndDeletesTheStorageOnClose() throws Exception {
        Path storage;
        try (BundleFramework fw = BundleFramework.start()) {
            storage = fw.storage();
            assertTrue(Files.isDirectory(storage));
            List<Bundle> ds = fw.install(BundleFramework.DECLARATIVE_SERVICES);
            fw.install("dev.parley.model");
            Bundle kit = fw.installThisModule();
            fw.startAll();
            assertEquals("dev.parley.testkit", kit.getSymbolicName());
            assertEquals(Bundle.ACTIVE, kit.getState(), "the test kit's imports resolve");
            for (Bundle b : ds) {
                assertEquals(Bundle.ACTIVE, b.getState(), b.getSymbolicName());
            }
            assertEquals(1, fw.count("org.osgi.service.component.runtime.ServiceComponentRuntime", 1), "SCR runs");
        }
        assertFalse(Files.exists(storage), "the storage is deleted");
    }

    @Test
    void startsAPluginOnTopOfDeclarativeServices() throws Exception {
        try (BundleFramework fw = BundleFramework.withDeclarativeServices("dev.parley.model")) {
            assertEquals(1, fw.count("org.osgi.service.component.runtime.ServiceComponentRuntime", 1), "SCR runs");
            Bundle kit = fw.startThisModule();
            assertEquals(Bundle.ACTIVE, kit.getState());
        }
        assertThrows(AssertionError.class, () -> BundleFramework.withDeclarativeServices("no.such.artifact"));
    }

    @Test
    void countsServicesAndCallsThemByName() throws Exception {
        try (BundleFramework fw = BundleFramework.start()) {
            fw.context().registerService(CharSequence.class, "parley", FrameworkUtil.asDictionary(Map.of("n", "a")));
            fw.context().registerService(CharSequence.class, "map", FrameworkUtil.asDictionary(Map.of("n", "b")));
            assertEquals(2, fw.count(CharSequence.class.getName(), 2));
            assertEquals(1, fw.count(CharSequence.class.getName(), "(n=b)", 1));
            assertEquals(3, fw.invoke(CharSequence.class.getName(), "(n=b)", "length"));
            assertEquals(List.of("PARLEY"), fw.invokeEach(CharSequence.class.getName(), "(n=a)", "toUpperCase"));
            assertThrows(AssertionError.class, () -> fw.invoke(CharSequence.class.getName(), null, "length"),
                    "two services, not one");
            assertThrows(AssertionError.class, () -> fw.invoke(CharSequence.class.getName(), "(n=a)", "nothing"));
            assertThrows(IllegalArgumentException.class, () -> fw.count(CharSequence.class.getName(), "n=a", 1));
        }
    }

    @Test
    void anArtifactMissingFromTheClassPathIsNamed() {
        AssertionError e = assertThrows(AssertionError.class, () -> BundleFramework.location("no.such.artifact"));
        assertTrue(e.getMessage().startsWith("no.such.artifact is not on the test class path"), e.getMessage());
        assertTrue(BundleFramework.location("org.apache.felix.scr").startsWith("reference:file:"));
    }
}
