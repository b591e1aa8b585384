package dev.parley.timeline.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The plugin as the workbench meets it: a real Felix with SCR and the model bundle runs first, then
 * this bundle (its built classes and bnd's manifest) is installed, its view service must appear,
 * and once it is uninstalled the service must be gone. A wrong import or component fails here.
 */
class TimelinePluginFrameworkTest {

    private static final String VIEW = "dev.parley.model.ui.ViewContribution";
    private static final String FILTER = "(component.name=" + TimelineViewContribution.class.getName() + ")";

    private Path storage;
    private Framework felix;

    @BeforeEach
    void boot() throws Exception {
        storage = Files.createTempDirectory("timeline-felix");
        felix = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
                .newFramework(Map.of(Constants.FRAMEWORK_STORAGE, storage.toString(),
                        Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        felix.start();
        List<Bundle> base = new ArrayList<>();
        for (String artifact : List.of("org.osgi.util.function", "org.osgi.util.promise", "org.osgi.service.component",
                "org.apache.felix.scr", "dev.parley.model")) {
            base.add(felix.getBundleContext().installBundle(location(artifact)));
        }
        for (Bundle b : base) {
            b.start();
        }
    }

    @AfterEach
    void shutDown() throws Exception {
        felix.stop();
        felix.waitForStop(10_000);
        try (Stream<Path> files = Files.walk(storage)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void installingThePluginAddsTheViewAndUninstallingRemovesIt() throws Exception {
        BundleContext ctx = felix.getBundleContext();
        assertEquals(0, views(ctx, 0), "no timeline before the plugin is installed");
        Path classes = Path.of("target", "classes").toAbsolutePath();
        assertTrue(Files.isRegularFile(classes.resolve("META-INF/MANIFEST.MF")), "bnd-process wrote no manifest");
        Bundle plugin = ctx.installBundle("reference:" + classes.toUri());
        plugin.start();
        assertEquals(Bundle.ACTIVE, plugin.getState());
        assertEquals("dev.parley.timeline.ui", plugin.getSymbolicName());
        assertNull(plugin.getHeaders().get(Constants.EXPORT_PACKAGE), "the plugin exports nothing");
        assertEquals(1, views(ctx, 1));
        ServiceReference<?> ref = ctx.getAllServiceReferences(VIEW, FILTER)[0];
        Object view = ctx.getService(ref);
        // the framework loads the model's classes on its own, so the service is called reflectively
        assertEquals("parley.timeline", view.getClass().getMethod("id").invoke(view));
        assertEquals("BOTTOM", String.valueOf(view.getClass().getMethod("area").invoke(view)));
        ctx.ungetService(ref);
        plugin.uninstall();
        assertEquals(0, views(ctx, 0), "the view leaves with the plugin");
    }

    /**
     * How many timeline views are registered, after waiting up to ten seconds for {@code expected}. All
     * references: the test's own copy of the model classes is not the one the bundles wire to.
     */
    private static int views(BundleContext ctx, int expected) throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        while (true) {
            ServiceReference<?>[] refs = ctx.getAllServiceReferences(VIEW, FILTER);
            int n = refs == null ? 0 : refs.length;
            if (n == expected || System.nanoTime() > until) {
                return n;
            }
            Thread.sleep(20);
        }
    }

    /** Where an artifact of the test class path is, as a bundle location (a jar, or classes with a manifest). */
    private static String location(String artifactId) throws IOException {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : path.split(File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            boolean jar = name.startsWith(artifactId + "-") && name.endsWith(".jar");
            boolean reactorClasses = name.equals("classes") && p.getParent() != null
                    && p.getParent().getParent() != null
                    && p.getParent().getParent().getFileName().toString().equals(artifactId);
            if (jar || reactorClasses) {
                return "reference:" + p.toUri();
            }
        }
        fail(artifactId + " is not on the test class path");
        throw new IOException(artifactId);
    }
}
