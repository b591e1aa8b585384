package dev.parley.benchmarks.layout;

import dev.parley.map.internal.ForceLayout;
import java.util.Locale;
import java.util.Random;

/**
 * Lays out generated signed graphs of 1,000, 10,000 and 50,000 actors with 5 relations each (a
 * few communities, 80% cooperation inside them, conflict across) and prints the time per iteration,
 * the total, and how it grows with size. One thread.
 *
 * <p>Usage: {@code LayoutBenchmark [ITERATIONS] [SIZES...]} (see benchmarks/layout/run).
 */
public final class LayoutBenchmark {
    private LayoutBenchmark() {
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int[] sizes = args.length > 1 ? java.util.Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000, 50_000};
        // warm-up, not counted
        run(2_000, 50);
        double previous = 0;
        int previousN = 0;
        for (int n : sizes) {
            ForceLayout.Result r = run(n, iterations);
            double totalS = r.nanos() / 1e9;
            double perIter = r.nanos() / 1e6 / iterations;
            String growth = previous == 0 ? "" : String.format(Locale.ROOT, "   x%.1f time for x%.0f actors",
                    totalS / previous, n / (double) previousN);
            System.out.printf(Locale.ROOT, "%,7d actors %,8d relations  %4d iterations  %8.2f ms/iteration  %7.2f s total%s%n",
                    n, n * 5, iterations, perIter, totalS, growth);
            previous = totalS;
            previousN = n;
        }
        System.out.println("target: 10,000 actors laid out in under 5 s on one core");
    }

    static ForceLayout.Result run(int n, int iterations) {
        Random r = new Random(n);
        int m = n * 5;
        int[] from = new int[m];
        int[] to = new int[m];
        int[] sign = new int[m];
        int communities = Math.max(2, n / 200);
        for (int e = 0; e < m; e++) {
            int a = r.nextInt(n);
            int b;
            boolean inside = r.nextDouble() < 0.8;
            if (inside) {
                b = (a / (n / communities)) * (n / communities) + r.nextInt(Math.max(1, n / communities));
                b = Math.min(b, n - 1);
            } else {
                b = r.nextInt(n);
            }
            if (a == b) {
                b = (b + 1) % n;
            }
            from[e] = a;
            to[e] = b;
            sign[e] = inside ? 1 : -1;
        }
        return ForceLayout.layout(n, from, to, sign, 1, iterations);
    }
}
