package dev.parley.benchmarks.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/** The baseline: a Felix framework with no bundles, started and stopped, in a fresh JVM. */
public final class BareFelix {
    private BareFelix() {
    }

    public static void main(String[] args) throws Exception {
        Path storage = Files.createTempDirectory("bare-felix-");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow();
        Framework framework = factory.newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
        framework.stop();
        framework.waitForStop(10_000);
        System.out.println("bare felix " + framework.getVersion());
        try (var s = Files.walk(storage)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        System.exit(0);
    }
}
