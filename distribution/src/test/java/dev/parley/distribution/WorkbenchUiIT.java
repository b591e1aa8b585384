package dev.parley.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Launches the workbench window from the assembled distribution on a real X display (Xvfb when no
 * display is set), drives it with a script as a user would, and keeps screenshots of each
 * perspective in {@code target/ui-screenshots/}. Skipped, with a notice, on a machine with neither a
 * display nor Xvfb ({@code apt-get install xvfb}); CI installs Xvfb.
 */
class WorkbenchUiIT {

    static final Path SHOTS = Paths.get("target/ui-screenshots").toAbsolutePath();

    static Process xvfb;
    static String display;

    @TempDir
    Path work;

    @BeforeAll
    static void startDisplay() throws Exception {
        display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            Path bin = Stream.of("/usr/bin/Xvfb", "/usr/local/bin/Xvfb").map(Paths::get).filter(Files::isExecutable)
                    .findFirst().orElse(null);
            Assumptions.assumeTrue(bin != null,
                    "UI tests skipped: no DISPLAY and no Xvfb (install it with 'apt-get install xvfb')");
            int n = freeDisplay();
            xvfb = new ProcessBuilder(bin.toString(), ":" + n, "-screen", "0", "1400x900x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            display = ":" + n;
            long until = System.currentTimeMillis() + 10_000;
            while (!Files.exists(Paths.get("/tmp/.X11-unix/X" + n)) && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            assertTrue(xvfb.isAlive(), "Xvfb did not start on " + display);
        }
        Files.createDirectories(SHOTS);
    }

    private static int freeDisplay() throws IOException {
        for (int n = 91; n < 140; n++) {
            if (!Files.exists(Paths.get("/tmp/.X" + n + "-lock")) && !Files.exists(Paths.get("/tmp/.X11-unix/X" + n))) {
                try (ServerSocket s = new ServerSocket(6000 + n)) {
                    return n;
                } catch (IOException busy) {
                    // try the next one
                }
            }
        }
        throw new IOException("no free X display number between :91 and :139");
    }

    @AfterAll
    static void stopDisplay() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }

