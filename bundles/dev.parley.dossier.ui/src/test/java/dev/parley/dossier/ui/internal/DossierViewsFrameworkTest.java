package dev.parley.dossier.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
 * Boots a real Felix with SCR, the model bundle and this bundle (its built classes and manifest),
 * and checks that the three views are registered as services, and leave when the bundle stops.
 * A broken manifest or a missing import fails here.
 */
class DossierViewsFrameworkTest {

    private static final String VIEW = "dev.parley.model.ui.ViewContribution";

    /** The jar on the test class path that holds a class, found without loading the class. */
    private static String jarOf(String className) {
        URL url = DossierViewsFrameworkTest.class.getClassLoader().getResource(className.replace('.', '/') + ".class");
        assertTrue(url != null && url.getProtocol().equals("jar"), className + " is not in a jar on the class path");
        String s = url.toString();
        return s.substring("jar:".length(), s.indexOf("!/"));
    }

    @Test
    void theThreeViewsAreServicesWhileTheBundleRuns() throws Exception {
        Path storage = Files.createTempDirectory("dossier-ui-felix");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
                .newFramework(Map.of(Constants.FRAMEWORK_STORAGE, storage.toString(),
                        Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        try {
            framework.start();
            BundleContext ctx = framework.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (String c : List.of("org.osgi.util.function.Function", "org.osgi.util.promise.Promise",
                    "org.osgi.service.component.runtime.ServiceComponentRuntime",
                    "org.apache.felix.scr.impl.Activator", "dev.parley.model.Dossier")) {
                bundles.add(ctx.installBundle(jarOf(c)));
            }
            Path classes = Path.of("target", "classes").toAbsolutePath();
            assertTrue(Files.isRegularFile(classes.resolve("META-INF/MANIFEST.MF")), "bnd-process wrote no manifest");
            Bundle views = ctx.installBundle("reference:" + classes.toUri());
            bundles.add(views);
            for (Bundle b : bundles) {
                b.start();
            }
            assertEquals("dev.parley.dossier.ui", views.getSymbolicName());
            assertEquals(Bundle.ACTIVE, views.getState());
            assertEquals(null, views.getHeaders().get(Constants.EXPORT_PACKAGE), "the bundle exports nothing");

            assertEquals(Set.of("parley.actors", "parley.relations", "parley.sources"), viewIds(ctx, 3));
            views.stop();
            assertEquals(Set.of(), viewIds(ctx, 0));
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
            try (Stream<Path> s = Files.walk(storage)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The ids of the registered views, waiting up to ten seconds for SCR to register {@code expected} of them. */
    private static Set<String> viewIds(BundleContext ctx, int expected) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        ServiceReference<?>[] refs = ctx.getAllServiceReferences(VIEW, null);
        while ((refs == null ? 0 : refs.length) != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
            refs = ctx.getAllServiceReferences(VIEW, null);
        }
        Set<String> ids = new TreeSet<>();
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            Object view = ctx.getService(ref);
            // The model classes in the framework are not the test's own: all references, and reflection.
            ids.add((String) view.getClass().getMethod("id").invoke(view));
            ctx.ungetService(ref);
        }
        return ids;
    }
}
