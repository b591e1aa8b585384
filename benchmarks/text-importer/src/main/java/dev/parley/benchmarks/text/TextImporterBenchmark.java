package dev.parley.benchmarks.text;

import dev.parley.importer.text.internal.TextImporter;
import dev.parley.knowledge.internal.DefaultGazetteer;
import dev.parley.model.Dossier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Throughput of the text importer (one thread, MB of article text per second) against a bare JDK
 * {@link BreakIterator} word scan over the same text, and the heap after importing thousands of
 * articles. Articles are generated from templates with names from a fixed seed, so every run reads
 * the same text.
 *
 * <p>Usage: {@code TextImporterBenchmark [ARTICLES] [ROUNDS] [FOLDER]} (see benchmarks/text-importer/run);
 * with a folder, its {@code .txt} articles are read in turn instead of generated ones.
 */
public final class TextImporterBenchmark {
    private TextImporterBenchmark() {
    }

    private static final String[] STATES = {"Mali", "Niger", "Chad", "Sudan", "Kenya", "Ethiopia", "Somalia",
        "Nigeria", "Ghana", "Senegal", "France", "Russia", "China", "Turkey", "Egypt", "Qatar", "Uganda", "Rwanda",
        "Ukraine", "Poland", "Brazil", "India", "Japan", "Germany", "Algeria", "Morocco", "Libya", "Tunisia"};
    private static final String[] DEMONYMS = {"Malian", "Nigerien", "Chadian", "Sudanese", "Kenyan", "Ethiopian",
        "Somali", "Nigerian", "Ghanaian", "Senegalese", "French", "Russian", "Chinese", "Turkish", "Egyptian",
        "Qatari", "Ugandan", "Rwandan", "Ukrainian", "Polish", "Brazilian", "Indian", "Japanese", "German",
        "Algerian", "Moroccan", "Libyan", "Tunisian"};
    private static final String[] ORGS = {"the United Nations", "the African Union", "ECOWAS", "the European Union",
        "NATO", "the UN Security Council", "IGAD", "the Arab League", "MINUSMA", "MONUSCO", "the Wagner Group",
        "al-Shabaab", "the Rapid Support Forces", "M23"};
    private static final String[] FIRST = {"Amina", "Kwame", "Lena", "Ibrahim", "Sofia", "Dmitri", "Fatou",
        "Omar", "Grace", "Hassan", "Mariam", "Pierre", "Chen", "Ayodele", "Nadia", "Tomas"};
    private static final String[] LAST = {"Diallo", "Mensah", "Holm", "Sall", "Ortega", "Volkov", "Ndiaye",
        "Farouk", "Otieno", "Warsame", "Keita", "Laurent", "Wei", "Adebayo", "Haddad", "Novak"};
    private static final String[] TITLES = {"Foreign Minister", "President", "Defence Minister", "Prime Minister",
        "ambassador to the UN", "special envoy", "spokesman", "Colonel"};
    private static final String[] TEMPLATES = {
        "%S1 accused %S2 of violating the ceasefire on Tuesday, officials said.",
        "%D1 %T %P said the talks with %O had failed.",
        "\u201cWe will not accept any foreign troops on our soil,\u201d %P told reporters in the capital.",
        "%O imposed sanctions on %S2 after the vote, according to diplomats.",
        "%S1 and %S2 agreed to work with %O on a new monitoring mission.",
        "%P, %S1's %T, rejected the report and called for the withdrawal of %O.",
        "The %D2 government did not condemn the attack, but %S1 criticised %O.",
        "%S2 could seek support from %S1 if the fighting spreads, analysts warned.",
        "Fighting between %O and %D2 troops killed dozens near the border, the ministry said.",
        "\u201cThe situation is deteriorating every day,\u201d she said. \u201cWe need help now.\u201d",
        "Elections are scheduled for March 3, 2027, the electoral commission announced.",
        "%S1 sent troops to %S2 under a defence pact signed last year.",
    };

