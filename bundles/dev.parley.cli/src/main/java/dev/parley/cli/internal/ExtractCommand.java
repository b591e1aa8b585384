package dev.parley.cli.internal;

import dev.parley.model.service.DossierCodec;
import dev.parley.model.service.DossierMerger;
import dev.parley.model.service.DossierStore;
import dev.parley.model.service.ImportService;
import dev.parley.model.spi.CommandContext;
import dev.parley.model.spi.CommandName;
import dev.parley.model.spi.ParleyCommand;
import java.io.PrintWriter;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code parley extract FILE...}: what the importers find, as dossier JSON. */
@Component(service = ParleyCommand.class)
@CommandName("extract")
public final class ExtractCommand implements ParleyCommand {

    private final ImportService importer;
    private final DossierMerger merger;
    private final DossierCodec codec;
    private final DossierStore store;

    @Activate
    public ExtractCommand(@Reference ImportService importer, @Reference DossierMerger merger,
                          @Reference DossierCodec codec, @Reference DossierStore store) {
        this.importer = importer;
        this.merger = merger;
        this.codec = codec;
        this.store = store;
    }

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String summary() {
        return "Read files with the importers and print the dossier they make, as JSON";
    }

    @Override
    public String help() {
        return """
                Usage: parley extract FILE... [-o OUT.parley]

                Runs the importer that reads each FILE and merges what they find into one
                dossier (actors unified by name and alias), printed as dossier JSON on
                standard output, or saved to OUT with -o. Nothing else is changed.

                Each problem is printed on standard error as FILE[:LINE[:COLUMN]]: MESSAGE.
                When a file cannot be read, the dossier of the other files is still
                printed, and the exit status is 1.

                Options:
                  -o, --output FILE  write the dossier to FILE (atomically) instead of stdout
                  --mapping FILE     for spreadsheets of another layout: lines "Column = field"
                                     (fields: name, type, aliases, role, affiliation, country /
                                     source, target, polarity, category, weight, date, evidence)
                  --encoding NAME    the files' encoding (default: UTF-8, else Windows-1252)
                  --delimiter C      the spreadsheet's delimiter (default: detected; 'tab' for tab)

                Importers are services; 'parley bundles' lists those installed. Built in:
                  dossier  .parley files, and .json files with "format": "parley-dossier"
                  text     news articles: .txt, .md, .html, .pdf
                  gdelt    GDELT event exports (2.0 .export.CSV, 1.0 daily files)
                  csv      spreadsheets of actors or relations (Parley, Gephi, Kumu columns)
                  acled    ACLED event exports (.csv)
                  ftm      FollowTheMoney entities (.ftm.json, .ijson: JSON lines)

                Examples:
                  parley extract case.parley
                  parley extract article.txt -o article.parley
                """;
    }

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args, Args.concat(new String[][] {{"--output", "-o"}}, FileImports.IMPORT_OPTIONS), new String[][] {});
        if (a.positional().isEmpty()) {
            throw new UsageException("give at least one FILE to extract from");
        }
        FileImports.Outcome outcome = FileImports.run(a.positional(), ctx, importer, merger, FileImports.options(a, ctx));
        if (outcome.failedFiles() == a.positional().size()) {
            return FAILED;
        }
        String out = a.value("--output");
        if (out != null) {
            store.save(outcome.dossier(), ctx.resolve(out));
            ctx.err().println("Wrote " + out);
        } else {
            PrintWriter w = new PrintWriter(ctx.out(), false, java.nio.charset.StandardCharsets.UTF_8);
            codec.write(outcome.dossier(), w);
            w.println();
            w.flush();
        }
        return outcome.ok() ? OK : FAILED;
    }
}
