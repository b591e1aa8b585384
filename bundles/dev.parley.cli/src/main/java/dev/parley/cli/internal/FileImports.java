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

    static Outcome run(List<String> files, CommandContext ctx, ImportService importer, DossierMerger merger) {
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
            ImportResult result = importer.importFile(ctx.resolve(file), file);
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
