package dev.parley.cli.internal;

import dev.parley.launch.Main;
import dev.parley.launch.Trust;
import dev.parley.model.spi.CommandContext;
import dev.parley.model.spi.CommandName;
import dev.parley.model.spi.ParleyCommand;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** {@code parley features}: the features and the extra bundles, with their states. */
@Component(service = ParleyCommand.class)
@CommandName("features")
public final class FeaturesCommand implements ParleyCommand {

    private final BundleContext context;

    @Activate
    public FeaturesCommand(BundleContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "features";
    }

    @Override
    public String summary() {
        return "List the features (groups of bundles) and the extra bundles installed";
    }

    @Override
    public String help() {
        return """
                Usage: parley features

                Lists each feature of the installation (features/NAME.feature: name, version,
                description) with the state of its bundles, then the extra bundles in plugins/
                with their state and why they are trusted.
                """;
    }

    private String state(String bsn) {
        for (Bundle b : context.getBundles()) {
            if (bsn.equals(b.getSymbolicName())) {
                return BundlesCommand.state(b);
            }
        }
        return "not installed";
    }

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        if (!args.isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        Path home = Paths.get(context.getProperty(Main.HOME));
        try (Stream<Path> s = Files.list(home.resolve("features"))) {
            for (Path f : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".feature")).sorted()::iterator) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                ctx.out().println(p.getProperty("name") + " " + p.getProperty("version", "") + " - "
                        + p.getProperty("description", ""));
                for (String bsn : (p.getProperty("bundles", "") + "," + p.getProperty("on-demand", "")).split("[,\\s]+")) {
                    if (!bsn.isBlank()) {
                        ctx.out().printf("    %-45s %s%n", bsn, state(bsn));
                    }
                }
            }
        }
        ctx.out().println("extras (plugins/):");
        Trust trust = new Trust(home);
        boolean any = false;
        for (Bundle b : context.getBundles()) {
            if (b.getLocation().contains("/plugins/")) {
                any = true;
                Path jar = Paths.get(java.net.URI.create(b.getLocation()));
                String why = Files.isRegularFile(jar) ? trust.reason(jar) : null;
                ctx.out().printf("    %-45s %-18s %s; %s%n", b.getSymbolicName(), b.getVersion(), BundlesCommand.state(b),
                        why == null ? "not trusted" : "trusted: " + why);
            }
        }
        if (!any) {
            ctx.out().println("    (none)");
        }
        return OK;
    }
}
