package dev.parley.importer.ftm.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.ImportResult;
import dev.parley.model.Polarity;
import dev.parley.model.Problem;
import dev.parley.model.Relation;
import dev.parley.model.spi.ImportContext;
import dev.parley.model.spi.Importer;
import dev.parley.model.spi.ImporterName;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * FollowTheMoney entities, one JSON object a line ({@code .ftm.json}, {@code .ijson}), after the
 * FtM schema: Person, Organization, PublicBody, Company and LegalEntity become actors (names,
 * aliases, country); Membership, Employment, Directorship and Occupancy give affiliations and roles;
 * other link schemata become neutral relations.
 */
@Component(service = Importer.class)
@ImporterName("ftm")
public final class FtmImporter implements Importer {

    static final int MAX_BAD_LINES = 100;

    /** Link schemata that tie a person to a body, and the property names of both ends and the role. */
    record Tie(String person, String body, String role) {
    }

    static final Map<String, Tie> TIES = Map.of(
            "Membership", new Tie("member", "organization", "role"),
            "Employment", new Tie("employee", "employer", "role"),
            "Directorship", new Tie("director", "organization", "role"),
            "Occupancy", new Tie("holder", "post", "status"));

    /** Other links: the two ends, in the schema's own words. */
    static final Map<String, String[]> LINKS = Map.ofEntries(
            Map.entry("Ownership", new String[] {"owner", "asset"}),
            Map.entry("Family", new String[] {"person", "relative"}),
            Map.entry("Associate", new String[] {"person", "associate"}),
            Map.entry("UnknownLink", new String[] {"subject", "object"}),
            Map.entry("Payment", new String[] {"payer", "beneficiary"}),
            Map.entry("Representation", new String[] {"agent", "client"}),
            Map.entry("Succession", new String[] {"predecessor", "successor"}));

    @Override
    public String name() {
        return "ftm";
    }

    @Override
    public String description() {
        return "FollowTheMoney entities (.ftm.json, .ijson: one JSON object a line)";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("ijson", "json", "jsonl");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/x-ndjson");
    }

    @Override
    public int priority() {
        return 15;
    }

    @Override
    public boolean canHandle(String fileName, byte[] head) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        String first = new String(head, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        boolean shape = first.startsWith("{") && first.contains("\"schema\"") && first.contains("\"properties\"");
        return lower.endsWith(".ftm.json") || lower.endsWith(".ijson") || (lower.endsWith(".jsonl") && shape)
                || (lower.endsWith(".json") && shape);
    }

    static ActorType type(String schema) {
        return switch (schema) {
            case "Person" -> ActorType.PERSON;
            case "Company" -> ActorType.COMPANY;
            case "Organization", "PublicBody", "LegalEntity" -> ActorType.OTHER;
            default -> null;
        };
    }

