package dev.parley.cli.internal;

import dev.parley.model.spi.CommandContext;
import dev.parley.model.spi.CommandName;
import dev.parley.model.spi.ParleyCommand;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** {@code parley shell}: the Gogo shell on the running workbench. */
@Component(service = ParleyCommand.class)
@CommandName("shell")
public final class ShellCommand implements ParleyCommand {

    static final String SHELL_BUNDLE = "org.apache.felix.gogo.shell";

    private final BundleContext context;

    @Activate
    public ShellCommand(BundleContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "shell";
    }

    @Override
    public String summary() {
        return "Open the OSGi (Gogo) shell on the running workbench";
    }

    @Override
    public String help() {
        return """
                Usage: parley shell

                Opens the Apache Felix Gogo shell on the same runtime, and watches plugins/:
                a trusted bundle jar dropped there is installed and started (after the checks
                of 'parley install'), and removing it uninstalls it. Parley's commands
                run there as 'parley COMMAND ARGS...' (e.g. 'parley bundles'), beside
                Gogo's own ('lb' lists bundles, 'help' lists shell commands). Type 'exit'
                or press Ctrl-D to leave; the workbench stops with the shell.
                """;
    }

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        if (!args.isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        Bundle shell = null;
        for (Bundle b : context.getBundles()) {
            if (SHELL_BUNDLE.equals(b.getSymbolicName())) {
                shell = b;
            }
        }
        if (shell == null) {
            ctx.err().println("parley shell: the Gogo shell bundle (" + SHELL_BUNDLE + ") is not installed");
            return FAILED;
        }
        Bundle system = context.getBundle(0);
        // a long session: watch plugins/ for bundles dropped in or removed
        // the checked installer first, so FileInstall's first scan already goes through it
        // the Gogo runtime (it picks up the Parley commands registered for it), then hot deploy
        for (String name : new String[] {"org.apache.felix.gogo.runtime", "org.apache.felix.gogo.command",
                "dev.parley.plugins", "org.apache.felix.fileinstall"}) {
            for (Bundle b : context.getBundles()) {
                if (name.equals(b.getSymbolicName())) {
                    try {
                        b.start(Bundle.START_TRANSIENT);
                    } catch (org.osgi.framework.BundleException e) {
                        ctx.err().println("parley shell: " + name + " did not start"
                                + (name.contains("gogo") ? "" : ", so hot deploy of plugins/ is off") + ": " + e.getMessage());
                    }
                }
            }
        }
        // Transient: the shell must not come back by itself on the next start of the workbench.
        shell.start(Bundle.START_TRANSIENT);
        while (shell.getState() == Bundle.ACTIVE && system.getState() == Bundle.ACTIVE) {
            Thread.sleep(100);
        }
        return OK;
    }
}
