package dev.parley.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the assembled distribution's bin/parley in a separate JVM, as a user would. */
final class ParleyProcess {

    record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    static Path dist() {
        String dir = System.getProperty("parley.dist");
        if (dir == null) {
            throw new IllegalStateException("run through failsafe: parley.dist is not set");
        }
        return Paths.get(dir).toAbsolutePath();
    }

    static Result run(Path dist, Path cwd, String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(dist.resolve("bin/parley").toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("parley-out", ".txt");
        Path err = Files.createTempFile("parley-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            // command-line runs: without a display 'parley' alone prints help instead of opening the window
            pb.environment().remove("DISPLAY");
            pb.environment().remove("WAYLAND_DISPLAY");
            Process p = pb.start();
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("parley " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** A copy of the assembled distribution (without its framework cache), for tests that change it. */
    static Path copyDist(Path to) throws IOException {
        Path from = dist();
        try (java.util.stream.Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path rel = from.relativize(p);
                if (rel.startsWith("var")) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    /** The jar in a distribution's system/ whose name starts with the given artifact id. */
    static Path systemJar(Path dist, String artifactId) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.list(dist.resolve("system"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(artifactId + "-")).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + artifactId + " in " + dist.resolve("system")));
        }
    }

    static Result run(Path cwd, String... args) throws IOException, InterruptedException {
        return run(dist(), cwd, null, args);
    }
}
