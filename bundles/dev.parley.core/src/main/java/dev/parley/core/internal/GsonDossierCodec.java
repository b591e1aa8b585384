package dev.parley.core.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Assessment;
import dev.parley.model.Dossier;
import dev.parley.model.DossierFormatException;
import dev.parley.model.Event;
import dev.parley.model.Evidence;
import dev.parley.model.Mention;
import dev.parley.model.Polarity;
import dev.parley.model.Quote;
import dev.parley.model.Relation;
import dev.parley.model.Source;
import dev.parley.model.service.DossierCodec;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;

/**
 * Reads and writes the dossier JSON. Written field by field rather than by reflection so the
 * field names and order stay a fixed contract and every bad value is reported with its path.
 */
@Component(service = DossierCodec.class)
public final class GsonDossierCodec implements DossierCodec {

    private static final Pattern POSITION = Pattern.compile("line (\\d+) column (\\d+)");

    @Override
    public Dossier read(Reader in) throws IOException {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(in);
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new DossierFormatException("malformed JSON: more text after the dossier object");
            }
        } catch (JsonIOException e) {
            // Gson wraps errors of the underlying reader (e.g. invalid UTF-8); they are not JSON faults.
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw malformed(e);
        } catch (JsonParseException | IllegalStateException e) {
            throw malformed(e);
        } catch (IOException e) {
            if (e instanceof DossierFormatException) {
                throw e;
            }
            if (e.getClass().getName().startsWith("com.google.gson")) {
                throw malformed(e);
            }
            throw e;
        } catch (StackOverflowError e) {
            throw new DossierFormatException("malformed JSON: nested too deeply");
        }
        return decode(root);
    }

    private static DossierFormatException malformed(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String msg = String.valueOf(cause.getMessage());
        Matcher m = POSITION.matcher(msg);
        if (m.find()) {
            int line = Integer.parseInt(m.group(1));
            int column = Integer.parseInt(m.group(2));
            String what = msg.substring(0, m.start()).replaceAll("\\s+at\\s*$", "").trim();
            if (what.isEmpty()) {
                what = "syntax error";
            }
            // Gson appends advice URLs after the position; the user needs only the fault itself.
            return new DossierFormatException("malformed JSON at line " + line + ", column " + column
                    + ": " + what, line, column);
        }
        if (msg.contains("End of input")) {
            return new DossierFormatException("malformed JSON: the file ends early (truncated?)");
        }
        return new DossierFormatException("malformed JSON: " + msg);
    }

    @Override
    public Dossier fromJson(String json) throws DossierFormatException {
        try {
            return read(new StringReader(json));
        } catch (DossierFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new DossierFormatException(e.getMessage());
        }
    }

    @Override
    public String toJson(Dossier dossier) {
        StringWriter out = new StringWriter();
        try {
            write(dossier, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    // ---- decoding -------------------------------------------------------------------------

    private static Dossier decode(JsonElement root) throws DossierFormatException {
        if (!root.isJsonObject()) {
            throw new DossierFormatException("not a Parley dossier: the JSON is not an object");
        }
        JsonObject o = root.getAsJsonObject();
        JsonElement format = o.get("format");
        if (format == null || !format.isJsonPrimitive()) {
            throw new DossierFormatException("not a Parley dossier: no \"format\" field");
        }
        if (!Dossier.FORMAT.equals(format.getAsString())) {
            throw new DossierFormatException("not a Parley dossier: format is \"" + format.getAsString()
                    + "\", expected \"" + Dossier.FORMAT + "\"");
        }
        JsonElement version = o.get("version");
        if (version == null || !version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()) {
            throw new DossierFormatException("dossier has no numeric \"version\" field");
        }
        int v = version.getAsInt();
        if (v > Dossier.VERSION) {
            throw new DossierFormatException("dossier version " + v + " is newer than this Parley reads ("
                    + Dossier.VERSION + "); upgrade Parley to open it");
        }
        if (v < 1) {
            throw new DossierFormatException("dossier version " + v + " is not valid");
        }
        try {
            return new Dossier(
                    list(o, "sources", "sources", GsonDossierCodec::source),
                    list(o, "actors", "actors", GsonDossierCodec::actor),
                    list(o, "quotes", "quotes", GsonDossierCodec::quote),
                    list(o, "relations", "relations", GsonDossierCodec::relation),
                    list(o, "assessments", "assessments", GsonDossierCodec::assessment),
                    list(o, "events", "events", GsonDossierCodec::event));
        } catch (BadField e) {
            throw new DossierFormatException("invalid dossier: " + e.getMessage());
        }
    }

    /** A field with a wrong value; the message starts with its JSON path. */
    private static final class BadField extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadField(String path, String message) {
            super(path + ": " + message, null, false, false);
        }
    }

    private static <T> List<T> list(JsonObject o, String field, String path,
                                    BiFunction<JsonObject, String, T> item) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return List.of();
        }
        if (!e.isJsonArray()) {
            throw new BadField(path, "expected an array");
        }
        JsonArray a = e.getAsJsonArray();
        List<T> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            String p = path + "[" + i + "]";
            if (!a.get(i).isJsonObject()) {
                throw new BadField(p, "expected an object");
            }
            try {
                out.add(item.apply(a.get(i).getAsJsonObject(), p));
            } catch (IllegalArgumentException | NullPointerException ex) {
                throw new BadField(p, String.valueOf(ex.getMessage()));
            }
        }
        return out;
    }

    private static String str(JsonObject o, String field, String path, boolean required) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            if (required) {
                throw new BadField(path + "." + field, "missing");
            }
            return null;
        }
        if (!e.isJsonPrimitive() || e.getAsJsonPrimitive().isBoolean()) {
            throw new BadField(path + "." + field, "expected a string");
        }
        return e.getAsString();
    }

    private static int integer(JsonObject o, String field, String path) {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new BadField(path + "." + field, "expected a whole number");
        }
        try {
            return Integer.parseInt(e.getAsJsonPrimitive().getAsString());
        } catch (NumberFormatException ex) {
            throw new BadField(path + "." + field, "expected a whole number, got " + e);
        }
    }

    private static Double number(JsonObject o, String field, String path) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new BadField(path + "." + field, "expected a number");
        }
        return e.getAsDouble();
    }

    private static List<String> strings(JsonObject o, String field, String path) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return List.of();
        }
        if (!e.isJsonArray()) {
            throw new BadField(path + "." + field, "expected an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonElement x : e.getAsJsonArray()) {
            if (!x.isJsonPrimitive()) {
                throw new BadField(path + "." + field, "expected an array of strings");
            }
            out.add(x.getAsString());
        }
        return out;
    }

    private static Source source(JsonObject o, String p) {
        return new Source(str(o, "id", p, true), str(o, "title", p, false), str(o, "uri", p, false),
                str(o, "published", p, false), str(o, "mediaType", p, false), str(o, "sha256", p, false),
                str(o, "text", p, false), str(o, "reliability", p, false));
    }

    private static Actor actor(JsonObject o, String p) {
        String type = str(o, "type", p, false);
        ActorType t;
        try {
            t = type == null ? ActorType.OTHER : ActorType.of(type);
        } catch (IllegalArgumentException e) {
            throw new BadField(p + ".type", e.getMessage());
        }
        return new Actor(str(o, "id", p, true), str(o, "name", p, true), t, strings(o, "aliases", p),
                str(o, "role", p, false), str(o, "affiliation", p, false), str(o, "country", p, false),
                list(o, "mentions", p + ".mentions", (m, mp) ->
                        new Mention(str(m, "source", mp, true), integer(m, "start", mp), integer(m, "end", mp))));
    }

    private static Quote quote(JsonObject o, String p) {
        return new Quote(str(o, "id", p, true), str(o, "speaker", p, true), str(o, "text", p, false),
                str(o, "source", p, false), integer(o, "start", p), integer(o, "end", p));
    }

    private static Relation relation(JsonObject o, String p) {
        String pol = str(o, "polarity", p, false);
        Polarity polarity;
        try {
            polarity = pol == null ? Polarity.NEUTRAL : Polarity.of(pol);
        } catch (IllegalArgumentException e) {
            throw new BadField(p + ".polarity", e.getMessage());
        }
        Double w = number(o, "weight", p);
        return new Relation(str(o, "id", p, true), str(o, "source", p, true), str(o, "target", p, true),
                polarity, str(o, "category", p, false), w == null ? 0 : w, str(o, "date", p, false),
                list(o, "evidence", p + ".evidence", (e, ep) -> new Evidence(str(e, "source", ep, true),
                        integer(e, "start", ep), integer(e, "end", ep), str(e, "text", ep, false))));
    }

    private static Assessment assessment(JsonObject o, String p) {
        return new Assessment(str(o, "actor", p, true), number(o, "power", p), number(o, "interest", p),
                number(o, "stance", p), str(o, "note", p, false));
    }

    private static Event event(JsonObject o, String p) {
        return new Event(str(o, "id", p, true), str(o, "date", p, false), str(o, "kind", p, false),
                str(o, "description", p, false), str(o, "source", p, false), integer(o, "start", p),
                integer(o, "end", p), strings(o, "actors", p));
    }

    // ---- encoding -------------------------------------------------------------------------

    @Override
    public void write(Dossier d, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.setIndent("  ");
        w.setSerializeNulls(true);
        w.beginObject();
        w.name("format").value(Dossier.FORMAT);
        w.name("version").value(Dossier.VERSION);
        w.name("sources").beginArray();
        for (Source s : d.sources()) {
            w.beginObject();
            w.name("id").value(s.id());
            w.name("title").value(s.title());
            w.name("uri").value(s.uri());
            w.name("published").value(s.published());
            w.name("mediaType").value(s.mediaType());
            w.name("sha256").value(s.sha256());
            w.name("text").value(s.text());
            if (s.reliability() != null) {
                w.name("reliability").value(s.reliability());
            }
            w.endObject();
        }
        w.endArray();
        w.name("actors").beginArray();
        for (Actor a : d.actors()) {
            w.beginObject();
            w.name("id").value(a.id());
            w.name("name").value(a.name());
            w.name("type").value(a.type().id());
            w.name("aliases").beginArray();
            for (String alias : a.aliases()) {
                w.value(alias);
            }
            w.endArray();
            w.name("role").value(a.role());
            w.name("affiliation").value(a.affiliation());
            w.name("country").value(a.country());
            w.name("mentions").beginArray();
            for (Mention m : a.mentions()) {
                w.beginObject();
                w.name("source").value(m.source());
                w.name("start").value(m.start());
                w.name("end").value(m.end());
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.name("quotes").beginArray();
        for (Quote q : d.quotes()) {
            w.beginObject();
            w.name("id").value(q.id());
            w.name("speaker").value(q.speaker());
            w.name("text").value(q.text());
            w.name("source").value(q.source());
            w.name("start").value(q.start());
            w.name("end").value(q.end());
            w.endObject();
        }
        w.endArray();
        w.name("relations").beginArray();
        for (Relation r : d.relations()) {
            w.beginObject();
            w.name("id").value(r.id());
            w.name("source").value(r.source());
            w.name("target").value(r.target());
            w.name("polarity").value(r.polarity().id());
            w.name("category").value(r.category());
            w.name("weight").value(r.weight());
            w.name("date").value(r.date());
            w.name("evidence").beginArray();
            for (Evidence e : r.evidence()) {
                w.beginObject();
                w.name("source").value(e.source());
                w.name("start").value(e.start());
                w.name("end").value(e.end());
                w.name("text").value(e.text());
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.name("assessments").beginArray();
        for (Assessment a : d.assessments()) {
            w.beginObject();
            w.name("actor").value(a.actor());
            w.name("power").value(a.power());
            w.name("interest").value(a.interest());
            w.name("stance").value(a.stance());
            w.name("note").value(a.note());
            w.endObject();
        }
        w.endArray();
        w.name("events").beginArray();
        for (Event e : d.events()) {
            w.beginObject();
            w.name("id").value(e.id());
            w.name("date").value(e.date());
            w.name("kind").value(e.kind());
            w.name("description").value(e.description());
            w.name("source").value(e.source());
            w.name("start").value(e.start());
            w.name("end").value(e.end());
            w.name("actors").beginArray();
            for (String a : e.actors()) {
                w.value(a);
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
        w.flush();
    }
}
