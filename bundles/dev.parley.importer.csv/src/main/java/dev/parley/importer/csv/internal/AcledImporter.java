package dev.parley.importer.csv.internal;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.Evidence;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * ACLED event exports (CSV), after the ACLED codebook: actors from actor1, actor2 and the
 * assoc_actor columns, typed by their inter codes; one relation per event between actor1 and
 * actor2, with event type and sub-event type as category, fatalities kept, the notes as evidence.
 * ACLED's actor1 and actor2 carry no direction, and every relation says so. Shares the bundle of
 * the spreadsheet importer for its CSV reader.
 */
@Component(service = Importer.class)
@ImporterName("acled")
public final class AcledImporter implements Importer {

    static final List<String> REQUIRED = List.of("event_date", "event_type", "actor1", "actor2", "inter1", "inter2");

    @Override
    public String name() {
        return "acled";
    }

    @Override
    public String description() {
        return "ACLED event exports (.csv): actors by inter code, one relation per event";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("csv");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/csv");
    }

    @Override
    public int priority() {
        return 20;
    }

    @Override
    public boolean canHandle(String fileName, byte[] head) {
        String first = new String(head, StandardCharsets.UTF_8).lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") && REQUIRED.stream().allMatch(first::contains);
    }

    /** Actor type from an inter code, numeric (1-8) or, in newer exports, words. */
    static ActorType type(String inter) {
        String s = inter.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "1", "state forces" -> ActorType.STATE;
            case "2", "3", "4", "rebel group", "political militia", "identity militia" -> ActorType.ARMED_GROUP;
            default -> ActorType.OTHER; // 5 rioters, 6 protesters, 7 civilians, 8 external/other forces
        };
    }

    static Polarity polarity(String eventType, String subEvent) {
        String e = eventType.toLowerCase(Locale.ROOT);
        String s = subEvent.toLowerCase(Locale.ROOT);
        if (e.contains("battles") || e.contains("violence against civilians") || e.contains("explosions")
                || e.contains("riots")) {
            return Polarity.CONFLICT;
        }
        if (e.contains("strategic") && s.contains("agreement")) {
            return Polarity.COOPERATION;
        }
        return Polarity.NEUTRAL;
    }

    @Override
    public ImportResult importFile(Path file, ImportContext context) throws IOException {
        String name = context.displayName();
        List<Problem> problems = new ArrayList<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<Relation> relations = new ArrayList<>();
        long size = Files.size(file);
        try (BufferedReader in = Files.newBufferedReader(file, CsvImporter.charset(file, context.options().get("encoding")))) {
            CsvReader csv = new CsvReader(in, ',');
            CsvReader.Row header = csv.next();
            if (header == null) {
                return ImportResult.failed(name, "the file is empty");
            }
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.fields().size(); i++) {
                col.put(header.fields().get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
            }
            for (String r : REQUIRED) {
                if (!col.containsKey(r)) {
                    return ImportResult.failed(name, "not an ACLED export: no column '" + r + "'");
                }
            }
            int bad = 0;
            long rows = 0;
            CsvReader.Row row;
            while ((row = csv.next()) != null) {
                rows++;
                if (rows % 20_000 == 0) {
                    context.progress(rows, size);
                }
                List<String> f = row.fields();
                if (f.size() != header.fields().size()) {
                    bad++;
                    problems.add(new Problem(name, (int) row.line(), 0, Problem.Severity.WARNING, "row skipped: "
                            + f.size() + " fields where the header has " + header.fields().size()));
                    if (bad > CsvImporter.MAX_BAD_ROWS) {
                        problems.add(new Problem(name, (int) row.line(), 0, Problem.Severity.ERROR,
                                "more than " + CsvImporter.MAX_BAD_ROWS + " bad rows; stopped"));
                        return new ImportResult(Dossier.empty(), problems);
                    }
                    continue;
                }
                event(f, col, actors, relations, problems, name, row.line());
            }
        } catch (CsvReader.CsvException e) {
            problems.add(new Problem(name, (int) e.line, e.column, Problem.Severity.ERROR, e.getMessage()));
            return new ImportResult(Dossier.empty(), problems);
        }
        return new ImportResult(new Dossier(null, List.copyOf(actors.values()), null, relations, null), problems);
    }

    private static String get(List<String> f, Map<String, Integer> col, String c) {
        Integer i = col.get(c);
        return i == null ? "" : f.get(i).strip();
    }

    private static void event(List<String> f, Map<String, Integer> col, Map<String, Actor> actors,
                              List<Relation> relations, List<Problem> problems, String name, long line) {
        String a1 = actor(get(f, col, "actor1"), get(f, col, "inter1"), actors);
        String a2 = actor(get(f, col, "actor2"), get(f, col, "inter2"), actors);
        for (String[] assoc : new String[][] {{"assoc_actor_1", a1}, {"assoc_actor_2", a2}}) {
            for (String other : get(f, col, assoc[0]).split(";")) {
                String o = actor(other, "", actors);
                if (o != null && assoc[1] != null && !o.equals(assoc[1])) {
                    relations.add(new Relation("acled" + (relations.size() + 1), o, assoc[1], Polarity.COOPERATION,
                            "associated in an ACLED event", 2, date(get(f, col, "event_date")), List.of()));
                }
            }
        }
        if (a1 == null || a2 == null || a1.equals(a2)) {
            return; // one-sided events (many protests) have no dyad
        }
        String type = get(f, col, "event_type");
        String sub = get(f, col, "sub_event_type");
        Polarity p = polarity(type, sub);
        String fatalities = get(f, col, "fatalities");
        int dead = 0;
        if (!fatalities.isEmpty()) {
            try {
                dead = Integer.parseInt(fatalities);
            } catch (NumberFormatException e) {
                problems.add(new Problem(name, (int) line, col.get("fatalities") + 1, Problem.Severity.WARNING,
                        "fatalities '" + fatalities + "' is not a whole number; left out"));
            }
        }
        double weight = p == Polarity.CONFLICT ? (type.toLowerCase(Locale.ROOT).contains("riots") ? -6 : -9)
                : p == Polarity.COOPERATION ? 5 : 0;
        String notes = get(f, col, "notes");
        String id = get(f, col, "event_id_cnty");
        String category = type + (sub.isEmpty() ? "" : " / " + sub) + ", " + dead + " fatalit" + (dead == 1 ? "y" : "ies")
                + " (undirected: ACLED does not say who acted on whom)";
        relations.add(new Relation("acled" + (relations.size() + 1), a1, a2, p, category, weight,
                date(get(f, col, "event_date")), List.of(new Evidence("acled", 0, 0,
                (id.isEmpty() ? "" : "ACLED " + id + ": ") + notes))));
    }

    private static String actor(String actorName, String inter, Map<String, Actor> actors) {
        String n = actorName.strip();
        if (n.isEmpty()) {
            return null;
        }
        Actor a = actors.get(n);
        if (a == null) {
            ActorType t = inter.isEmpty() ? ActorType.OTHER : type(inter);
            a = new Actor(CsvImporter.slug(n, actors.size()), n, t, null, null, null, null, null);
            actors.put(n, a);
        } else if (a.type() == ActorType.OTHER && !inter.isEmpty() && type(inter) != ActorType.OTHER) {
            a = new Actor(a.id(), a.name(), type(inter), null, null, null, null, null);
            actors.put(n, a);
        }
        return a.id();
    }

    /** ACLED writes "12 March 2024" or "2024-03-12"; ISO out. */
    static String date(String s) {
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return s;
        }
        try {
            return java.time.LocalDate.parse(s, java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                    .toString();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
