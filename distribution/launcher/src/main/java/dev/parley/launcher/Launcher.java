package dev.parley.launcher;

import dev.parley.launch.Main;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts Parley: embeds Felix, installs the bundles of the configured features from
 * {@code system/} and the extra bundles in {@code plugins/}, starts them, waits for the CLI
 * service and hands it the command line.
 *
 * <p>The framework cache is kept between runs (in {@code var/cache} of the installation, or a
 * per-user temporary folder when that is not writable) and cleaned whenever the set of bundle jars
 * changes, so a warm start only starts bundles instead of installing them.
 */
public final class Launcher {

    private static final long SERVICE_TIMEOUT_MS = 30_000;

    private final Path home;
    private final boolean debug;
    private final PrintStream err = System.err;

    Launcher(Path home, boolean debug) {
        this.home = home;
        this.debug = debug;
    }

    public static void main(String[] args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        int status;
        try {
            status = new Launcher(findHome(), debug).run(List.of(args));
        } catch (LaunchException e) {
            System.err.println("parley: " + e.getMessage());
            if (debug && e.getCause() != null) {
                e.getCause().printStackTrace();
            }
            status = 1;
        } catch (Exception e) {
            System.err.println("parley: could not start the workbench: " + e);
            if (debug) {
                e.printStackTrace();
            }
            status = 1;
        }
        System.out.flush();
        System.exit(status);
    }

    /** A start-up failure with a message for the user. */
    static final class LaunchException extends Exception {
        private static final long serialVersionUID = 1L;

