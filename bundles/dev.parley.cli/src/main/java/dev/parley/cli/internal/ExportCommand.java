package dev.parley.cli.internal;

import dev.parley.model.analysis.Analysis;
import dev.parley.model.analysis.AnalysisService;
import dev.parley.model.analysis.Exporter;
import dev.parley.model.service.DossierMerger;
import dev.parley.model.service.ImportService;
import dev.parley.model.spi.CommandContext;
import dev.parley.model.spi.CommandName;
import dev.parley.model.spi.ParleyCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** {@code parley export INPUT... --format NAME -o PATH}: the dossier through an {@link Exporter} service. */
@Component(service = ParleyCommand.class)
@CommandName("export")
public final class ExportCommand implements ParleyCommand {

    private final ImportService importer;
    private final DossierMerger merger;
    private final AnalysisService analysis;
    private final Map<String, Exporter> exporters = new ConcurrentHashMap<>();

    @Activate
    public ExportCommand(@Reference ImportService importer, @Reference DossierMerger merger,
                         @Reference AnalysisService analysis) {
        this.importer = importer;
        this.merger = merger;
        this.analysis = analysis;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addExporter(Exporter e) {
        exporters.put(e.format(), e);
    }

    void removeExporter(Exporter e) {
        exporters.remove(e.format(), e);
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "Export the dossier and its analysis (GEXF, GraphML, CSV tables, ...)";
    }

    @Override
    public String help() {
        StringBuilder formats = new StringBuilder();
        new TreeMap<>(exporters).forEach((k, v) -> formats.append(String.format("  %-9s %s%n", k, v.description())));
        return """
                Usage: parley export INPUT... --format FORMAT -o PATH [--focus ACTOR]

                Writes the dossier made from INPUT (dossiers or files to import), with each
                actor's influence, interest, stance, camp and quadrant, in another format.
                Files are written whole or not at all.

                Formats installed now:
                """ + formats + """

                Options:
                  --format FORMAT  one of the formats above (required)
                  -o, --output PATH  the file to write (csv writes PATH-nodes.csv and PATH-edges.csv)
                  --focus ACTOR    the focal actor for stances and camps
                """;
    }

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args, new String[][] {{"--format"}, {"--output", "-o"}, {"--focus"}}, new String[][] {});
        if (a.positional().isEmpty()) {
            throw new UsageException("give at least one INPUT (a dossier or a file to import)");
        }
        String format = a.value("--format");
        if (format == null) {
            throw new UsageException("say which format with --format (" + String.join(", ", new TreeMap<>(exporters).keySet()) + ")");
        }
        Exporter exporter = exporters.get(format);
        if (exporter == null) {
            throw new UsageException("no exporter for format '" + format + "' (installed: "
                    + String.join(", ", new TreeMap<>(exporters).keySet()) + ")");
        }
        String out = a.value("--output");
        if (out == null) {
            throw new UsageException("say where to write with -o PATH");
        }
        FileImports.Analysed in = FileImports.analysed(a.positional(), a.value("--focus"), "export", ctx, importer, merger,
                analysis);
        if (!in.ok()) {
            return in.status();
        }
        Analysis result = in.analysis();
        for (Path p : exporter.export(in.dossier(), result, ctx.resolve(out))) {
            ctx.out().println("Wrote " + ctx.workingDirectory().relativize(p.toAbsolutePath()));
        }
        return OK;
    }
}
