package dev.parley.cli.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.analysis.ActorAnalysis;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.analysis.AnalysisService;
import dev.parley.model.service.DossierMerger;
import dev.parley.model.service.ImportService;
import dev.parley.model.spi.CommandContext;
import dev.parley.model.spi.CommandName;
import dev.parley.model.spi.ParleyCommand;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code parley analyze INPUT... [--focus ACTOR] [--json]}: scores, quadrant, camp and reasons per actor. */
@Component(service = ParleyCommand.class)
@CommandName("analyze")
public final class AnalyzeCommand implements ParleyCommand {

    private final ImportService importer;
    private final DossierMerger merger;
    private final AnalysisService analysis;

    @Activate
    public AnalyzeCommand(@Reference ImportService importer, @Reference DossierMerger merger,
                          @Reference AnalysisService analysis) {
        this.importer = importer;
        this.merger = merger;
        this.analysis = analysis;
    }

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "Score every actor: influence, interest, stance, camp, quadrant, with reasons";
    }

    @Override
    public String help() {
        return """
                Usage: parley analyze INPUT... [--focus ACTOR]... [--json]

                INPUT is a dossier (.parley) or any file an importer reads (articles, ...);
                several are merged first. For each actor prints influence (0..1), interest
                in the focal issue (0..1), stance toward the focal actors (-1..+1), camp
                (1 with the focal actors, 2 against, 0 none), the Mendelow quadrant, and
                the reasons in words. An analyst's assessment in the dossier overrides a
                computed value and is marked with *.

                Options:
                  --focus ACTOR  a focal actor (id, name or alias); repeatable; default:
                                 the most central actor
                  --json         print the analysis as JSON instead of a table
                """;
    }

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        Args a = Args.parse(args, new String[][] {{"--focus"}}, new String[][] {{"--json"}});
        if (a.positional().isEmpty()) {
            throw new UsageException("give at least one INPUT (a dossier or a file to import)");
        }
        FileImports.Analysed in = FileImports.analysed(a.positional(), a.value("--focus"), "analyze", ctx, importer, merger,
                analysis);
        if (!in.ok()) {
            return in.status();
        }
        Analysis result = in.analysis();
        if (a.flag("--json")) {
            ctx.out().println(toJson(in.dossier(), result));
        } else {
            print(in.dossier(), result, ctx);
        }
        return OK;
    }

    static String name(Dossier d, String id) {
        return d.actor(id).map(Actor::name).orElse(id);
    }

    private static void print(Dossier d, Analysis r, CommandContext ctx) {
        ctx.out().println("Focal: " + String.join(", ", r.focus().stream().map(id -> name(d, id)).toList()));
        ctx.out().printf(Locale.ROOT, "%-30s %-15s %9s %8s %7s %4s  %s%n", "Actor", "Type", "Influence", "Interest",
                "Stance", "Camp", "Quadrant");
        for (ActorAnalysis x : r.actors()) {
            String n = name(d, x.actor()) + (x.overridden() ? " *" : "");
            ctx.out().printf(Locale.ROOT, "%-30.30s %-15s %9.2f %8.2f %+7.2f %4d  %s%n", n,
                    d.actor(x.actor()).map(act -> act.type().id()).orElse(""), x.influence(), x.interest(), x.stance(),
                    x.camp(), x.quadrant().label());
        }
        ctx.out().println();
        for (ActorAnalysis x : r.actors()) {
            ctx.out().println(name(d, x.actor()) + ": " + x.explanation());
        }
    }

    static JsonObject toJson(Dossier d, Analysis r) {
        JsonObject o = new JsonObject();
        JsonArray focus = new JsonArray();
        r.focus().forEach(focus::add);
        o.add("focus", focus);
        JsonArray actors = new JsonArray();
        for (ActorAnalysis x : r.actors()) {
            JsonObject j = new JsonObject();
            j.addProperty("actor", x.actor());
            j.addProperty("name", name(d, x.actor()));
            j.addProperty("influence", x.influence());
            j.addProperty("interest", x.interest());
            j.addProperty("stance", x.stance());
            j.addProperty("camp", x.camp());
            j.addProperty("quadrant", x.quadrant().label());
            j.addProperty("assessed", x.assessed());
            j.addProperty("explanation", x.explanation());
            actors.add(j);
        }
        o.add("actors", actors);
        return o;
    }
}
