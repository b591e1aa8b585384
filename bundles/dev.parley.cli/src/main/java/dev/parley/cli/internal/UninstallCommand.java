package dev.parley.cli.internal;

import dev.parley.model.spi.CommandContext;
import dev.parley.model.spi.CommandName;
import dev.parley.model.spi.ParleyCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** {@code parley uninstall NAME}: remove an extra bundle. */
@Component(service = ParleyCommand.class)
@CommandName("uninstall")
public final class UninstallCommand implements ParleyCommand {

    private final BundleContext context;

    @Activate
    public UninstallCommand(BundleContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "uninstall";
    }

    @Override
    public String summary() {
        return "Remove an extra bundle installed with 'parley install'";
    }

    @Override
    public String help() {
        return """
                Usage: parley uninstall NAME...

                Stops and removes the extra bundles with these symbolic names (see 'parley
                features' or 'parley bundles', where extras are marked [plugin]) and deletes
                their jars from plugins/. Parley's own bundles cannot be uninstalled.
                """;
    }

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("give the symbolic name of the bundle to remove");
        }
        int status = OK;
        for (String name : args) {
            Bundle found = null;
            for (Bundle b : context.getBundles()) {
                if (name.equals(b.getSymbolicName())) {
                    found = b;
                }
            }
            if (found == null) {
                ctx.err().println("parley uninstall: no bundle named " + name);
                status = FAILED;
                continue;
            }
            if (!found.getLocation().contains("/plugins/")) {
                ctx.err().println("parley uninstall: " + name + " is part of Parley (system/) and stays");
                status = FAILED;
                continue;
            }
            Path jar = Paths.get(java.net.URI.create(found.getLocation()));
            found.uninstall();
            Files.deleteIfExists(jar);
            ctx.out().println("Uninstalled " + name + " (removed plugins/" + jar.getFileName() + ")");
        }
        return status;
    }
}