        LaunchException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static Path findHome() throws LaunchException {
        String prop = System.getProperty(Main.HOME);
        if (prop != null && !prop.isBlank()) {
            return Paths.get(prop).toAbsolutePath().normalize();
        }
        try {
            Path jar = Paths.get(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent().toAbsolutePath().normalize();
        } catch (Exception e) {
            throw new LaunchException("cannot tell where Parley is installed; set -D" + Main.HOME, e);
        }
    }

    int run(List<String> args) throws Exception {
        Properties conf = readConf();
        List<Feature> features = readFeatures(conf);
        Map<String, Path> system = indexBundles(home.resolve("system"), home.resolve("var/system.index"));
        List<Path> start = new ArrayList<>();
        List<Path> onDemand = new ArrayList<>();
        // on-demand bundles that provide this run's command (or all of them, for help) start now, for this run only
        List<Path> startNow = new ArrayList<>();
        String command = commandWord(args);
        for (Feature f : features) {
            for (String bsn : f.bundles()) {
                start.add(require(system, bsn, f));
            }
            boolean wanted = f.commands().contains(command) || ("help".equals(command) && !f.commands().isEmpty())
                    || ("shell".equals(command) && !f.commands().isEmpty());
            for (String bsn : f.onDemand()) {
                Path jar = require(system, bsn, f);
                onDemand.add(jar);
                if (wanted) {
                    startNow.add(jar);
                }
            }
        }
        // extra bundles run only when trusted (conf/trust/, conf/trusted-bundles); others are reported
        dev.parley.launch.Trust trust = new dev.parley.launch.Trust(home);
        for (Path jar : listJars(home.resolve("plugins"))) {
            if (trust.reason(jar) != null) {
                start.add(jar);
            } else {
                err.println("parley: warning: plugins/" + jar.getFileName() + " is not trusted and was not started"
                        + " (install it with 'parley install --trust', list its SHA-256 in conf/trusted-bundles, or"
                        + " sign it with a certificate in conf/trust/)");
            }
        }
        List<Path> all = new ArrayList<>(start);
        all.addAll(onDemand);

        Map<String, String> props = new HashMap<>();
        for (String key : conf.stringPropertyNames()) {
            props.put(key, conf.getProperty(key));
        }
        props.put(Main.HOME, home.toString());
        props.put(Main.WORKING_DIRECTORY, Paths.get("").toAbsolutePath().toString());
        props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "dev.parley.launch;version=\"1.0.0\"");
        props.putIfAbsent("gosh.args", "");
        // hot deploy (FileInstall, started by long sessions such as the shell) watches plugins/
        props.putIfAbsent("felix.fileinstall.dir", home.resolve("plugins").toString());
        props.putIfAbsent("felix.fileinstall.poll", "1000");
        props.putIfAbsent("felix.fileinstall.noInitialDelay", "true");
        props.putIfAbsent("felix.fileinstall.filter", ".*\\.jar");
        props.putIfAbsent("felix.fileinstall.log.level", "1");
        Storage storage = Storage.open(home, stamp(all));
        props.put(Constants.FRAMEWORK_STORAGE, storage.dir().toString());
        if (!storage.reusable()) {
            props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        }

        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new LaunchException("no OSGi framework on the class path", null));
        Framework framework = factory.newFramework(props);
        try {
            framework.init();
            BundleContext ctx = framework.getBundleContext();
            Map<String, Bundle> installed = new HashMap<>();
            for (Bundle b : ctx.getBundles()) {
                installed.put(b.getLocation(), b);
            }
            List<Bundle> toStart = new ArrayList<>();
            for (Path jar : all) {
                String location = jar.toUri().toString();
                Bundle b = installed.get(location);
                if (b == null) {
                    try {
                        b = ctx.installBundle(location);
                    } catch (BundleException e) {
                        warn("cannot install " + home.relativize(jar) + ": " + e.getMessage(), e);
                        continue;
                    }
                }
                if (start.contains(jar) || startNow.contains(jar)) {
                    toStart.add(b);
                }
            }
            framework.start();
            for (Bundle b : toStart) {
                if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                    continue;
                }
                try {
                    if (onDemand.stream().anyMatch(j -> j.toUri().toString().equals(b.getLocation()))) {
                        // not persistent: the next run, for another command, does not start it again
                        b.start(Bundle.START_TRANSIENT);
                    } else {
                        b.start();
                    }
                } catch (BundleException e) {
                    String why = e.getType() == BundleException.RESOLVE_ERROR
                            ? "a requirement is missing" : firstLine(e.getMessage());
                    warn("bundle " + b.getSymbolicName() + " did not start: " + why
                            + " (run 'parley bundles' for details)", e);
                }
            }
            storage.commit();
            return runCommand(ctx, args);
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
            storage.close();
        }
    }

    /** The command a command line runs: its first word that is not an option; help for none. */
    static String commandWord(List<String> args) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                return "help";
            }
            if (!a.startsWith("-")) {
                return a;
            }
        }
        return "help";
    }

    private int runCommand(BundleContext ctx, List<String> args) throws Exception {
        ServiceTracker<Main, Main> tracker = new ServiceTracker<>(ctx, Main.class, null);
        tracker.open();
        try {
            Main main = tracker.waitForService(SERVICE_TIMEOUT_MS);
            if (main == null) {
                throw new LaunchException("the command-line bundle (dev.parley.cli) did not start within "
                        + SERVICE_TIMEOUT_MS / 1000 + " s; run 'parley --debug bundles' or check conf/", null);
            }
            return main.run(args);
        } finally {
            tracker.close();
        }
    }

    private void warn(String message, Exception e) {
        err.println("parley: warning: " + message);
        if (debug) {
            e.printStackTrace(err);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private Properties readConf() throws IOException {
        Properties conf = new Properties();
        Path file = home.resolve("conf/parley.properties");
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                conf.load(r);
            }
        }
        return conf;
    }

    private List<Feature> readFeatures(Properties conf) throws LaunchException, IOException {
        List<Feature> out = new ArrayList<>();
        for (String name : Feature.split(conf.getProperty("parley.features", "parley-core"))) {
            Path file = home.resolve("features").resolve(name + ".feature");
            if (!Files.isRegularFile(file)) {
                throw new LaunchException("feature '" + name + "' named in conf/parley.properties has no file "
                        + home.relativize(file), null);
            }
            out.add(Feature.read(file));
        }
        return out;
    }

    private Path require(Map<String, Path> system, String bsn, Feature f) throws LaunchException {
        Path p = system.get(bsn);
        if (p == null) {
            throw new LaunchException("feature '" + f.name() + "' needs bundle " + bsn
                    + ", which is not in " + home.resolve("system") + " (a broken installation?)", null);
        }
        return p;
    }

    /**
     * Symbolic name → jar, for every bundle jar in a folder, remembered in {@code index} (one line
     * per jar: file name, size, time, symbolic name) so that a start with the same jars reads no jar.
     * Any change of the folder's jars reads them again; an unwritable index is simply not kept.
     */
    static Map<String, Path> indexBundles(Path dir, Path index) throws IOException {
        List<Path> jars = listJars(dir);
        List<String> keys = new ArrayList<>();
        for (Path jar : jars) {
            keys.add(jar.getFileName() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|");
        }
        List<String> lines = List.of();
        try {
            lines = Files.isRegularFile(index) ? Files.readAllLines(index, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            // read the jars instead
        }
        if (lines.size() == jars.size()) {
            Map<String, Path> out = new LinkedHashMap<>();
            for (int i = 0; i < jars.size() && lines.get(i).startsWith(keys.get(i)); i++) {
                String bsn = lines.get(i).substring(keys.get(i).length());
                if (!bsn.isEmpty()) {
                    out.put(bsn, jars.get(i));
                }
                if (i == jars.size() - 1) {
                    return out;
                }
            }
        }
        Map<String, Path> out = indexBundles(dir);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < jars.size(); i++) {
            Path jar = jars.get(i);
            String bsn = out.entrySet().stream().filter(e -> e.getValue().equals(jar)).map(Map.Entry::getKey)
                    .findFirst().orElse("");
            text.append(keys.get(i)).append(bsn).append('\n');
        }
        try {
            Files.createDirectories(index.getParent());
            Path tmp = Files.createTempFile(index.getParent(), "system", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, index, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a read-only installation: read the jars on every start
        }
        return out;
    }

    /** Symbolic name → jar, for every bundle jar in a folder, read from their manifests. */
    static Map<String, Path> indexBundles(Path dir) throws IOException {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Path jar : listJars(dir)) {
            try (JarFile jf = new JarFile(jar.toFile())) {
                Manifest mf = jf.getManifest();
                String bsn = mf == null ? null : mf.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
                if (bsn != null) {
                    out.put(bsn.split(";")[0].trim(), jar);
                }
            }
        }
        return out;
    }

    static List<Path> listJars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    /**
     * Identifies the exact set of jars (path, size, time) and the Java version, so a cache made from
     * other jars is thrown away. Kept as plain text: no digest to compute (and no security
     * provider to load) on every start.
     */
    static String stamp(List<Path> jars) throws IOException {
        StringBuilder sb = new StringBuilder("java ").append(System.getProperty("java.version")).append('\n');
        for (Path jar : jars) {
            sb.append(jar).append('|').append(Files.size(jar)).append('|')
                    .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
        }
        return sb.toString();
    }

    /**
     * The framework's cache folder, held under a file lock. A second Parley running at the same
     * time gets a fresh temporary cache of its own rather than sharing a cache in use.
     */
    static final class Storage implements AutoCloseable {
        private final Path dir;
        private final boolean reusable;
        private final String stamp;
        private final FileChannel lockChannel;
        private final FileLock lock;
        private final boolean temporary;

        private Storage(Path dir, boolean reusable, String stamp, FileChannel lockChannel, FileLock lock,
                        boolean temporary) {
            this.dir = dir;
            this.reusable = reusable;
            this.stamp = stamp;
            this.lockChannel = lockChannel;
            this.lock = lock;
            this.temporary = temporary;
        }

        static Storage open(Path home, String stamp) throws IOException {
            String override = System.getProperty("parley.cache");
            Path base = override != null ? Paths.get(override) : home.resolve("var");
            if (!writable(base)) {
                base = Paths.get(System.getProperty("java.io.tmpdir"),
                        "parley-" + System.getProperty("user.name") + "-" + Integer.toHexString(home.hashCode()));
            }
            try {
                Files.createDirectories(base);
                FileChannel ch = FileChannel.open(base.resolve("cache.lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                FileLock lock = ch.tryLock();
                if (lock != null) {
                    Path dir = base.resolve("cache");
                    Path stampFile = base.resolve("cache.stamp");
                    boolean same = Files.isDirectory(dir) && Files.isRegularFile(stampFile)
                            && stamp.strip().equals(Files.readString(stampFile).strip());
                    if (!same) {
                        Files.deleteIfExists(stampFile);
                    }
                    return new Storage(dir, same, stamp, ch, lock, false);
                }
                ch.close();
            } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
                // Fall through to a private cache.
            }
            Path tmp = Files.createTempDirectory("parley-cache-");
            return new Storage(tmp, false, stamp, null, null, true);
        }

        private static boolean writable(Path base) {
            try {
                Files.createDirectories(base);
                return Files.isWritable(base);
            } catch (IOException e) {
                return false;
            }
        }

        Path dir() {
            return dir;
        }

        boolean reusable() {
            return reusable;
        }

        /** Marks the cache as matching the jars, once they are all installed. */
        void commit() throws IOException {
            if (!temporary && !reusable) {
                Files.writeString(dir.getParent().resolve("cache.stamp"), stamp);
            }
        }

        @Override
        public void close() throws IOException {
            if (lock != null) {
                lock.release();
                lockChannel.close();
            }
            if (temporary) {
                deleteTree(dir);
            }
        }

        private static void deleteTree(Path p) throws IOException {
            if (Files.isDirectory(p)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                    for (Path c : ds) {
                        deleteTree(c);
                    }
                }
            }
            Files.deleteIfExists(p);
        }
    }
}