    record Run(int status, String out, String err) {
        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** Runs bin/parley gui with the script in a copy of the distribution. */
    private Run gui(Path dist, String script, String... args) throws Exception {
        Path file = work.resolve("script-" + System.nanoTime() + ".txt");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>();
        cmd.add(dist.resolve("bin/parley").toString());
        cmd.add("gui");
        cmd.addAll(List.of(args));
        cmd.add("--script");
        cmd.add(file.toString());
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("DISPLAY", display);
        pb.environment().put("PARLEY_OPTS", "-Dparley.workbench.prefs=" + work.resolve("prefs/workbench.properties"));
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("parley gui did not finish in 240 s\n" + Files.readString(out) + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Path distCopy() throws IOException {
        return ParleyProcess.copyDist(work.resolve("parley"));
    }

    static Path example() {
        return ParleyProcess.dist().resolve("../../../examples/mali-minusma.txt").normalize();
    }

    /** A screenshot that shows something: many colours, not one flat fill. */
    private static void assertPicture(Path png) throws IOException {
        assertTrue(Files.size(png) > 10_000, png + " is too small to be a picture of the window");
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img.getWidth() >= 800 && img.getHeight() >= 500, png + " is " + img.getWidth() + "x" + img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, png + " has only " + colours.size() + " colours: an empty window?");
    }

    @Test
    void anAnalystOpensTheReferenceInputCuratesItSwitchesPerspectivesAndSaves() throws Exception {
        Path dist = distCopy();
        Path timeline = dist.resolve("extras/dev.parley.timeline.ui.jar");
        assertTrue(Files.isRegularFile(timeline), "the timeline plugin ships in extras/");
        Run r = gui(dist, """
                # the reference input's actors are in the Analysis perspective's views
                expect-perspective parley.analysis
                expect-view parley.sources
                expect-view parley.actors
                expect-text parley.actors Abdoulaye Diop
                expect-text parley.actors Wagner Group
                expect-text parley.actors MINUSMA
                expect-text parley.sources mali-minusma
                # one selection, every view
                click parley.actors Wagner Group
                view parley.relations
                expect-selected parley.relations Wagner
                screenshot %1$s/analysis.png
                perspective parley.map
                expect-view parley.map
                expect-no-view parley.sources
                expect-text parley.map Mali
                expect-text parley.map Vassily Nebenzia
                # the map redraws to its new size after a short pause
                sleep 800
                screenshot %1$s/map.png
                perspective parley.report
                expect-view parley.report
                expect-text parley.report MINUSMA
                screenshot %1$s/report.png
                # the arrangement is the user's: close and move views, per perspective
                close parley.sources
                expect-no-view parley.sources
                # a bundle that contributes a view comes and goes while the window is open
                perspective parley.analysis
                expect-text parley.plugins active | Parley | parley-workbench
                expect-no-menu Timeline perspective
                install %2$s --trust
                expect-text parley.plugins dev.parley.timeline.ui
                expect-text parley.plugins active | plugin | (extra)
                # its view, perspective and command arrive with it
                expect-menu Timeline
                expect-menu Timeline perspective
                expect-menu Copy timeline
                perspective parley.chronology
                expect-view parley.timeline
                expect-text parley.timeline 2024-02-04
                command parley.timeline.copy
                screenshot %1$s/plugin-installed.png
                uninstall dev.parley.timeline.ui
                # and leave with it, the window falling back to the first perspective
                expect-no-view parley.timeline
                expect-no-menu Copy timeline
                expect-no-menu Timeline perspective
                expect-perspective parley.analysis
                # edits are undoable
                edit-rename Bangladesh People's Republic of Bangladesh
                expect-text parley.actors People's Republic of Bangladesh
                undo
                expect-dirty true
                redo
                expect-text parley.actors People's Republic of Bangladesh
                save case.parley
                expect-dirty false
                theme dark
                perspective parley.map
                move parley.relations right
                expect-area parley.relations right
                sleep 800
                screenshot %1$s/map-dark.png
                quit
                """.formatted(SHOTS, timeline), example().toString());
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("ok: view parley.timeline is shown"), r::toString);
        assertTrue(r.out().contains("ok: view parley.timeline is gone"), r::toString);
        assertTrue(r.out().contains("Installed dev.parley.timeline.ui"), r::toString);
        for (String shot : List.of("analysis", "map", "report", "plugin-installed", "map-dark")) {
            assertPicture(SHOTS.resolve(shot + ".png"));
        }
        assertTrue(Files.readString(work.resolve("case.parley")).contains("People's Republic of Bangladesh"));
        assertTrue(Files.notExists(dist.resolve("plugins/dev.parley.timeline.ui.jar")), "uninstall removed the jar");

        // the next start: the saved dossier, the last perspective and theme
        Run again = gui(dist, """
                expect-perspective parley.map
                expect-view parley.map
                expect-text parley.actors People's Republic of Bangladesh
                expect-dirty false
                expect-area parley.relations right
                perspective parley.report
                expect-no-view parley.sources
                view parley.sources
                expect-area parley.sources left
                perspective parley.map
                new
                expect-dirty false
                # files dropped on a view's table are imported, not refused by the table
                drop-on parley.actors %1$s
                expect-text parley.actors Abdoulaye Diop
                expect-dirty true
                # File > Open on an article imports it into a new dossier
                new
                open %1$s
                expect-text parley.actors Vassily Nebenzia
                expect-dirty true
                quit
                """.formatted(example()), work.resolve("case.parley").toString());
        assertEquals(0, again.status(), again::toString);
        assertTrue(Files.readString(work.resolve("prefs/workbench.properties")).contains("theme=dark"));
    }

    @Test
    void aFailedCheckFailsTheRunAndBadInputIsReportedNotFatal() throws Exception {
        Path dist = distCopy();
        Path binary = work.resolve("noise.txt");
        Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 0, 0});
        Run r = gui(dist, """
                import %s
                expect-text parley.actors Atlantis
                quit
                """.formatted(binary));
        assertEquals(1, r.status(), r::toString);
        assertTrue(r.err().contains("noise.txt"), "the import problem names the file\n" + r);
        assertTrue(r.err().contains("script line 2"), r::toString);
    }

    @Test
    void parleyAloneOpensTheWindowOnADesktop() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ParleyProcess.dist().resolve("bin/parley").toString())
                .directory(work.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", display);
        pb.environment().put("PARLEY_OPTS", "-Dparley.gui.timing=true -Dparley.workbench.prefs="
                + work.resolve("prefs/workbench.properties"));
        Process p = pb.start();
        p.getOutputStream().close();
        Thread watchdog = new Thread(() -> {
            try {
                if (!p.waitFor(90, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        try (var err = new java.io.BufferedReader(new java.io.InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = err.readLine()) != null) {
                seen.append(line).append('\n');
                if (line.contains("window painted")) {
                    return;
                }
            }
            throw new AssertionError("'parley' with a display did not open the window:\n" + seen);
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void withoutADisplayTheCommandSaysSo() throws Exception {
        ParleyProcess.Result r = ParleyProcess.run(work, "gui");
        assertEquals(1, r.status(), r::toString);
        assertTrue(r.err().contains("no display"), r::toString);
    }
}
