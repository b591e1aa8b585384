package dev.parley.benchmarks.text;

import dev.parley.importer.text.internal.TextImporter;
import dev.parley.knowledge.internal.DefaultGazetteer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The share of the text importer's time each pass takes, read from timers that {@code instrument-passes.py}
 * put in a copy of the importer (see benchmarks/text-importer/passes). A sampling profiler misplaces time
 * inside the importer's inlined code; timers around whole passes do not, at a cost of a few percent.
 *
 * <p>Usage: {@code PassTimes [ARTICLES] [ROUNDS] [FOLDER]}, with the instrumented classes first on the class path.
 */
public final class PassTimes {
    private PassTimes() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> articles = new ArrayList<>();
        if (args.length > 2) {
            try (var files = Files.list(Path.of(args[2]))) {
                for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".txt")).sorted()::iterator) {
                    articles.add(Files.readString(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (articles.isEmpty()) {
                System.err.println("passes: no .txt articles in " + args[2]);
                System.exit(2);
            }
        } else {
            Random r = new Random(42);
            for (int i = 0; i < count; i++) {
                articles.add(TextImporterBenchmark.article(r));
            }
        }
        Class<?> timers;
        try {
            timers = Class.forName("dev.parley.importer.text.internal.T");
        } catch (ClassNotFoundException e) {
            System.err.println("passes: the importer on the class path has no timers; run benchmarks/text-importer/passes");
            System.exit(2);
            return;
        }
        Method reset = timers.getMethod("reset");
        Method sums = timers.getMethod("sums");
        TextImporter importer = new TextImporter(new DefaultGazetteer((Path) null));
        double warmup = Double.parseDouble(System.getProperty("warmup.seconds", "30"));
        long sink = 0;
        long w0 = System.nanoTime();
        while ((System.nanoTime() - w0) / 1e9 < warmup) {
            for (String a : articles) {
                sink += importer.extractText(a, "a").actors().size();
            }
        }
        reset.invoke(null);
        long bytes = 0;
        long t0 = System.nanoTime();
        for (int k = 0; k < rounds; k++) {
            for (String a : articles) {
                sink += importer.extractText(a, "a").actors().size();
                bytes += a.length();
            }
        }
        long all = System.nanoTime() - t0;
        long imports = (long) rounds * articles.size();
        System.out.printf(Locale.ROOT, "%d imports of %d articles after %.0f s of warm-up: %.2f MB/s with the timers"
                + " (checksum %d)%n", imports, articles.size(), warmup, bytes / 1e6 / (all / 1e9), sink);
        System.out.printf(Locale.ROOT, "%7s %10s  %s%n", "share", "us/import", "step (share of extractText)");
        @SuppressWarnings("unchecked")
        Map<String, Long> times = (Map<String, Long>) sums.invoke(null);
        times.entrySet().stream()
                .sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .forEach(e -> System.out.printf(Locale.ROOT, "%6.1f%% %10.1f  %s%n", 100.0 * e.getValue() / all,
                        e.getValue() / 1e3 / imports, e.getKey()));
    }
}
