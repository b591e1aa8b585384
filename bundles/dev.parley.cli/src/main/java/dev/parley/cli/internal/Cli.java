package dev.parley.cli.internal;

import dev.parley.launch.Main;
import dev.parley.model.spi.CommandContext;
import dev.parley.model.spi.ParleyCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@code parley} command line: global options, help, and dispatch to the
 * {@link ParleyCommand} services of every bundle.
 */
@Component(service = Main.class)
public final class Cli implements Main {

    /** Commands by name; a command registered with its name as a property is started only when run. */
    private final Map<String, Entry> commands = new ConcurrentHashMap<>();
    private final Path home;
    private final Path workingDirectory;
    private final BundleContext context;

    /** A command, or how to get it. */
    private record Entry(ServiceReference<ParleyCommand> reference, ParleyCommand command) {
    }

    @Activate
    public Cli(BundleContext context) {
        this(path(context.getProperty(Main.HOME), "."), path(context.getProperty(Main.WORKING_DIRECTORY), ""), context);
    }

    Cli(Path home, Path workingDirectory) {
        this(home, workingDirectory, null);
    }

    private Cli(Path home, Path workingDirectory, BundleContext context) {
        this.home = home;
        this.workingDirectory = workingDirectory;
        this.context = context;
    }

    private static Path path(String value, String fallback) {
        return Paths.get(value == null ? fallback : value).toAbsolutePath();
    }

    @Reference(service = ParleyCommand.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindCommand(ServiceReference<ParleyCommand> reference) {
        Object name = reference.getProperty("parley.command.name");
        if (name != null) {
            commands.put(name.toString(), new Entry(reference, null));
            return;
        }
        ParleyCommand c = context.getService(reference);
        if (c != null) {
            commands.put(c.name(), new Entry(reference, c));
        }
    }

    void unbindCommand(ServiceReference<ParleyCommand> reference) {
        commands.values().removeIf(e -> reference.equals(e.reference()));
    }

    /** For tests: a command object directly. */
    void addCommand(ParleyCommand command) {
        commands.put(command.name(), new Entry(null, command));
    }

    void removeCommand(ParleyCommand command) {
        commands.values().removeIf(e -> e.command() == command);
    }

    /** The command of this name, started if need be; null when there is none (or it failed to start). */
    private ParleyCommand command(String name) {
        Entry e = commands.get(name);
        if (e == null) {
            return null;
        }
        if (e.command() != null) {
            return e.command();
        }
        return context == null ? null : context.getService(e.reference());
    }

    @Override
    public int run(List<String> args) {
        return run(args, System.in, System.out, System.err);
    }

    int run(List<String> argv, InputStream in, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(argv);
        boolean debug = args.remove("--debug");
        if (args.isEmpty()) {
            out.print(overview());
            return ParleyCommand.OK;
        }
        String first = args.get(0);
        switch (first) {
            case "--version", "-V" -> {
                out.println("Parley " + version());
                out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                        + "), OSGi framework " + frameworkVersion());
                return ParleyCommand.OK;
            }
            case "--help", "-h" -> {
                out.print(overview());
                return ParleyCommand.OK;
            }
            case "help" -> {
                return help(args.subList(1, args.size()), out, err);
            }
            default -> {
                // a command, handled below
            }
        }
        if (first.startsWith("-")) {
            err.println("parley: unknown option " + first + " (run 'parley --help')");
            return ParleyCommand.USAGE;
        }
        ParleyCommand command = command(first);
        if (command == null && commands.containsKey(first)) {
            err.println("parley: the command '" + first + "' could not start (run 'parley bundles' to see why)");
            return ParleyCommand.FAILED;
        }
        if (command == null) {
            err.println("parley: unknown command '" + first + "'" + suggestion(first) + " (run 'parley --help' for the list)");
            return ParleyCommand.USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.help());
            return ParleyCommand.OK;
        }
        CommandContext context = new Context(out, err, in, workingDirectory, home, debug);
        try {
            return command.run(List.copyOf(rest), context);
        } catch (UsageException e) {
            err.println("parley " + first + ": " + e.getMessage());
            err.println("Run 'parley help " + first + "' for usage.");
            return ParleyCommand.USAGE;
        } catch (Exception | LinkageError | StackOverflowError e) {
            err.println("parley " + first + ": " + describe(e));
            if (debug) {
                e.printStackTrace(err);
            } else {
                err.println("(run with --debug for details)");
            }
            return ParleyCommand.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    static String describe(Throwable e) {
        String msg = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + msg;
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + msg;
        }
        return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
    }

    private String suggestion(String typed) {
        String best = null;
        int bestDistance = 3;
        for (String name : commands.keySet()) {
            int d = distance(typed, name);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private int help(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            out.print(overview());
            return ParleyCommand.OK;
        }
        if (args.size() > 1) {
            err.println("parley help: give one command name");
            return ParleyCommand.USAGE;
        }
        String name = args.get(0);
        if (name.equals("help")) {
            out.print(HELP_HELP);
            return ParleyCommand.OK;
        }
        ParleyCommand command = command(name);
        if (command == null) {
            err.println("parley help: unknown command '" + name + "'" + suggestion(name));
            return ParleyCommand.USAGE;
        }
        out.print(command.help());
        return ParleyCommand.OK;
    }

    private static final String HELP_HELP = """
            Usage: parley help [COMMAND]

            Without COMMAND, lists every command. With COMMAND, shows its full help
            (the same as 'parley COMMAND --help').
            """;

    String overview() {
        Map<String, String> rows = new TreeMap<>();
        for (String name : commands.keySet()) {
            ParleyCommand c = command(name);
            rows.put(name, c == null ? "(could not start; see 'parley bundles')" : c.summary());
        }
        rows.put("help", "Show the help of a command");
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(4) + 3;
        StringBuilder sb = new StringBuilder();
        sb.append("Parley ").append(version()).append(" - stakeholder analysis for political, diplomatic and\n")
          .append("humanitarian analysts: actors, quotes and alignments from your sources.\n\n")
          .append("Usage: parley [--debug] COMMAND [ARGS...]\n")
          .append("       parley --version | --help | help COMMAND\n\n")
          .append("Commands:\n");
        rows.forEach((name, summary) -> sb.append("  ").append(name).append(" ".repeat(width - name.length()))
                .append(summary).append('\n'));
        sb.append("""

                Global options:
                  --debug       print stack traces with errors
                  -V, --version print the version and exit
                  -h, --help    print this help and exit (after a command: that command's help)

                Exit status: 0 success, 1 a file or input could not be processed, 2 usage error.
                """);
        return sb.toString();
    }

    static String version() {
        try (InputStream in = Cli.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String frameworkVersion() {
        org.osgi.framework.Bundle b = org.osgi.framework.FrameworkUtil.getBundle(Cli.class);
        if (b == null || b.getBundleContext() == null) {
            return "(none)";
        }
        org.osgi.framework.Bundle system = b.getBundleContext().getBundle(0);
        return system.getSymbolicName() + " " + system.getVersion();
    }

    /** The context commands get. */
    record Context(PrintStream out, PrintStream err, InputStream in, Path workingDirectory, Path home,
                   boolean debug) implements CommandContext {
    }
}
