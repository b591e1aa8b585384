package dev.parley.cli.internal;

import dev.parley.model.analysis.Analysis;
import dev.parley.model.analysis.AnalysisService;
import dev.parley.model.report.ReportExporter;
import dev.parley.model.report.ReportOptions;
import dev.parley.model.service.DossierMerger;
import dev.parley.model.service.DossierStore;
import dev.parley.model.service.ImportService;
import dev.parley.model.spi.CommandContext;
import dev.parley.model.spi.CommandName;
import dev.parley.model.spi.ParleyCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** {@code parley brief INPUT...}: import, analyse, map and report in one command. */
@Component(service = ParleyCommand.class)
@CommandName("brief")
public final class BriefCommand implements ParleyCommand {

    private final ImportService importer;
    private final DossierMerger merger;
    private final DossierStore store;
    private final AnalysisService analysis;
    private final Map<String, ReportExporter> formats = new ConcurrentHashMap<>();

    @Activate
    public BriefCommand(@Reference ImportService importer, @Reference DossierMerger merger,
                        @Reference DossierStore store, @Reference AnalysisService analysis) {
        this.importer = importer;
        this.merger = merger;
        this.store = store;
        this.analysis = analysis;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addFormat(ReportExporter e) {
        formats.put(e.format(), e);
    }

    void removeFormat(ReportExporter e) {
        formats.remove(e.format(), e);
    }

    @Override
    public String name() {
        return "brief";
    }

    @Override
    public String summary() {
        return "Write a briefing (HTML, PDF, Markdown, JSON) from sources: import, analyse, map, report";
    }

    @Override
    public String help() {
        StringBuilder f = new StringBuilder();
        new TreeMap<>(formats).forEach((k, v) -> f.append(String.format("  %-5s %s%n", k, v.description())));
        return """
                Usage: parley brief INPUT... [-o DIR] [--format html,pdf,md,json] [--title T] [--focus ACTOR]

                Imports INPUT (articles, dossiers, any file an importer reads), analyses the
                actors, draws the stakeholder map and writes a briefing: bottom line up front,
                key actors, maps, alignments with their evidence, key statements, timeline,
                sources, method. Also saves the dossier it built as NAME.parley beside the
                briefing, so it can be curated and briefed again. Prints the files written.

                Options:
                  -o, --output DIR   where to write (default: the current directory)
                  --format LIST      comma-separated formats (default: html,pdf)
                  --title T          the briefing's title (default: from the sources)
                  --focus ACTOR      the focal actor (default: the most central one)

                Formats installed now:
                """ + f;
    }

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args, new String[][] {{"--output", "-o"}, {"--format"}, {"--title"}, {"--focus"}},
                new String[][] {});
        if (a.positional().isEmpty()) {
            throw new UsageException("give at least one INPUT: an article, a dossier or another importable file");
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String s : (a.value("--format") == null ? "html,pdf" : a.value("--format")).split(",")) {
            if (!s.isBlank()) {
                wanted.add(s.strip().toLowerCase(Locale.ROOT));
            }
        }
        for (String w : wanted) {
            if (!formats.containsKey(w)) {
                throw new UsageException("no briefing format '" + w + "' (installed: "
                        + String.join(", ", new TreeMap<>(formats).keySet()) + ")");
            }
        }
        Path dir = ctx.resolve(a.value("--output") == null ? "." : a.value("--output"));
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            ctx.err().println("parley brief: " + a.value("--output") + " is a file; -o takes a directory");
            return FAILED;
        }
        Progress progress = new Progress(ctx);
        progress.step("importing and analysing " + a.positional().size() + " file(s)");
        FileImports.Analysed in = FileImports.analysed(a.positional(), a.value("--focus"), "brief", ctx, importer, merger,
                analysis);
        if (!in.ok()) {
            return in.status();
        }
        progress.step(in.dossier().actors().size() + " actors, " + in.dossier().relations().size() + " relations, "
                + in.dossier().quotes().size() + " quotes");
        Analysis result = in.analysis();
        String base = baseName(a.positional().get(0));
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Path dossierFile = dir.resolve(base + ".parley");
        store.save(in.dossier(), dossierFile);
        written.add(dossierFile);
        ReportOptions options = new ReportOptions(a.value("--title"), null);
        for (String w : wanted) {
            ReportExporter e = formats.get(w);
            progress.step("writing " + w.toUpperCase(Locale.ROOT));
            Path target = dir.resolve(base + "-briefing." + e.extension());
            e.write(in.dossier(), result, options, target);
            written.add(target);
        }
        progress.done();
        for (Path p : written) {
            ctx.out().println("Wrote " + display(ctx, p));
        }
        return OK;
    }

    private static String display(CommandContext ctx, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = ctx.workingDirectory().toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    static String baseName(String input) {
        String name = Path.of(input).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base = base.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        return base.isEmpty() ? "parley" : base;
    }

    /** Prints a line per step on stderr once the work has taken more than a second. */
    static final class Progress {
        private final CommandContext ctx;
        private final long start = System.nanoTime();
        private final List<String> pending = new ArrayList<>();
        private boolean shown;

        Progress(CommandContext ctx) {
            this.ctx = ctx;
        }

        void step(String what) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            String line = String.format(Locale.ROOT, "[%5.1f s] %s", ms / 1000.0, what);
            if (shown || ms > 1000) {
                if (!shown) {
                    pending.forEach(ctx.err()::println);
                    shown = true;
                }
                ctx.err().println(line);
            } else {
                pending.add(line);
            }
        }

        void done() {
            step("done");
        }
    }
}
