package dev.parley.map.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts this bundle (built classes, bnd's manifest) in Felix with SCR and the model, and checks
 * that the map service, the three exporters and the map view are registered, and leave when it stops.
 */
class MapBundleFrameworkTest {

    @Test
    void servicesAndTheViewAreRegisteredWhileTheBundleRuns() throws Exception {
        Path storage = Files.createTempDirectory("map-felix");
        Framework felix = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
                .newFramework(Map.of(Constants.FRAMEWORK_STORAGE, storage.toString(),
                        Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        felix.start();
        try {
            BundleContext ctx = felix.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (String artifact : List.of("org.osgi.util.function", "org.osgi.util.promise",
                    "org.osgi.service.component", "org.apache.felix.scr", "dev.parley.model")) {
                bundles.add(ctx.installBundle(location(artifact)));
            }
            Path classes = Path.of("target", "classes").toAbsolutePath();
            assertTrue(Files.isRegularFile(classes.resolve("META-INF/MANIFEST.MF")), "bnd-process wrote no manifest");
            Bundle map = ctx.installBundle("reference:" + classes.toUri());
            bundles.add(map);
            for (Bundle b : bundles) {
                b.start();
            }
            assertEquals(Bundle.ACTIVE, map.getState());
            assertNull(map.getHeaders().get(Constants.EXPORT_PACKAGE), "the bundle exports nothing");
            assertEquals(1, count(ctx, "dev.parley.model.analysis.MapService", 1));
            assertEquals(3, count(ctx, "dev.parley.model.analysis.Exporter", 3));
            assertEquals(1, count(ctx, "dev.parley.model.ui.ViewContribution", 1));
            ServiceReference<?> ref = ctx.getAllServiceReferences("dev.parley.model.ui.ViewContribution", null)[0];
            Object view = ctx.getService(ref);
            // the model's classes here are not the ones the bundle wires to, so call by reflection
            assertEquals("parley.map", view.getClass().getMethod("id").invoke(view));
            assertEquals("Stakeholder map", view.getClass().getMethod("title").invoke(view));
            ctx.ungetService(ref);
            map.stop();
            Set<String> left = new TreeSet<>();
            for (String type : List.of("dev.parley.model.analysis.MapService", "dev.parley.model.analysis.Exporter",
                    "dev.parley.model.ui.ViewContribution")) {
                if (count(ctx, type, 0) > 0) {
                    left.add(type);
                }
            }
            assertEquals(Set.of(), left, "nothing stays registered once the bundle stops");
        } finally {
            felix.stop();
            felix.waitForStop(10_000);
            try (Stream<Path> files = Files.walk(storage)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Services of a type, after waiting up to ten seconds for {@code expected} of them. */
    private static int count(BundleContext ctx, String type, int expected) throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        while (true) {
            ServiceReference<?>[] refs = ctx.getAllServiceReferences(type, null);
            int n = refs == null ? 0 : refs.length;
            if (n == expected || System.nanoTime() > until) {
                return n;
            }
            Thread.sleep(20);
        }
    }

    /** A test class path entry as a bundle location: the artifact's jar, or its reactor classes folder. */
    private static String location(String artifactId) {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : path.split(File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            Path module = p.getParent() == null ? null : p.getParent().getParent();
            if ((name.startsWith(artifactId + "-") && name.endsWith(".jar"))
                    || (name.equals("classes") && module != null && module.getFileName().toString().equals(artifactId))) {
                return "reference:" + p.toUri();
            }
        }
        return fail(artifactId + " is not on the test class path");
    }
}
