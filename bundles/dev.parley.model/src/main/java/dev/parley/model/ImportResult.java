package dev.parley.model;

import java.util.List;

/** What an importer made of one file: a partial dossier and the problems it met. */
public record ImportResult(Dossier dossier, List<Problem> problems) {
    public ImportResult {
        dossier = dossier == null ? Dossier.empty() : dossier;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A failed import: no dossier, one error. */
    public static ImportResult failed(String file, String message) {
        return new ImportResult(Dossier.empty(), List.of(Problem.error(file, message)));
    }

    /** True when any problem is an error, i.e. the file must not be merged. */
    public boolean failed() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }
}
