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

/** GraphML with node attributes (type, influence, interest, stance, camp) and edge attributes. */
@Component(service = Exporter.class)
public final class GraphmlExporter implements Exporter {

    @Override
    public String format() {
        return "graphml";
    }

    @Override
    public String description() {
        return "GraphML graph (Gephi, yEd, Cytoscape, NetworkX): actors with scores, relations with polarity";
    }

    @Override
    public List<Path> export(Dossier d, Analysis a, Path target) throws IOException {
        return List.of(GraphExports.write(target, w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                    + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                    + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
            String[][] nodeKeys = {{"label", "string"}, {"type", "string"}, {"role", "string"}, {"country", "string"},
                {"influence", "double"}, {"interest", "double"}, {"stance", "double"}, {"camp", "int"},
                {"quadrant", "string"}};
            for (String[] k : nodeKeys) {
                w.write("  <key id=\"" + k[0] + "\" for=\"node\" attr.name=\"" + k[0] + "\" attr.type=\"" + k[1] + "\"/>\n");
            }
            String[][] edgeKeys = {{"polarity", "string"}, {"category", "string"}, {"weight", "double"},
                {"date", "string"}, {"evidence", "string"}};
            for (String[] k : edgeKeys) {
                w.write("  <key id=\"e_" + k[0] + "\" for=\"edge\" attr.name=\"" + k[0] + "\" attr.type=\"" + k[1] + "\"/>\n");
            }
            w.write("  <graph id=\"parley\" edgedefault=\"directed\">\n");
            for (Actor actor : d.actors()) {
                w.write("    <node id=\"" + GraphExports.xml(actor.id()) + "\">\n");
                data(w, "label", actor.name());
                data(w, "type", actor.type().id());
                data(w, "role", actor.role());
                data(w, "country", actor.country());
                ActorAnalysis s = GraphExports.scores(a, actor).orElse(null);
                if (s != null) {
                    data(w, "influence", GraphExports.num(s.influence()));
                    data(w, "interest", GraphExports.num(s.interest()));
                    data(w, "stance", GraphExports.num(s.stance()));
                    data(w, "camp", Integer.toString(s.camp()));
                    data(w, "quadrant", s.quadrant().label());
                }
                w.write("    </node>\n");
            }
            for (Relation r : d.relations()) {
                if (!GraphExports.known(d, r.source()) || !GraphExports.known(d, r.target())) {
                    continue;
                }
                w.write("    <edge id=\"" + GraphExports.xml(r.id()) + "\" source=\"" + GraphExports.xml(r.source())
                        + "\" target=\"" + GraphExports.xml(r.target()) + "\">\n");
                data(w, "e_polarity", r.polarity().id());
                data(w, "e_category", r.category());
                data(w, "e_weight", GraphExports.num(r.weight()));
                data(w, "e_date", r.date());
                data(w, "e_evidence", r.evidence().isEmpty() ? null : r.evidence().get(0).text());
                w.write("    </edge>\n");
            }
            w.write("  </graph>\n</graphml>\n");
        }));
    }

    private static void data(java.io.Writer w, String key, String value) throws IOException {
        if (value != null) {
            w.write("      <data key=\"" + key + "\">" + GraphExports.xml(value) + "</data>\n");
        }
    }
}
