package dev.parley.testkit;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * An embedded OSGi framework for the in-framework test of a plugin: it boots the framework found on
 * the test class path (Felix) with a private storage folder, installs bundles that are on the test
 * class path by artifact id, installs the module under test from its {@code target/classes} (the
 * built classes with bnd's manifest), and waits for services to come and go. A wrong import, a
 * broken manifest or a component that does not activate fails the test.
 *
 * <p>The test's own copies of the Parley API classes are not the ones the bundles wire to, so
 * services are named by interface name and called reflectively ({@link #invoke}).
 *
 * <pre>{@code
 * try (BundleFramework fw = BundleFramework.withDeclarativeServices("dev.parley.model")) {
 *     Bundle plugin = fw.startThisModule();
 *     assertEquals(1, fw.count("dev.parley.model.ui.ViewContribution", 1));
 *     assertEquals("my.view", fw.invoke("dev.parley.model.ui.ViewContribution", null, "id"));
 *     plugin.stop();
 *     assertEquals(0, fw.count("dev.parley.model.ui.ViewContribution", 0));
 * }
 * }</pre>
 *
 * For more control, {@link #start()} boots an empty framework; {@link #install(String)} and
 * {@link #installThisModule()} install without starting, and {@link #startAll()} then starts them.
 *
 * <p>The module's pom needs, with test scope, the framework ({@code org.apache.felix.framework}) and
 * every artifact the test installs, e.g. {@code org.apache.felix.scr} and the three OSGi bundles of
 * {@link #DECLARATIVE_SERVICES}; run it after {@code process-classes} (surefire does), so that bnd has
 * written the manifest.
 */
public final class BundleFramework implements AutoCloseable {

    /** Artifact ids of Felix SCR and the OSGi bundles it needs, in a working install order. */
    public static final List<String> DECLARATIVE_SERVICES = List.of("org.osgi.util.function", "org.osgi.util.promise",
            "org.osgi.service.component", "org.apache.felix.scr");

    private static final long WAIT_NANOS = 10_000_000_000L;

    private final Path storage;
    private final Framework framework;
    private final List<Bundle> installed = new ArrayList<>();

    private BundleFramework(Path storage, Framework framework) {
        this.storage = storage;
        this.framework = framework;
    }

    /** Boots the framework of the test class path in a new temporary storage folder, with no bundles. */
    public static BundleFramework start() throws IOException, BundleException {
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new AssertionError("no OSGi framework on the test class path; "
                        + "add org.apache.felix.framework with test scope"));
        Path storage = Files.createTempDirectory("parley-felix");
        Framework framework = factory.newFramework(Map.of(Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        try {
            framework.start();
        } catch (BundleException | RuntimeException e) {
            delete(storage);
            throw e;
        }
        return new BundleFramework(storage, framework);
    }

    /**
     * Boots the framework and starts SCR ({@link #DECLARATIVE_SERVICES}) and these artifacts of the
     * test class path (e.g. {@code dev.parley.model}): the platform a plugin meets when it is installed.
     */
    public static BundleFramework withDeclarativeServices(String... artifactIds) throws IOException,
            BundleException {
        BundleFramework fw = start();
        try {
            fw.install(DECLARATIVE_SERVICES);
            fw.install(List.of(artifactIds));
            fw.startAll();
            return fw;
        } catch (BundleException | RuntimeException | Error e) {
            try {
                fw.close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The system bundle's context, for anything the helpers here do not cover. */
    public BundleContext context() {
        return framework.getBundleContext();
    }

    /** The framework's storage folder; {@link #close()} deletes it. */
    Path storage() {
        return storage;
    }

    /** Installs (without starting) the artifact of the test class path, see {@link #location}. */
    public Bundle install(String artifactId) throws BundleException {
        Bundle b = context().installBundle(location(artifactId));
        installed.add(b);
        return b;
    }

    /** Installs (without starting) these artifacts of the test class path, in this order. */
    public List<Bundle> install(List<String> artifactIds) throws BundleException {
        List<Bundle> bundles = new ArrayList<>();
        for (String a : artifactIds) {
            bundles.add(install(a));
        }
        return bundles;
    }

    /**
     * Installs (without starting) the module under test from {@code target/classes} of the working
     * directory, which must hold the manifest bnd-process wrote.
     */
    public Bundle installThisModule() throws BundleException {
        Path classes = Path.of("target", "classes").toAbsolutePath();
        if (!Files.isRegularFile(classes.resolve("META-INF/MANIFEST.MF"))) {
            throw new AssertionError("bnd-process wrote no manifest in " + classes);
        }
        Bundle b = context().installBundle("reference:" + classes.toUri());
        installed.add(b);
        return b;
    }

    /** Installs the module under test as {@link #installThisModule()} does, and starts it. */
    public Bundle startThisModule() throws BundleException {
        Bundle b = installThisModule();
        b.start();
        return b;
    }

    /**
     * Starts every bundle installed here and not uninstalled since, in the order they were installed.
     * Install everything first: a bundle resolves when it starts, against what is installed by then.
     */
    public void startAll() throws BundleException {
        for (Bundle b : installed) {
            if (b.getState() != Bundle.UNINSTALLED) {
                b.start();
            }
        }
    }

    /** Services of a type, after waiting up to ten seconds for there to be {@code expected} of them. */
    public int count(String type, int expected) throws InterruptedException {
        return count(type, null, expected);
    }

    /**
     * Services of a type that match an LDAP filter (null for all), after waiting up to ten seconds for
     * there to be {@code expected} of them; SCR registers and unregisters components asynchronously.
     */
    public int count(String type, String filter, int expected) throws InterruptedException {
        long until = System.nanoTime() + WAIT_NANOS;
        while (true) {
            int n = references(type, filter).length;
            if (n == expected || System.nanoTime() > until) {
                return n;
            }
            Thread.sleep(20);
        }
    }

    /**
     * Calls a public no-argument method on the one service of a type that matches the filter (null
     * for all), by reflection, and gives its result; fails unless there is exactly one such service.
     */
    public Object invoke(String type, String filter, String method) {
        ServiceReference<?>[] refs = references(type, filter);
        if (refs.length != 1) {
            throw new AssertionError("expected one " + type + (filter == null ? "" : " " + filter) + " service, found "
                    + refs.length);
        }
        return call(refs[0], method);
    }

    /**
     * Calls a public no-argument method on each service of a type that matches the filter (null for
     * all), by reflection, and gives the results in the framework's order of the services.
     */
    public List<Object> invokeEach(String type, String filter, String method) {
        List<Object> results = new ArrayList<>();
        for (ServiceReference<?> ref : references(type, filter)) {
            results.add(call(ref, method));
        }
        return results;
    }

    private Object call(ServiceReference<?> ref, String method) {
        Object service = context().getService(ref);
        if (service == null) {
            throw new AssertionError("the service " + ref + " went away or could not be created");
        }
        try {
            Method m = service.getClass().getMethod(method);
            // The implementation class may be package-private; its bundle's packages are open to us.
            m.trySetAccessible();
            return m.invoke(service);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new AssertionError(service.getClass().getName() + " has no public method " + method + "()", e);
        } catch (InvocationTargetException e) {
            throw new AssertionError(service.getClass().getName() + "." + method + "() failed: " + e.getCause(),
                    e.getCause());
        } finally {
            context().ungetService(ref);
        }
    }

    /** All references, not only those whose classes the test sees the way the bundles do. */
    private ServiceReference<?>[] references(String type, String filter) {
        try {
            ServiceReference<?>[] refs = context().getAllServiceReferences(type, filter);
            return refs == null ? new ServiceReference<?>[0] : refs;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("not an LDAP filter: " + filter, e);
        }
    }

    /**
     * An entry of the test class path as a bundle location: the artifact's jar
     * ({@code ARTIFACTID-VERSION.jar}, as from the local repository) or, in a reactor build, the
     * artifact's {@code ARTIFACTID/target/classes} folder. Fails when neither is there.
     */
    public static String location(String artifactId) {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Pattern jar = Pattern.compile(Pattern.quote(artifactId) + "-\\d.*\\.jar");
        for (String entry : path.split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.getFileName() == null) {
                continue;
            }
            String name = p.getFileName().toString();
            Path module = p.getParent() == null ? null : p.getParent().getParent();
            boolean reactorClasses = name.equals("classes") && module != null && module.getFileName() != null
                    && module.getFileName().toString().equals(artifactId);
            if (jar.matcher(name).matches() || reactorClasses) {
                return "reference:" + p.toUri();
            }
        }
        throw new AssertionError(artifactId + " is not on the test class path; add it to the pom with test scope");
    }

    /** Stops the framework, waiting up to ten seconds, and deletes its storage folder. */
    @Override
    public void close() throws BundleException, InterruptedException, IOException {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } finally {
            delete(storage);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
