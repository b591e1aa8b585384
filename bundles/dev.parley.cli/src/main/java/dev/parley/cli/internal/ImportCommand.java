package dev.parley.cli.internal;

import dev.parley.model.Dossier;
import dev.parley.model.service.DossierMerger;
import dev.parley.model.service.DossierStore;
import dev.parley.model.service.ImportService;
import dev.parley.model.spi.CommandContext;
import dev.parley.model.spi.CommandName;
import dev.parley.model.spi.ParleyCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code parley import FILE... --dossier CASE.parley}: merge files into a stored dossier. */
@Component(service = ParleyCommand.class)
@CommandName("import")
public final class ImportCommand implements ParleyCommand {

    private final ImportService importer;
    private final DossierMerger merger;
    private final DossierStore store;

    @Activate
    public ImportCommand(@Reference ImportService importer, @Reference DossierMerger merger,
                         @Reference DossierStore store) {
        this.importer = importer;
        this.merger = merger;
        this.store = store;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "Merge files into a dossier (created if missing); all or nothing";
    }

    @Override
    public String help() {
        return """
                Usage: parley import FILE... --dossier CASE.parley

                Reads each FILE with the importer for its kind and merges the results into
                CASE.parley, creating it when it does not exist. Actors that are the same
                (same name or alias, case and punctuation aside) are unified; every
                mention, quote and piece of evidence is kept. Prints what was added.

                All or nothing: when any FILE cannot be read, nothing is written and the
                dossier stays as it was (exit status 1). The save is atomic and the
                previous version is kept as CASE.parley.bak.

                Options:
                  -d, --dossier FILE  the dossier to merge into (required)
                  --mapping FILE      column mapping for spreadsheets of another layout
                                      (see 'parley help extract')
                  --encoding NAME     the files' encoding (default: UTF-8, else Windows-1252)
                  --delimiter C       the spreadsheet's delimiter (default: detected)

                Example:
                  parley import mali.parley notes.parley --dossier sahel.parley
                """;
    }

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args, Args.concat(new String[][] {{"--dossier", "-d"}}, FileImports.IMPORT_OPTIONS), new String[][] {});
        String dossierArg = a.value("--dossier");
        if (dossierArg == null) {
            throw new UsageException("say which dossier to import into with --dossier CASE.parley");
        }
        if (a.positional().isEmpty()) {
            throw new UsageException("give at least one FILE to import");
        }
        Path dossierFile = ctx.resolve(dossierArg);
        if (Files.isDirectory(dossierFile)) {
            ctx.err().println("parley import: " + dossierArg + ": is a directory, not a dossier file");
            return FAILED;
        }
        boolean exists = Files.exists(dossierFile);
        Dossier before = exists ? store.load(dossierFile) : Dossier.empty();
        FileImports.Outcome outcome = FileImports.run(a.positional(), ctx, importer, merger, FileImports.options(a, ctx));
        if (!outcome.ok()) {
            ctx.err().println("parley import: " + outcome.failedFiles() + " of " + a.positional().size()
                    + " file(s) could not be read; " + dossierArg + " was not changed");
            return FAILED;
        }
        Dossier after = merger.merge(before, outcome.dossier());
        store.save(after, dossierFile);
        ctx.out().printf("%s %s: +%d source(s), +%d actor(s), +%d quote(s), +%d relation(s); now %d actors, %d relations%n",
                exists ? "Updated" : "Created", dossierArg,
                after.sources().size() - before.sources().size(),
                after.actors().size() - before.actors().size(),
                after.quotes().size() - before.quotes().size(),
                after.relations().size() - before.relations().size(),
                after.actors().size(), after.relations().size());
        return OK;
    }
}
