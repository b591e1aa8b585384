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

/** GEXF 1.3 (Gephi's own format) with node and edge attributes. */
@Component(service = Exporter.class)
public final class GexfExporter implements Exporter {

    @Override
    public String format() {
        return "gexf";
    }

    @Override
    public String description() {
        return "GEXF 1.3 graph for Gephi: actors with scores, relations with polarity and weight";
    }

    @Override
    public List<Path> export(Dossier d, Analysis a, Path target) throws IOException {
        return List.of(GraphExports.write(target, w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.write("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n");
            w.write("  <meta><creator>Parley</creator><description>Stakeholder network</description></meta>\n");
            w.write("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
            w.write("    <attributes class=\"node\">\n");
            String[][] na = {{"type", "string"}, {"role", "string"}, {"influence", "double"}, {"interest", "double"},
                {"stance", "double"}, {"camp", "integer"}, {"quadrant", "string"}};
            for (int i = 0; i < na.length; i++) {
                w.write("      <attribute id=\"" + i + "\" title=\"" + na[i][0] + "\" type=\"" + na[i][1] + "\"/>\n");
            }
            w.write("    </attributes>\n    <attributes class=\"edge\">\n");
            String[][] ea = {{"polarity", "string"}, {"category", "string"}, {"date", "string"}};
            for (int i = 0; i < ea.length; i++) {
                w.write("      <attribute id=\"" + i + "\" title=\"" + ea[i][0] + "\" type=\"" + ea[i][1] + "\"/>\n");
            }
            w.write("    </attributes>\n    <nodes>\n");
            for (Actor actor : d.actors()) {
                w.write("      <node id=\"" + GraphExports.xml(actor.id()) + "\" label=\"" + GraphExports.xml(actor.name())
                        + "\">\n        <attvalues>\n");
                value(w, 0, actor.type().id());
                value(w, 1, actor.role());
                ActorAnalysis s = GraphExports.scores(a, actor).orElse(null);
                if (s != null) {
                    value(w, 2, GraphExports.num(s.influence()));
                    value(w, 3, GraphExports.num(s.interest()));
                    value(w, 4, GraphExports.num(s.stance()));
                    value(w, 5, Integer.toString(s.camp()));
                    value(w, 6, s.quadrant().label());
                }
                w.write("        </attvalues>\n      </node>\n");
            }
            w.write("    </nodes>\n    <edges>\n");
            for (Relation r : d.relations()) {
                if (!GraphExports.known(d, r.source()) || !GraphExports.known(d, r.target())) {
                    continue;
                }
                // Gephi wants positive weights: the intensity, with the sign kept in polarity
                w.write("      <edge id=\"" + GraphExports.xml(r.id()) + "\" source=\"" + GraphExports.xml(r.source())
                        + "\" target=\"" + GraphExports.xml(r.target()) + "\" weight=\""
                        + GraphExports.num(Math.max(0.1, Math.abs(r.weight()))) + "\">\n        <attvalues>\n");
                value(w, 0, r.polarity().id());
                value(w, 1, r.category());
                value(w, 2, r.date());
                w.write("        </attvalues>\n      </edge>\n");
            }
            w.write("    </edges>\n  </graph>\n</gexf>\n");
        }));
    }

    private static void value(java.io.Writer w, int id, String v) throws IOException {
        if (v != null) {
            w.write("          <attvalue for=\"" + id + "\" value=\"" + GraphExports.xml(v) + "\"/>\n");
        }
    }
}
