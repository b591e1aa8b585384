package dev.parley.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/** The checks an extra bundle passes before it is installed, by 'parley install' and by hot deploy. */
public final class PluginCheck {
    private PluginCheck() {
    }

    /**
     * Why the jar may not be installed, or null when it may: it must be a jar with a
     * Bundle-SymbolicName, whose name no installed bundle (nor one in {@code alsoTaken}) has, and it
     * must be trusted unless {@code trusted} says the user vouches for it.
     */
    public static String problem(Path jar, BundleContext context, Trust trust, boolean trusted,
                                 Collection<String> alsoTaken) throws IOException {
        String bsn;
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest mf = jf.getManifest();
            bsn = mf == null ? null : mf.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
        } catch (IOException e) {
            return "not a jar: " + e.getMessage();
        }
        if (bsn == null) {
            return "not an OSGi bundle: no Bundle-SymbolicName in META-INF/MANIFEST.MF";
        }
        String name = bsn.split(";")[0].strip();
        for (Bundle b : context.getBundles()) {
            if (name.equals(b.getSymbolicName())) {
                return "a bundle named " + name + " " + b.getVersion() + " is already installed"
                        + (b.getLocation().contains("/plugins/") ? " (run 'parley uninstall " + name + "' first)" : "");
            }
        }
        if (alsoTaken.contains(name)) {
            return "given twice (" + name + ")";
        }
        alsoTaken.add(name);
        if (!trusted && trust.reason(jar) == null) {
            return "not trusted: it is not signed by a certificate in conf/trust/ and its SHA-256 (" + Trust.sha256(jar)
                    + ") is not in conf/trusted-bundles; pass --trust to 'parley install' to trust this file";
        }
        return null;
    }
}
