package dev.parley.map.internal;

import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.Relation;
import dev.parley.model.analysis.ActorAnalysis;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.analysis.Exporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Node and edge tables in Gephi's spreadsheet convention: {@code PATH-nodes.csv} (Id, Label, ...)
 * and {@code PATH-edges.csv} (Source, Target, Type, Weight, ...).
 */
@Component(service = Exporter.class)
public final class CsvExporter implements Exporter {

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV node and edge tables in Gephi's convention (NAME-nodes.csv, NAME-edges.csv)";
    }

    @Override
    public List<Path> export(Dossier d, Analysis a, Path target) throws IOException {
        String base = target.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        Path nodes = target.resolveSibling(base + "-nodes.csv");
        Path edges = target.resolveSibling(base + "-edges.csv");
        Path n = GraphExports.write(nodes, w -> {
            w.write("Id,Label,type,role,affiliation,country,influence,interest,stance,camp,quadrant\r\n");
            for (Actor actor : d.actors()) {
                ActorAnalysis s = GraphExports.scores(a, actor).orElse(null);
                w.write(String.join(",", GraphExports.csv(actor.id()), GraphExports.csv(actor.name()),
                        actor.type().id(), GraphExports.csv(actor.role()), GraphExports.csv(actor.affiliation()),
                        GraphExports.csv(actor.country()),
                        s == null ? "" : GraphExports.num(s.influence()), s == null ? "" : GraphExports.num(s.interest()),
                        s == null ? "" : GraphExports.num(s.stance()), s == null ? "" : Integer.toString(s.camp()),
                        s == null ? "" : GraphExports.csv(s.quadrant().label())));
                w.write("\r\n");
            }
        });
        Path e = GraphExports.write(edges, w -> {
            w.write("Id,Source,Target,Type,Weight,polarity,category,date,evidence\r\n");
            for (Relation r : d.relations()) {
                w.write(String.join(",", GraphExports.csv(r.id()), GraphExports.csv(r.source()),
                        GraphExports.csv(r.target()), "Directed", GraphExports.num(Math.max(0.1, Math.abs(r.weight()))),
                        r.polarity().id(), GraphExports.csv(r.category()), GraphExports.csv(r.date()),
                        GraphExports.csv(r.evidence().isEmpty() ? null : r.evidence().get(0).text())));
                w.write("\r\n");
            }
        });
        return List.of(n, e);
    }
}