    static String article(Random r) {
        StringBuilder sb = new StringBuilder();
        sb.append(pick(r, STATES)).append(" talks stall as pressure mounts\n\n");
        int sentences = 18 + r.nextInt(14);
        for (int i = 0; i < sentences; i++) {
            int s1 = r.nextInt(STATES.length);
            int s2 = (s1 + 1 + r.nextInt(STATES.length - 1)) % STATES.length;
            String t = TEMPLATES[r.nextInt(TEMPLATES.length)]
                    .replace("%S1", STATES[s1]).replace("%S2", STATES[s2])
                    .replace("%D1", DEMONYMS[s1]).replace("%D2", DEMONYMS[s2])
                    .replace("%O", pick(r, ORGS)).replace("%T", pick(r, TITLES))
                    .replace("%P", pick(r, FIRST) + " " + pick(r, LAST));
            sb.append(Character.toUpperCase(t.charAt(0))).append(t.substring(1));
            sb.append(i % 3 == 2 ? "\n\n" : " ");
        }
        return sb.toString();
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Random r = new Random(42);
        List<String> articles = new ArrayList<>();
        long bytes = 0;
        List<String> real = new ArrayList<>();
        if (args.length > 2) {
            // a folder of .txt articles: the same prose, read again and again
            try (var files = java.nio.file.Files.list(Path.of(args[2]))) {
                for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".txt")).sorted()::iterator) {
                    real.add(java.nio.file.Files.readString(p));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        for (int i = 0; i < count; i++) {
            String a = real.isEmpty() ? article(r) : real.get(i % real.size());
            articles.add(a);
            bytes += a.getBytes(StandardCharsets.UTF_8).length;
        }
        double mb = bytes / 1e6;
        long t0 = System.nanoTime();
        TextImporter importer = new TextImporter(new DefaultGazetteer((Path) null));
        importer.extractText("Warm-up.", "warm-up");
        long t1 = System.nanoTime();
        String kind = real.isEmpty() ? "generated articles"
                : "articles (the " + real.size() + " of " + args[2] + ", in turn)";
        System.out.printf(Locale.ROOT, "%d %s, %.2f MB of text; gazetteer and lexicons ready in %.0f ms%n",
                count, kind, mb, (t1 - t0) / 1e6);
        System.out.println("Java " + Runtime.version() + ", garbage collector: " + String.join(" + ",
                java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(java.lang.management.GarbageCollectorMXBean::getName).toList()));
        // warm-up, not counted: both sides run until the JIT has compiled them (on two cores the
        // importer's large methods take many rounds): at least two rounds and WARMUP seconds, and then on
        // until a round passes in which the JIT spent under 1% of the round's time compiling (on varied
        // prose it goes on compiling for some 50 s), up to WARMUP_MAX seconds
        double warmup = Double.parseDouble(System.getProperty("warmup.seconds", "30"));
        double warmupMax = Math.max(warmup, Double.parseDouble(System.getProperty("warmup.max.seconds", "180")));
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
        long w0 = System.nanoTime();
        int warmRounds = 0;
        boolean settled = false;
        while (true) {
            double elapsed = (System.nanoTime() - w0) / 1e9;
            if (warmRounds >= 2 && elapsed >= warmup && (settled || !jitTimed || elapsed >= warmupMax)) {
                break;
            }
            long before = jitTimed ? jit.getTotalCompilationTime() : 0;
            long r0 = System.nanoTime();
            runImporter(importer, articles);
            runWordScan(articles);
            runWordSplit(articles);
            warmRounds++;
            long roundMillis = (System.nanoTime() - r0) / 1_000_000;
            settled = jitTimed && (jit.getTotalCompilationTime() - before) * 100 < roundMillis;
        }
        System.out.printf(Locale.ROOT, "warm-up: %d rounds in %.1f s (not counted)%s%n", warmRounds,
                (System.nanoTime() - w0) / 1e9, !jitTimed ? ""
                        : settled ? "; the JIT compiled for under 1% of its last round"
                        : "; the JIT was still compiling when it ended (WARMUP_MAX)");
        double[] imp = new double[rounds];
        double[] scan = new double[rounds];
        double[] split = new double[rounds];
        long sink = 0;
        for (int i = 0; i < rounds; i++) {
            long a = System.nanoTime();
            sink += runImporter(importer, articles);
            long b = System.nanoTime();
            sink += runWordScan(articles);
            long c = System.nanoTime();
            sink += runWordSplit(articles);
            long e = System.nanoTime();
            imp[i] = mb / ((b - a) / 1e9);
            scan[i] = mb / ((c - b) / 1e9);
            split[i] = mb / ((e - c) / 1e9);
            System.out.printf(Locale.ROOT, "round %d  importer %7.2f MB/s   BreakIterator boundaries %7.2f MB/s"
                    + "   BreakIterator words split out %7.2f MB/s%n", i + 1, imp[i], scan[i], split[i]);
        }
        double mi = median(imp);
        double ms = median(scan);
        double mw = median(split);
        System.out.printf(Locale.ROOT, "median   importer %7.2f MB/s   BreakIterator boundaries %7.2f MB/s (ratio %.2f)"
                + "   words split out %7.2f MB/s (ratio %.2f)   targets: >= 2 MB/s, ratio >= 0.20%n",
                mi, ms, mi / ms, mw, mi / mw);
        // memory stays flat over thousands of imports
        Runtime rt = Runtime.getRuntime();
        for (int k = 1; k <= 5; k++) {
            for (String a : articles) {
                sink += importer.extractText(a, "a").actors().size();
            }
            System.gc();
            System.out.printf(Locale.ROOT, "after %6d imports: heap used %.1f MB%n", k * count,
                    (rt.totalMemory() - rt.freeMemory()) / 1e6);
        }
        System.out.println("(checksum " + sink + ")");
    }

    private static long runImporter(TextImporter importer, List<String> articles) {
        long n = 0;
        for (String a : articles) {
            Dossier d = importer.extractText(a, "a");
            n += d.actors().size() + d.relations().size() + d.quotes().size();
        }
        return n;
    }

    private static long runWordScan(List<String> articles) {
        long n = 0;
        BreakIterator it = BreakIterator.getWordInstance(Locale.ENGLISH);
        for (String a : articles) {
            it.setText(a);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                if (Character.isLetterOrDigit(a.charAt(start))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The same scan, also cutting each word out as a string, as a word splitter hands them on. */
    private static long runWordSplit(List<String> articles) {
        long n = 0;
        BreakIterator it = BreakIterator.getWordInstance(Locale.ENGLISH);
        for (String a : articles) {
            List<String> words = new ArrayList<>();
            it.setText(a);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                if (Character.isLetterOrDigit(a.charAt(start))) {
                    words.add(a.substring(start, end));
                }
            }
            n += words.size();
        }
        return n;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
