package dev.parley.map.internal;

import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.Relation;
import dev.parley.model.analysis.ActorAnalysis;
import dev.parley.model.analysis.Analysis;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/** Shared writing for the graph exporters: escaping, numbers, and atomic file output. */
final class GraphExports {
    private GraphExports() {
    }

    /** Writes through a temporary file renamed over the target, so a failed export leaves nothing half-written. */
    interface Body {
        void write(Writer w) throws IOException;
    }

    static Path write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the platform's defaults stand
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return abs;
    }

    static String xml(String s) {
        return SvgRenderer.esc(s);
    }

    static String num(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

    static Optional<ActorAnalysis> scores(Analysis a, Actor actor) {
        return a == null ? Optional.empty() : a.of(actor.id());
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    static String edgeId(Relation r) {
        return r.id();
    }

    static boolean known(Dossier d, String id) {
        return d.actor(id).isPresent();
    }
}
