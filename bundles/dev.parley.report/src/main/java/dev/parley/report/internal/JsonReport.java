package dev.parley.report.internal;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The briefing as data: the same sections as the other formats, as JSON. */
final class JsonReport {
    private JsonReport() {
    }

    static String render(Briefing b) {
        JsonObject o = new JsonObject();
        o.addProperty("format", "parley-briefing");
        o.addProperty("version", 1);
        o.addProperty("title", b.title);
        o.addProperty("date", b.date);
        o.addProperty("focus", b.focus);
        o.add("bottomLine", claims(b.bluf));
        JsonArray actors = new JsonArray();
        for (Briefing.Row r : b.actors) {
            JsonObject a = new JsonObject();
            a.addProperty("name", r.name());
            a.addProperty("type", r.type());
            a.addProperty("role", r.role());
            a.addProperty("affiliation", r.affiliation());
            a.addProperty("influence", r.influence());
            a.addProperty("interest", r.interest());
            a.addProperty("stance", r.stance());
            a.addProperty("camp", r.camp());
            a.addProperty("quadrant", r.quadrant());
            a.addProperty("assessed", r.assessed());
            a.addProperty("explanation", r.explanation());
            actors.add(a);
        }
        o.add("actors", actors);
        JsonArray camps = new JsonArray();
        for (Briefing.Camp c : b.camps) {
            JsonObject j = new JsonObject();
            j.addProperty("camp", c.number());
            j.addProperty("label", c.label());
            JsonArray members = new JsonArray();
            c.members().forEach(members::add);
            j.add("members", members);
            j.add("relations", claims(c.relations()));
            camps.add(j);
        }
        o.add("camps", camps);
        JsonArray statements = new JsonArray();
        for (Briefing.Statements s : b.statements) {
            JsonObject j = new JsonObject();
            j.addProperty("speaker", s.speaker());
            j.add("quotes", claims(s.quotes()));
            statements.add(j);
        }
        o.add("statements", statements);
        JsonArray timeline = new JsonArray();
        for (Briefing.Dated t : b.timeline) {
            JsonObject j = claim(t.claim());
            j.addProperty("date", t.date());
            j.addProperty("announced", t.announced());
            timeline.add(j);
        }
        o.add("timeline", timeline);
        JsonArray sources = new JsonArray();
        for (Briefing.SourceLine s : b.sources) {
            JsonObject j = new JsonObject();
            j.addProperty("id", s.id());
            j.addProperty("title", s.title());
            j.addProperty("uri", s.uri());
            j.addProperty("date", s.date());
            j.addProperty("reliability", s.grade());
            sources.add(j);
        }
        o.add("sources", sources);
        JsonArray evidence = new JsonArray();
        for (Briefing.Ev e : b.evidence) {
            JsonObject j = new JsonObject();
            j.addProperty("id", e.id());
            j.addProperty("source", e.sourceId());
            j.addProperty("text", e.text());
            evidence.add(j);
        }
        o.add("evidence", evidence);
        o.addProperty("method", Briefing.METHOD);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    private static JsonArray claims(java.util.List<Briefing.Claim> cs) {
        JsonArray a = new JsonArray();
        cs.forEach(c -> a.add(claim(c)));
        return a;
    }

    private static JsonObject claim(Briefing.Claim c) {
        JsonObject j = new JsonObject();
        j.addProperty("text", c.text());
        JsonArray ev = new JsonArray();
        c.evidence().forEach(ev::add);
        j.add("evidence", ev);
        return j;
    }
}
