package dev.parley.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts this bundle (built classes, bnd's manifest) in Felix with SCR, the model, the map bundle,
 * Gson and PDFBox: the four exporters and the Briefing view are registered; without the map bundle
 * the view stays (its map reference is optional) while the HTML and PDF exporters, which need it, go.
 */
class ReportBundleFrameworkTest {

    private static final String VIEW = "dev.parley.model.ui.ViewContribution";
    private static final String EXPORTER = "dev.parley.model.report.ReportExporter";

    @Test
    void exportersAndTheViewFollowTheMapService() throws Exception {
        Path storage = Files.createTempDirectory("report-felix");
        Framework felix = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
                .newFramework(Map.of(Constants.FRAMEWORK_STORAGE, storage.toString(),
                        Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        felix.start();
        try {
            BundleContext ctx = felix.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (String artifact : List.of("org.osgi.util.function", "org.osgi.util.promise", "org.osgi.service.component",
                    "org.apache.felix.scr", "dev.parley.model", "gson", "commons-logging", "pdfbox-io", "fontbox",
                    "pdfbox")) {
                bundles.add(ctx.installBundle(location(artifact)));
            }
            Bundle map = ctx.installBundle(location("dev.parley.map"));
            bundles.add(map);
            Path classes = Path.of("target", "classes").toAbsolutePath();
            assertTrue(Files.isRegularFile(classes.resolve("META-INF/MANIFEST.MF")), "bnd-process wrote no manifest");
            Bundle report = ctx.installBundle("reference:" + classes.toUri());
            bundles.add(report);
            for (Bundle b : bundles) {
                b.start();
            }
            assertEquals(Bundle.ACTIVE, report.getState());
            assertEquals(4, count(ctx, EXPORTER, "(objectClass=" + EXPORTER + ")", 4));
            String briefing = "(component.name=" + ReportViewContribution.class.getName() + ")";
            assertEquals(1, count(ctx, VIEW, briefing, 1));
            ServiceReference<?> ref = ctx.getAllServiceReferences(VIEW, briefing)[0];
            Object view = ctx.getService(ref);
            // the model's classes here are not the ones the bundle wires to, so call by reflection
            assertEquals("parley.report", view.getClass().getMethod("id").invoke(view));
            assertEquals("Briefing", view.getClass().getMethod("title").invoke(view));
            ctx.ungetService(ref);
            map.stop();
            assertEquals(2, count(ctx, EXPORTER, "(objectClass=" + EXPORTER + ")", 2), "Markdown and JSON stay");
            assertEquals(1, count(ctx, VIEW, briefing, 1), "the view does without maps");
        } finally {
            felix.stop();
            felix.waitForStop(10_000);
            try (Stream<Path> files = Files.walk(storage)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Services matching a filter, after waiting up to ten seconds for {@code expected} of them. */
    private static int count(BundleContext ctx, String type, String filter, int expected) throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        while (true) {
            ServiceReference<?>[] refs = ctx.getAllServiceReferences(type, filter);
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
            if ((name.matches(java.util.regex.Pattern.quote(artifactId) + "-\\d.*\\.jar"))
                    || (name.equals("classes") && module != null && module.getFileName().toString().equals(artifactId))) {
                return "reference:" + p.toUri();
            }
        }
        return fail(artifactId + " is not on the test class path");
    }
}
