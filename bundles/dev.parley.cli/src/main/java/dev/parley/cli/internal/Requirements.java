package dev.parley.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;
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

    /**
     * The mandatory requirements of an unresolved bundle that no resolved bundle offers, in words.
     */
    static List<String> missing(BundleContext context, Bundle b) {
        BundleRevision rev = b.adapt(BundleRevision.class);
        List<String> out = new ArrayList<>();
        if (rev == null) {
            return out;
        }
        List<BundleCapability> offered = new ArrayList<>();
        for (Bundle other : context.getBundles()) {
            BundleWiring w = other.adapt(BundleWiring.class);
            if (w != null) {
                offered.addAll(w.getCapabilities(null));
            }
        }
        for (BundleRequirement req : rev.getDeclaredRequirements(null)) {
            Map<String, String> dirs = req.getDirectives();
            if ("optional".equals(dirs.get(Constants.RESOLUTION_DIRECTIVE))
                    || "osgi.ee".equals(req.getNamespace())) {
                continue;
            }
            String filter = dirs.get(Constants.FILTER_DIRECTIVE);
            if (filter == null) {
                continue;
            }
            Filter f;
            try {
                f = FrameworkUtil.createFilter(filter);
            } catch (InvalidSyntaxException e) {
                continue;
            }
            boolean met = offered.stream().anyMatch(c -> c.getNamespace().equals(req.getNamespace())
                    && f.matches(c.getAttributes()));
            if (!met) {
                out.add(Requirements.describe(req.getNamespace(), filter));
            }
        }
        if (out.isEmpty()) {
            out.add("a requirement of a bundle it depends on (see that bundle)");
        }
        return out;
    }
}
