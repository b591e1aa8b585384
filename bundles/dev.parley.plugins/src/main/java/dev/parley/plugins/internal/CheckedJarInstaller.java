package dev.parley.plugins.internal;

import dev.parley.launch.Main;
import dev.parley.launch.Trust;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Hot deploy for {@code plugins/} while the workbench runs (Felix FileInstall watches the folder):
 * a jar dropped there is installed and started only after the checks of {@code parley install}
 * (an OSGi bundle, a free name, trusted, resolvable); a bad jar is reported and nothing of it is
 * left installed. Removing the jar uninstalls its bundle; replacing it updates the bundle.
 */
@Component(service = ArtifactInstaller.class)
public final class CheckedJarInstaller implements ArtifactInstaller {

    private final BundleContext context;
    private final Path plugins;
    private final Trust trust;

    @Activate
    public CheckedJarInstaller(BundleContext context) {
        this.context = context;
        Path home = Paths.get(context.getProperty(Main.HOME));
        this.plugins = home.resolve("plugins").toAbsolutePath().normalize();
        this.trust = new Trust(home);
    }

    @Override
    public boolean canHandle(File artifact) {
        Path p = artifact.toPath().toAbsolutePath().normalize();
        return p.getParent() != null && p.getParent().equals(plugins) && p.getFileName().toString().endsWith(".jar");
    }

    private Bundle installed(File artifact) {
        return context.getBundle(artifact.toPath().toAbsolutePath().normalize().toUri().toString());
    }

    @Override
    public void install(File artifact) throws Exception {
        if (installed(artifact) != null) {
            return; // the launcher installed it at start
        }
        String why = dev.parley.launch.PluginCheck.problem(artifact.toPath(), context, trust, false,
                new java.util.ArrayList<>());
        if (why != null) {
            report("plugins/" + artifact.getName() + " was not installed: " + why);
            return;
        }
        Bundle b;
        try (InputStream in = Files.newInputStream(artifact.toPath())) {
            b = context.installBundle(artifact.toPath().toAbsolutePath().normalize().toUri().toString(), in);
        }
        context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(b));
        if (b.getState() == Bundle.INSTALLED) {
            b.uninstall();
            report("plugins/" + artifact.getName() + " was not installed: its requirements do not resolve"
                    + " (see 'parley install " + artifact.getName() + "' for the missing ones)");
            return;
        }
        if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
            b.start();
        }
        report("plugins/" + artifact.getName() + ": installed and started " + b.getSymbolicName() + " " + b.getVersion());
    }

    @Override
    public void update(File artifact) throws Exception {
        Bundle b = installed(artifact);
        if (b != null) {
            b.uninstall();
        }
        install(artifact);
    }

    @Override
    public void uninstall(File artifact) throws Exception {
        Bundle b = installed(artifact);
        if (b != null) {
            String name = b.getSymbolicName();
            try {
                b.uninstall();
                report("plugins/" + artifact.getName() + " removed: uninstalled " + name);
            } catch (BundleException | IllegalStateException e) {
                report("plugins/" + artifact.getName() + ": could not uninstall " + name + ": " + e.getMessage());
            }
        }
    }

    private static void report(String message) {
        System.err.println("parley: " + message);
    }
}
