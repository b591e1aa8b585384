package dev.parley.cli.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an OSGi requirement filter into a sentence a user can act on. */
final class Requirements {
    private Requirements() {
    }

    private static final Pattern ATTR = Pattern.compile("\\(([\\w.:-]+)(>=|<=|=)([^)]*)\\)");
    private static final Pattern NOT_ATTR = Pattern.compile("\\(!\\(([\\w.:-]+)(>=|<=|=)([^)]*)\\)\\)");

    static String describe(String namespace, String filter) {
        String name = value(filter, namespace);
        String lower = null;
        String upper = null;
        boolean upperInclusive = true;
        Matcher m = ATTR.matcher(NOT_ATTR.matcher(filter).replaceAll(""));
        while (m.find()) {
            if (m.group(1).equals("version") || m.group(1).equals("bundle-version")) {
                if (m.group(2).equals(">=")) {
                    lower = m.group(3);
                } else if (m.group(2).equals("<=")) {
                    upper = m.group(3);
                }
            }
        }
        Matcher n = NOT_ATTR.matcher(filter);
        while (n.find()) {
            if ((n.group(1).equals("version") || n.group(1).equals("bundle-version")) && n.group(2).equals(">=")) {
                upper = n.group(3);
                upperInclusive = false;
            }
        }
        String range = "";
        if (lower != null && upper != null) {
            range = " version " + lower + " up to " + (upperInclusive ? "and including " : "but not including ") + upper;
        } else if (lower != null) {
            range = " version " + lower + " or later";
        }
        String what = switch (namespace) {
            case "osgi.wiring.package" -> "package " + name;
            case "osgi.wiring.bundle" -> "bundle " + value(filter, "osgi.wiring.bundle");
            case "osgi.service" -> "service " + value(filter, "objectClass");
            case "osgi.extender" -> "extender " + name + " (e.g. Declarative Services)";
            default -> namespace + " " + (name == null ? filter : name);
        };
        return what + range + ", which no installed bundle provides";
    }

    private static String value(String filter, String attribute) {
        Matcher m = ATTR.matcher(filter);
        while (m.find()) {
            if (m.group(1).equals(attribute) && m.group(2).equals("=")) {
                return m.group(3);
            }
        }
        return null;
    }
}
