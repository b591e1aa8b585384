package dev.parley.cli.internal;

import dev.parley.model.Dossier;
import dev.parley.model.ImportResult;
import dev.parley.model.Problem;
import dev.parley.model.service.DossierMerger;
import dev.parley.model.service.ImportService;
import dev.parley.model.spi.CommandContext;
import java.util.List;

/** Runs the importers over the files of a command line and merges what they give. */
final class FileImports {
    private FileImports() {
    }

    /** The merged dossier, and whether every file was read without error. */
    record Outcome(Dossier dossier, int failedFiles, int problems) {
        boolean ok() {
            return failedFiles == 0;
        }
    }

    /** A dossier made from the inputs, and its analysis; or the exit status to end with. */
    record Analysed(Dossier dossier, dev.parley.model.analysis.Analysis analysis, int status) {
        boolean ok() {
            return dossier != null;
        }
    }

    /**
     * Imports the inputs and analyses the result around the focus; problems are printed and give
     * the status to exit with (1 for a file that failed, 2 for a focus that names no actor).
     */
    static Analysed analysed(List<String> files, String focus, String command, CommandContext ctx,
                             ImportService importer, DossierMerger merger,
                             dev.parley.model.analysis.AnalysisService analysis) {
        Outcome in = run(files, ctx, importer, merger);
        if (!in.ok()) {
            return new Analysed(null, null, dev.parley.model.spi.ParleyCommand.FAILED);
        }
        try {
            return new Analysed(in.dossier(), analysis.analyze(in.dossier(), focus == null ? List.of() : List.of(focus)), 0);
        } catch (IllegalArgumentException e) {
            ctx.err().println("parley " + command + ": " + e.getMessage());
            return new Analysed(null, null, dev.parley.model.spi.ParleyCommand.USAGE);
        }
    }

    /** Prints an importer's progress on stderr, at most once a second, once it has run for a second. */
    static final class Progress implements dev.parley.model.spi.ImportContext {
        private final String name;
        private final CommandContext ctx;
        private final java.util.Map<String, String> options;
        private final long start = System.nanoTime();
        private long lastPrint;

        Progress(String name, CommandContext ctx, java.util.Map<String, String> options) {
            this.name = name;
            this.ctx = ctx;
            this.options = options;
        }

        @Override
        public java.util.Map<String, String> options() {
            return options;
        }

        @Override
        public String displayName() {
            return name;
        }

        @Override
        public void progress(long done, long total) {
            long now = System.nanoTime();
            if (now - start < 1_000_000_000L || now - lastPrint < 1_000_000_000L) {
                return;
            }
            lastPrint = now;
            double secs = (now - start) / 1e9;
            ctx.err().printf(java.util.Locale.ROOT, "%s: %.1f of %.1f MB (%.0f%%), %.1f MB/s%n", name, done / 1e6,
                    total / 1e6, total > 0 ? 100.0 * done / total : 0, done / 1e6 / secs);
        }
    }

    static Outcome run(List<String> files, CommandContext ctx, ImportService importer, DossierMerger merger) {
        return run(files, ctx, importer, merger, java.util.Map.of());
    }

    /** Options every importing command takes: --mapping FILE, --encoding NAME, --delimiter C. */
    static final String[][] IMPORT_OPTIONS = {{"--mapping"}, {"--encoding"}, {"--delimiter"}};

    /** The import options given on a command line, for the importers. */
    static java.util.Map<String, String> options(Args a, CommandContext ctx) throws UsageException {
        java.util.Map<String, String> o = new java.util.HashMap<>();
        if (a.value("--mapping") != null) {
            java.nio.file.Path m = ctx.resolve(a.value("--mapping"));
            if (!java.nio.file.Files.isRegularFile(m)) {
                throw new UsageException("no mapping file " + a.value("--mapping"));
            }
            o.put("mapping", m.toString());
        }
        if (a.value("--encoding") != null) {
            if (!java.nio.charset.Charset.isSupported(a.value("--encoding"))) {
                throw new UsageException("unknown encoding " + a.value("--encoding"));
            }
            o.put("encoding", a.value("--encoding"));
        }
        if (a.value("--delimiter") != null) {
            String d = a.value("--delimiter").equals("tab") ? "\t" : a.value("--delimiter");
            if (d.length() != 1) {
                throw new UsageException("--delimiter takes one character, or 'tab'");
            }
            o.put("delimiter", d);
        }
        return o;
    }

    static Outcome run(List<String> files, CommandContext ctx, ImportService importer, DossierMerger merger,
                       java.util.Map<String, String> options) {
        Dossier merged = Dossier.empty();
        int failed = 0;
        int problems = 0;
        boolean progress = files.size() > 1;
        int i = 0;
        for (String file : files) {
            i++;
            if (progress) {
                ctx.err().println("[" + i + "/" + files.size() + "] " + file);
            }
            ImportResult result = importer.importFile(ctx.resolve(file), new Progress(file, ctx, options));
            for (Problem p : result.problems()) {
                ctx.err().println("parley: " + p);
                problems++;
            }
            if (result.failed()) {
                failed++;
            } else {
                merged = merger.merge(merged, result.dossier());
            }
        }
        return new Outcome(merged, failed, problems);
    }
}