    @Override
    public ImportResult importFile(Path file, ImportContext context) throws IOException {
        String name = context.displayName();
        List<Problem> problems = new ArrayList<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<JsonObject> links = new ArrayList<>();
        int bad = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String why = null;
                try {
                    JsonElement e = JsonParser.parseString(line);
                    if (!e.isJsonObject() || !e.getAsJsonObject().has("schema") || !e.getAsJsonObject().has("id")) {
                        why = "not an FtM entity (no id or schema)";
                    } else {
                        JsonObject o = e.getAsJsonObject();
                        String schema = o.get("schema").getAsString();
                        ActorType t = type(schema);
                        if (t != null) {
                            actors.put(o.get("id").getAsString(), actor(o, t));
                        } else if (TIES.containsKey(schema) || LINKS.containsKey(schema)) {
                            links.add(o);
                        }
                    }
                } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
                    why = "malformed JSON: " + e.getMessage();
                }
                if (why != null) {
                    bad++;
                    problems.add(new Problem(name, n, 0, Problem.Severity.WARNING, "line skipped: " + why));
                    if (bad > MAX_BAD_LINES) {
                        problems.add(new Problem(name, n, 0, Problem.Severity.ERROR, "more than " + MAX_BAD_LINES
                                + " bad lines; stopped (is this FollowTheMoney JSON lines?)"));
                        return new ImportResult(Dossier.empty(), problems);
                    }
                }
            }
        }
        List<Relation> relations = new ArrayList<>();
        for (JsonObject o : links) {
            String schema = o.get("schema").getAsString();
            JsonObject p = o.has("properties") ? o.getAsJsonObject("properties") : new JsonObject();
            Tie tie = TIES.get(schema);
            if (tie != null) {
                String person = first(p, tie.person());
                String body = first(p, tie.body());
                Actor a = actors.get(person);
                if (a != null && body != null) {
                    String role = first(p, tie.role());
                    if (role == null && schema.equals("Occupancy") && actors.containsKey(body)) {
                        role = actors.get(body).name(); // the post's own name ("Minister of Defence")
                    }
                    actors.put(person, new Actor(a.id(), a.name(), a.type(), a.aliases(),
                            a.role() != null ? a.role() : role, a.affiliation() != null ? a.affiliation() : body,
                            a.country(), null));
                }
                continue;
            }
            String[] ends = LINKS.get(schema);
            String from = first(p, ends[0]);
            String to = first(p, ends[1]);
            if (from != null && to != null && actors.containsKey(from) && actors.containsKey(to)) {
                relations.add(new Relation("ftm" + (relations.size() + 1), from, to, Polarity.NEUTRAL,
                        schema.toLowerCase(Locale.ROOT), 0, first(p, "startDate"), List.of()));
            }
        }
        // affiliations must point at actors of this file
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors.values()) {
            String aff = a.affiliation() != null && actors.containsKey(a.affiliation()) ? a.affiliation() : null;
            out.add(new Actor(a.id(), a.name(), a.type(), a.aliases(), a.role(), aff, a.country(), null));
        }
        if (out.isEmpty()) {
            problems.add(Problem.error(name, "no FollowTheMoney entities of a known schema in the file"));
            return new ImportResult(Dossier.empty(), problems);
        }
        return new ImportResult(new Dossier(null, out, null, relations, null), problems);
    }

    private static Actor actor(JsonObject o, ActorType t) {
        JsonObject p = o.has("properties") ? o.getAsJsonObject("properties") : new JsonObject();
        List<String> names = all(p, "name");
        String nm = names.isEmpty() ? o.get("id").getAsString() : names.get(0);
        List<String> aliases = new ArrayList<>(names.subList(Math.min(1, names.size()), names.size()));
        aliases.addAll(all(p, "alias"));
        aliases.addAll(all(p, "previousName"));
        String country = null;
        List<String> countries = all(p, "country");
        countries.addAll(all(p, "nationality"));
        countries.addAll(all(p, "jurisdiction"));
        for (String c : countries) {
            country = alpha3(c);
            if (country != null) {
                break;
            }
        }
        return new Actor(o.get("id").getAsString(), nm, t, aliases, first(p, "position"), null, country, null);
    }

    /** FtM's two-letter codes ("ru") as ISO alpha-3 ("RUS"). */
    static String alpha3(String code) {
        if (code == null || code.length() != 2) {
            return null;
        }
        try {
            String a3 = new Locale("", code.toUpperCase(Locale.ROOT)).getISO3Country();
            return a3.isEmpty() ? null : a3;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    static List<String> all(JsonObject p, String key) {
        List<String> out = new ArrayList<>();
        JsonElement e = p.get(key);
        if (e != null && e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (JsonElement x : a) {
                if (x.isJsonPrimitive()) {
                    out.add(x.getAsString());
                } else if (x.isJsonObject() && x.getAsJsonObject().has("id")) {
                    out.add(x.getAsJsonObject().get("id").getAsString());
                }
            }
        } else if (e != null && e.isJsonPrimitive()) {
            out.add(e.getAsString());
        }
        return out;
    }

    static String first(JsonObject p, String key) {
        List<String> a = all(p, key);
        return a.isEmpty() ? null : a.get(0);
    }
}
