package dev.parley.workbench.internal;

import dev.parley.model.spi.CommandContext;
import dev.parley.model.spi.ParleyCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Installs and uninstalls plugins through the command line's own {@code install} and
 * {@code uninstall} commands, so the window applies exactly the same checks (bundle, name, trust,
 * requirements) and keeps {@code plugins/} the same way.
 */
final class PluginActions {

    /** What a command printed, and whether it succeeded. */
    record Outcome(boolean ok, String out, String err) {
        String message() {
            String s = (out + err).strip();
            return s.isEmpty() ? (ok ? "done" : "failed") : s;
        }

        boolean untrusted() {
            return !ok && err.contains("not trusted");
        }
    }

    private PluginActions() {
    }

    static Outcome install(BundleContext ctx, Path jar, boolean trust) {
        return trust ? run(ctx, "install", List.of(jar.toString(), "--trust")) : run(ctx, "install", List.of(jar.toString()));
    }

    static Outcome uninstall(BundleContext ctx, String symbolicName) {
        return run(ctx, "uninstall", List.of(symbolicName));
    }

    static Outcome run(BundleContext ctx, String name, List<String> args) {
        Collection<ServiceReference<ParleyCommand>> refs;
        try {
            refs = ctx.getServiceReferences(ParleyCommand.class, "(parley.command.name=" + name + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        if (refs.isEmpty()) {
            return new Outcome(false, "", "the '" + name + "' command is not available (is dev.parley.cli running?)");
        }
        ServiceReference<ParleyCommand> ref = refs.iterator().next();
        ParleyCommand cmd = ctx.getService(ref);
        if (cmd == null) {
            return new Outcome(false, "", "the '" + name + "' command could not start");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int status = cmd.run(args, context(ctx, o, e));
            return new Outcome(status == ParleyCommand.OK, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        } catch (Exception ex) {
            return new Outcome(false, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8) + WorkbenchWindow.describe(ex));
        } finally {
            ctx.ungetService(ref);
        }
    }

    private static CommandContext context(BundleContext ctx, PrintStream out, PrintStream err) {
        Path home = Paths.get(property(ctx, "parley.home", "."));
        Path cwd = Paths.get(property(ctx, "parley.cwd", System.getProperty("user.dir")));
        return new CommandContext() {
            @Override
            public PrintStream out() {
                return out;
            }

            @Override
            public PrintStream err() {
                return err;
            }

            @Override
            public InputStream in() {
                return new ByteArrayInputStream(new byte[0]);
            }

            @Override
            public Path workingDirectory() {
                return cwd;
            }

            @Override
            public Path home() {
                return home;
            }

            @Override
            public boolean debug() {
                return false;
            }
        };
    }

    private static String property(BundleContext ctx, String key, String fallback) {
        String v = ctx.getProperty(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
