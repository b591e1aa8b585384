package dev.parley.cli.internal;

import dev.parley.launch.Main;
import dev.parley.launch.Trust;
import dev.parley.model.spi.CommandContext;
import dev.parley.model.spi.CommandName;
import dev.parley.model.spi.ParleyCommand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** {@code parley install PATH... [--trust]}: add bundles to the workbench, checked first. */
@Component(service = ParleyCommand.class)
@CommandName("install")
public final class InstallCommand implements ParleyCommand {

    private final BundleContext context;

    @Activate
    public InstallCommand(BundleContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "install";
    }

    @Override
    public String summary() {
        return "Install extra bundles (jars, folders or .zip archives of jars), checked before they run";
    }

    @Override
    public String help() {
        return """
                Usage: parley install PATH... [--trust]

                Installs bundle jars, the jars in a folder, or the jars in a .zip archive into
                plugins/ of the installation, where they start now and on every later start.
                Before anything is installed, each jar is checked:
                  - it is an OSGi bundle (a Bundle-SymbolicName in META-INF/MANIFEST.MF);
                  - no installed bundle has the same symbolic name;
                  - it is trusted: signed by a certificate in conf/trust/, or its SHA-256 is
                    listed in conf/trusted-bundles, or you pass --trust;
                  - its requirements resolve against what is installed.
                If any check fails, nothing is installed and the reasons are printed. On
                success it prints what the bundles provide (importers, exporters, commands).

                Options:
                  --trust  trust these exact files: their SHA-256 digests are added to
                           conf/trusted-bundles, so they also start on later runs. Use it only
                           for files whose origin you know.
                """;
    }

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args, new String[][] {}, new String[][] {{"--trust"}});
        if (a.positional().isEmpty()) {
            throw new UsageException("give at least one bundle jar, folder or .zip archive");
        }
        Path home = Paths.get(context.getProperty(Main.HOME));
        Path plugins = home.resolve("plugins");
        Trust trust = new Trust(home);
        Path unpacked = Files.createTempDirectory("parley-install");
        try {
            List<Path> jars = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            for (String p : a.positional()) {
                collect(ctx.resolve(p), p, unpacked, jars, errors);
            }
            List<String> names = new ArrayList<>();
            for (Path jar : jars) {
                String why = dev.parley.launch.PluginCheck.problem(jar, context, trust, a.flag("--trust"), names);
                if (why != null) {
                    errors.add(jar.getFileName() + ": " + why);
                }
            }
            if (!errors.isEmpty()) {
                errors.forEach(e -> ctx.err().println("parley install: " + e));
                ctx.err().println("parley install: nothing was installed");
                return FAILED;
            }
            // install where they will live, resolve them all, and undo everything if one fails
            List<Bundle> installed = new ArrayList<>();
            try {
                for (Path jar : jars) {
                    try (InputStream in = Files.newInputStream(jar)) {
                        installed.add(context.installBundle(plugins.resolve(jar.getFileName()).toUri().toString(), in));
                    }
                }
                context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(installed);
                List<String> missing = new ArrayList<>();
                for (Bundle b : installed) {
                    if (b.getState() == Bundle.INSTALLED) {
                        for (String m : Requirements.missing(context, b)) {
                            missing.add(b.getSymbolicName() + " needs " + m);
                        }
                    }
                }
                if (!missing.isEmpty()) {
                    undo(installed);
                    missing.forEach(m -> ctx.err().println("parley install: " + m));
                    ctx.err().println("parley install: nothing was installed");
                    return FAILED;
                }
                Files.createDirectories(plugins);
                for (Path jar : jars) {
                    Path tmp = Files.createTempFile(plugins, ".install-", ".part");
                    Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, plugins.resolve(jar.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                    if (a.flag("--trust")) {
                        trust.trust(jar, "installed with --trust: " + jar.getFileName());
                    }
                }
                for (Bundle b : installed) {
                    if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                        b.start();
                    }
                }
            } catch (BundleException | IOException | RuntimeException e) {
                undo(installed);
                ctx.err().println("parley install: " + Cli.describe(e) + "; nothing was installed");
                return FAILED;
            }
            for (Bundle b : installed) {
                ctx.out().println("Installed " + b.getSymbolicName() + " " + b.getVersion() + provides(b));
            }
            return OK;
        } finally {
            try (Stream<Path> s = Files.walk(unpacked)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void undo(List<Bundle> installed) {
        for (Bundle b : installed) {
            try {
                b.uninstall();
            } catch (BundleException | IllegalStateException e) {
                // already gone
            }
        }
    }

    /** The jars a path stands for: a jar, a folder of jars, or a .zip archive of jars. */
    private static void collect(Path p, String shown, Path unpacked, List<Path> jars, List<String> errors)
            throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.list(p)) {
                s.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(jars::add);
            }
        } else if (!Files.isRegularFile(p)) {
            errors.add(shown + ": no such file");
        } else if (shown.endsWith(".zip")) {
            try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(p))) {
                ZipEntry e;
                while ((e = zin.getNextEntry()) != null) {
                    String n = Paths.get(e.getName()).getFileName().toString();
                    if (!e.isDirectory() && n.endsWith(".jar")) {
                        Path out = unpacked.resolve(n);
                        Files.copy(zin, out, StandardCopyOption.REPLACE_EXISTING);
                        jars.add(out);
                    }
                }
            }
        } else {
            jars.add(p);
        }
    }

    /** What a started bundle offers, in words. */
    private static String provides(Bundle b) {
        ServiceReference<?>[] refs = b.getRegisteredServices();
        if (refs == null || refs.length == 0) {
            return "; it provides no services";
        }
        List<String> out = new ArrayList<>();
        for (ServiceReference<?> r : refs) {
            for (String cls : (String[]) r.getProperty(Constants.OBJECTCLASS)) {
                String what = switch (cls) {
                    case "dev.parley.model.spi.Importer" -> "importer " + r.getProperty("parley.importer.name");
                    case "dev.parley.model.spi.ParleyCommand" -> "command " + r.getProperty("parley.command.name");
                    case "dev.parley.model.analysis.Exporter", "dev.parley.model.report.ReportExporter" -> "exporter";
                    default -> cls.substring(cls.lastIndexOf('.') + 1);
                };
                out.add(what);
            }
        }
        return "; it provides: " + String.join(", ", out);
    }
}
