package dev.parley.benchmarks.text;

import dev.parley.knowledge.internal.DefaultGazetteer;
import dev.parley.model.Dossier;
import dev.parley.model.knowledge.Gazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Two builds of the text importer in one JVM, each from its own class loader, timed in alternate rounds over the
 * same articles: on a shared machine the speed of separate JVMs moves by 10-20% from run to run, while two builds
 * that take turns every few hundred milliseconds meet the same load. Prints each build's median MB/s and the
 * median of the paired ratios (B's speed over A's) with its quartiles.
 *
 * <p>Usage: {@code ImporterAB A B [ROUNDS] [FOLDER]}, where A and B are the importer's jar or class folder of each
 * build. The build loaded second can run a few percent slower on varied prose (where the compiled code is
 * placed), so {@code benchmarks/text-importer/ab} runs the pair in both orders and combines them.
 */
public final class ImporterAB {

    private ImporterAB() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ImporterAB A B [ROUNDS] [FOLDER]   (A, B: importer jars or class folders)");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        List<String> articles = articles(args.length > 3 ? Path.of(args[3]) : null);
        long bytes = 0;
        for (String a : articles) {
            bytes += a.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        Gazetteer gazetteer = new DefaultGazetteer((Path) null);
        Build a;
        Build b;
        try {
            a = new Build(Path.of(args[0]), gazetteer);
            b = new Build(Path.of(args[1]), gazetteer);
        } catch (IllegalArgumentException | ClassNotFoundException e) {
            System.err.println("ImporterAB: " + (e instanceof ClassNotFoundException
                    ? "no text importer in " + args[0] + " or " + args[1] : e.getMessage()));
            System.exit(2);
            return;
        }
        double warmup = Double.parseDouble(System.getProperty("warmup.seconds", "30"));
        if (warmup < 30) {
            // two builds double the JIT's work: after 10 s, one copy may still run interpreted code
            System.out.println("warning: a warm-up under 30 s can leave one build half compiled; its ratio may be wild");
        }
        long end = System.nanoTime() + (long) (warmup * 1e9);
        long sink = 0;
        while (System.nanoTime() < end) {
            sink += a.run(articles) + b.run(articles);
        }
        double[] ta = new double[rounds];
        double[] tb = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            // each round changes which build goes first, so that neither always runs right after the other
            boolean aFirst = r % 2 == 0;
            long t0 = System.nanoTime();
            sink += aFirst ? a.run(articles) : b.run(articles);
            long t1 = System.nanoTime();
            sink += aFirst ? b.run(articles) : a.run(articles);
            long t2 = System.nanoTime();
            ta[r] = (aFirst ? t1 - t0 : t2 - t1) / 1e9;
            tb[r] = (aFirst ? t2 - t1 : t1 - t0) / 1e9;
        }
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratio[r] = ta[r] / tb[r];
        }
        double mb = bytes / 1e6;
        System.out.printf(Locale.ROOT, "%d articles, %.2f MB; %d paired rounds after %.0f s of warm-up%n", articles.size(),
                mb, rounds, warmup);
        System.out.printf(Locale.ROOT, "A %s: %.2f MB/s%nB %s: %.2f MB/s%n", args[0], mb / median(ta), args[1],
                mb / median(tb));
        System.out.printf(Locale.ROOT, "B/A speed, paired: median %.3f (quartiles %.3f %.3f)   (checksum %d)%n",
                median(ratio), quantile(ratio, 0.25), quantile(ratio, 0.75), sink);
    }

    /** One build of the importer, loaded apart from the other: its own classes and lexicon files. */
    private static final class Build {
        private final Object importer;
        private final Method extract;

        Build(Path location, Gazetteer gazetteer) throws ReflectiveOperationException, MalformedURLException {
            if (!Files.exists(location)) {
                throw new IllegalArgumentException("no importer build at " + location);
            }
            ClassLoader loader = new OwnFirst(location.toUri().toURL(), ImporterAB.class.getClassLoader());
            Class<?> type = loader.loadClass("dev.parley.importer.text.internal.TextImporter");
            importer = type.getConstructor(Gazetteer.class).newInstance(gazetteer);
            extract = type.getMethod("extractText", String.class, String.class);
        }

        long run(List<String> articles) {
            long n = 0;
            try {
                for (String a : articles) {
                    Dossier d = (Dossier) extract.invoke(importer, a, "a");
                    n += d.actors().size() + d.relations().size() + d.quotes().size();
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            return n;
        }
    }

    /**
     * Loads the importer's own classes and files from its location before asking the parent, which has the
     * current build on its class path; the model, the gazetteer and the libraries come from the parent, shared.
     */
    private static final class OwnFirst extends URLClassLoader {
        private static final String OWN = "dev.parley.importer.text.";
        private static final String OWN_FILES = "dev/parley/importer/text/";

        OwnFirst(URL location, ClassLoader parent) {
            super(new URL[] {location}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(OWN)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = name.startsWith(OWN_FILES) ? findResource(name) : null;
            return own != null ? own : super.getResource(name);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            URL url = getResource(name);
            try {
                return url == null ? null : url.openStream();
            } catch (IOException e) {
                return null;
            }
        }
    }

    private static List<String> articles(Path folder) {
        List<String> out = new ArrayList<>();
        if (folder == null) {
            Random r = new Random(42);
            for (int i = 0; i < 300; i++) {
                out.add(TextImporterBenchmark.article(r));
            }
            return out;
        }
        try (var files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".txt")).sorted()::iterator) {
                out.add(Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no .txt articles in " + folder);
        }
        return out;
    }

    private static double median(double[] v) {
        return quantile(v, 0.5);
    }

    private static double quantile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.round(q * (s.length - 1)))];
    }
}
