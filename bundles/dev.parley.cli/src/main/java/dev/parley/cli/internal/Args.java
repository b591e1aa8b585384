package dev.parley.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: options (each with its aliases, with or without a value) and positional
 * arguments. {@code --} ends the options; {@code --opt=value} and {@code --opt value} both work.
 */
final class Args {
    private final Map<String, String> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    /**
     * @param valued options that take a value, each entry the canonical name followed by aliases,
     *               e.g. {@code {"--dossier", "-d"}}
     * @param flags  options without a value, likewise
     */
    static Args parse(List<String> args, String[][] valued, String[][] flags) throws UsageException {
        Args a = new Args();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                a.positional.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            String canonical = find(valued, name);
            if (canonical != null) {
                String value = inline;
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (a.values.containsKey(canonical)) {
                    throw new UsageException("option " + canonical + " given twice");
                }
                a.values.put(canonical, value);
                continue;
            }
            canonical = find(flags, name);
            if (canonical != null && inline == null) {
                a.values.put(canonical, "true");
                continue;
            }
            throw new UsageException("unknown option " + name);
        }
        return a;
    }

    private static String find(String[][] table, String name) {
        for (String[] names : table) {
            if (Set.of(names).contains(name)) {
                return names[0];
            }
        }
        return null;
    }

    /** Two option tables as one. */
    static String[][] concat(String[][] a, String[][] b) {
        String[][] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    String value(String option) {
        return values.get(option);
    }

    boolean flag(String option) {
        return values.containsKey(option);
    }

    List<String> positional() {
        return positional;
    }
}
