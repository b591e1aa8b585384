package dev.parley.benchmarks.startup;


import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the wall time of {@code parley --version} (a full boot: JVM, framework, every bundle,
 * DS components, the command, exit) against a bare Felix framework start and stop in a fresh JVM,
 * alternating the two so machine noise hits both alike. Prints every run's time and the medians.
 *
 * <p>Usage: {@code StartupBenchmark PARLEY_DIST [RUNS]} (see benchmarks/startup/run).
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: StartupBenchmark PARLEY_DIST [RUNS]");
            System.exit(2);
        }
        Path dist = Paths.get(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> parley = List.of(dist.resolve("bin/parley").toString(), "--version");
        List<String> bare = List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), BareFelix.class.getName());
        // Warm the OS file cache and Parley's framework cache once; not counted.
        time(parley);
        time(bare);
        double[] p = new double[runs];
        double[] b = new double[runs];
        for (int i = 0; i < runs; i++) {
            p[i] = time(parley);
            b[i] = time(bare);
            System.out.printf("run %2d  parley --version %7.1f ms   bare felix %7.1f ms%n", i + 1, p[i], b[i]);
        }
        double mp = median(p);
        double mb = median(b);
        System.out.printf("median  parley --version %7.1f ms   bare felix %7.1f ms   ratio %.2f (goal <= 2.00)%n",
                mp, mb, mp / mb);
    }

    private static double time(List<String> command) throws Exception {
        long t0 = System.nanoTime();
        Process proc = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int status = proc.waitFor();
        long t1 = System.nanoTime();
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + status);
        }
        return (t1 - t0) / 1e6;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

}
