package dev.parley.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private copy of an assembled Parley (its {@code bin/parley}, bundles and configuration) for
 * in-framework tests of a plugin: commands run in a separate JVM, the real launcher and bundles.
 */
public final class ParleyRuntime implements AutoCloseable {

    /** What a command did. */
    public record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private final Path home;

    private ParleyRuntime(Path home) {
        this.home = home;
    }

    /** Copies the distribution at {@code dist} (e.g. distribution/target/parley) into a temporary folder. */
    public static ParleyRuntime copyOf(Path dist) throws IOException {
        if (!Files.isExecutable(dist.resolve("bin/parley"))) {
            throw new IOException(dist + " is not an assembled Parley (no bin/parley); build it with mvn install");
        }
        Path home = Files.createTempDirectory("parley-runtime");
        try (Stream<Path> s = Files.walk(dist)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path rel = dist.relativize(p);
                if (rel.startsWith("var")) {
                    continue;
                }
                Path target = home.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return new ParleyRuntime(home);
    }

    public Path home() {
        return home;
    }

    /** Runs {@code parley ARGS...} in {@code workingDirectory}. */
    public Result run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(home.resolve("bin/parley").toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("parley-out", ".txt");
        Path err = Files.createTempFile("parley-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).directory(workingDirectory.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("parley " + String.join(" ", args) + " did not finish in 180 s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Installs plugin jars with {@code parley install --trust}; fails when the install does. */
    public Result install(Path... jars) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("install"));
        for (Path j : jars) {
            args.add(j.toAbsolutePath().toString());
        }
        args.add("--trust");
        Result r = run(home, args.toArray(String[]::new));
        if (r.status() != 0) {
            throw new AssertionError("install failed: " + r);
        }
        return r;
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> s = Files.walk(home)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
