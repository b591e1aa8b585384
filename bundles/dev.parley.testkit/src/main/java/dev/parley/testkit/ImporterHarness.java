package dev.parley.testkit;

import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.ImportResult;
import dev.parley.model.Problem;
import dev.parley.model.Relation;
import dev.parley.model.spi.ImportContext;
import dev.parley.model.spi.Importer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs an importer the way Parley does, without a framework, and answers questions about the result. */
public final class ImporterHarness {

    private final Importer importer;
    private final Map<String, String> options;

    private ImporterHarness(Importer importer, Map<String, String> options) {
        this.importer = importer;
        this.options = options;
    }

    /** A harness for an importer constructed in the test. */
    public static ImporterHarness of(Importer importer) {
        return new ImporterHarness(importer, Map.of());
    }

    /** The same harness with import options (as {@code --mapping} etc. would give). */
    public ImporterHarness withOptions(Map<String, String> opts) {
        return new ImporterHarness(importer, Map.copyOf(opts));
    }

    /** Checks canHandle as Parley does (file name and first 8 KiB), then imports. */
    public Outcome run(Path file) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        if (!importer.canHandle(file.getFileName().toString(), head)) {
            throw new AssertionError(importer.name() + " does not accept " + file.getFileName());
        }
        String name = file.getFileName().toString();
        ImportResult r = importer.importFile(file, new ImportContext() {
            @Override
            public String displayName() {
                return name;
            }

            @Override
            public Map<String, String> options() {
                return options;
            }
        });
        if (r == null) {
            throw new AssertionError(importer.name() + " returned null");
        }
        return new Outcome(r);
    }

    /** Writes {@code text} to a file named {@code fileName} in {@code dir} and imports it. */
    public Outcome run(Path dir, String fileName, String text) throws IOException {
        Path p = dir.resolve(fileName);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return run(p);
    }

    /** An import's result, with assertions that name what is missing. */
    public static final class Outcome {
        private final ImportResult result;

        Outcome(ImportResult result) {
            this.result = result;
        }

        public ImportResult result() {
            return result;
        }

        public Dossier dossier() {
            return result.dossier();
        }

        public List<Problem> problems() {
            return result.problems();
        }

        /** Fails when any problem is an error. */
        public Outcome assertNoErrors() {
            if (result.failed()) {
                throw new AssertionError("import failed: " + result.problems());
            }
            return this;
        }

        /** The actor with this name or alias. */
        public Actor actor(String nameOrAlias) {
            Optional<Actor> a = dossier().actors().stream()
                    .filter(x -> x.name().equals(nameOrAlias) || x.aliases().contains(nameOrAlias)).findFirst();
            return a.orElseThrow(() -> new AssertionError("no actor '" + nameOrAlias + "' among "
                    + dossier().actors().stream().map(Actor::name).toList()));
        }

        /** The relations from one actor to another, by name. */
        public List<Relation> relations(String from, String to) {
            String a = actor(from).id();
            String b = actor(to).id();
            return dossier().relations().stream().filter(r -> r.source().equals(a) && r.target().equals(b)).toList();
        }

        /** Checks that every id the dossier refers to exists (affiliations, relations, quotes). */
        public Outcome assertConsistent() {
            Dossier d = dossier();
            for (Actor x : d.actors()) {
                if (x.affiliation() != null && d.actor(x.affiliation()).isEmpty()) {
                    throw new AssertionError(x.name() + " is affiliated with unknown id " + x.affiliation());
                }
            }
            for (Relation r : d.relations()) {
                if (d.actor(r.source()).isEmpty() || d.actor(r.target()).isEmpty()) {
                    throw new AssertionError("relation " + r.id() + " refers to an unknown actor");
                }
            }
            return this;
        }
    }
}
