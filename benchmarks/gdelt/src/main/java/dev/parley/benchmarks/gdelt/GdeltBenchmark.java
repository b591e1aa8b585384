package dev.parley.benchmarks.gdelt;

import dev.parley.importer.gdelt.internal.GdeltImporter;
import dev.parley.model.ImportResult;
import dev.parley.model.spi.ImportContext;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a GDELT 2.0-shaped file (default 1,000,000 rows: 500 actors with a dozen counterparts each,
 * 20 root codes) and imports
 * it on one thread, printing rows/s, MB/s and the peak heap. Run with -Xmx512m to check the bound.
 */
public final class GdeltBenchmark {
    private GdeltBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Files.createTempFile("gdelt-bench", ".export.CSV");
        file.toFile().deleteOnExit();
        Random r = new Random(7);
        String[] countries = {"USA", "RUS", "UKR", "CHN", "FRA", "MLI", "NER", "SDN", "COD", "RWA"};
        String[] types = {"GOV", "MIL", "REB", "OPP", "IGO", "", "BUS", "NGO"};
        long t0 = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String[] f = new String[61];
            for (int i = 0; i < rows; i++) {
                Arrays.fill(f, "");
                // 500 actors, each with a dozen usual counterparts: about 120,000 dyads by root code
                int a1 = r.nextInt(500);
                int a2 = (a1 * 7 + 1 + r.nextInt(12) * 37) % 500;
                int root = 1 + r.nextInt(20);
                int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
                String day = String.format(Locale.ROOT, "2024%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
                f[0] = Integer.toString(1_000_000_000 + i);
                f[1] = day;
                f[2] = day.substring(0, 6);
                f[3] = "2024";
                f[4] = "2024.5";
                f[5] = countries[a1 % 10] + types[a1 % 8] + a1;
                f[6] = "ACTOR " + a1;
                f[7] = countries[a1 % 10];
                f[12] = types[a1 % 8];
                f[15] = countries[a2 % 10] + types[a2 % 8] + a2;
                f[16] = "ACTOR " + a2;
                f[17] = countries[a2 % 10];
                f[22] = types[a2 % 8];
                f[25] = "1";
                f[26] = String.format(Locale.ROOT, "%02d0", root);
                f[27] = f[26];
                f[28] = String.format(Locale.ROOT, "%02d", root);
                f[29] = Integer.toString(quad);
                f[30] = String.format(Locale.ROOT, "%.1f", (quad <= 2 ? 1 : -1) * r.nextDouble() * 10);
                f[31] = "3";
                f[32] = "1";
                f[33] = "3";
                f[34] = "-1.2";
                f[36] = "Somewhere, Some Country";
                f[59] = day + "000000";
                f[60] = "https://news.example/story/" + r.nextInt(50_000);
                w.write(String.join("\t", f));
                w.write('\n');
            }
        }
        long t1 = System.nanoTime();
        double mb = Files.size(file) / 1e6;
        System.out.printf(Locale.ROOT, "generated %,d rows, %.1f MB in %.1f s%n", rows, mb, (t1 - t0) / 1e9);
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long a = System.nanoTime();
        ImportResult result = new GdeltImporter().importFile(file, ImportContext.named("bench.export.CSV"));
        long b = System.nanoTime();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        double secs = (b - a) / 1e9;
        System.out.printf(Locale.ROOT, "imported %,d rows in %.2f s: %,.0f rows/s, %.1f MB/s; %,d actors, %,d relations,"
                        + " %,d sources; peak heap %.0f MB (max heap %.0f MB); targets: >= 200,000 rows/s, < 512 MB%n",
                rows, secs, rows / secs, mb / secs, result.dossier().actors().size(), result.dossier().relations().size(),
                result.dossier().sources().size(), peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        Files.deleteIfExists(file);
    }
}
