package dev.parley.benchmarks.startup;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the workbench's start: from launching {@code bin/parley gui DOSSIER} to the first painted
 * window with the dossier open (its views filled). Two figures per run: the wall time this program
 * sees from starting the process to the line the workbench prints once it has painted (with
 * {@code -Dparley.gui.timing=true}), and the time the workbench itself measures from the JVM's start.
 * Needs a display: run it under Xvfb (benchmarks/startup/run-gui starts one).
 *
 * <p>Usage: {@code GuiStartupBenchmark PARLEY_DIST DOSSIER [RUNS]}.
 */
public final class GuiStartupBenchmark {

    private static final Pattern PAINTED = Pattern.compile("window painted with the dossier open (\\d+) ms after launch \\((\\d+) actors\\)");

    private GuiStartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: GuiStartupBenchmark PARLEY_DIST DOSSIER [RUNS]");
            System.exit(2);
        }
        Path dist = Paths.get(args[0]).toAbsolutePath();
        Path dossier = Paths.get(args[1]).toAbsolutePath();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        if (System.getenv("DISPLAY") == null) {
            System.err.println("GuiStartupBenchmark: no DISPLAY; run it under Xvfb (benchmarks/startup/run-gui)");
            System.exit(2);
        }
        Path script = Files.createTempFile("parley-gui-bench", ".txt");
        Files.writeString(script, "quit\n");
        Path prefs = Files.createTempFile("parley-gui-bench", ".properties");
        run(dist, dossier, script, prefs); // warm the file cache and the framework cache; not counted
        double[] wall = new double[runs];
        double[] self = new double[runs];
        int actors = 0;
        for (int i = 0; i < runs; i++) {
            double[] r = run(dist, dossier, script, prefs);
            wall[i] = r[0];
            self[i] = r[1];
            actors = (int) r[2];
            System.out.printf("run %2d  launch to painted window: %7.1f ms (the workbench's own clock: %7.1f ms)%n",
                    i + 1, wall[i], self[i]);
        }
        System.out.printf("median  launch to painted window with %s open (%d actors): %.1f ms (own clock %.1f ms)%n",
                dossier.getFileName(), actors, median(wall), median(self));
        Files.deleteIfExists(script);
        Files.deleteIfExists(prefs);
    }

    private static double[] run(Path dist, Path dossier, Path script, Path prefs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(dist.resolve("bin/parley").toString(), "gui", dossier.toString(),
                "--script", script.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PARLEY_OPTS", "-Dparley.gui.timing=true -Dparley.workbench.prefs=" + prefs);
        long t0 = System.nanoTime();
        Process p = pb.start();
        double wall = -1;
        double self = -1;
        int actors = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                Matcher m = PAINTED.matcher(line);
                if (m.find() && wall < 0) {
                    wall = (System.nanoTime() - t0) / 1e6;
                    self = Double.parseDouble(m.group(1));
                    actors = Integer.parseInt(m.group(2));
                }
            }
        }
        int status = p.waitFor();
        if (status != 0 || wall < 0) {
            throw new IllegalStateException("parley gui exited with " + status + " without reporting its first paint");
        }
        return new double[] {wall, self, actors};
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
