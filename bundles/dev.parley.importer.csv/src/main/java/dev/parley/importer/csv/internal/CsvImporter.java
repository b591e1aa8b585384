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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * Spreadsheets of actors or of relations, recognised by their header: Parley's own columns (name,
 * type, aliases, role, affiliation / source, target, polarity, category, weight, date, evidence),
 * Gephi's (Id, Label / Source, Target, Type, Weight) and Kumu's (Label, Type / From, To, Type).
 * Other layouts through a mapping file (option {@code mapping}). Delimiter and encoding (UTF-8,
 * UTF-8 with BOM, Windows-1252) are detected; option {@code encoding} sets the latter.
 */
@Component(service = Importer.class)
@ImporterName("csv")
public final class CsvImporter implements Importer {

    static final int MAX_BAD_ROWS = 100;
    static final List<String> ACTOR_FIELDS = List.of("id", "name", "type", "aliases", "role", "affiliation", "country");
    static final List<String> RELATION_FIELDS = List.of("source", "target", "polarity", "category", "weight", "date",
            "evidence");

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "spreadsheets (.csv, .tsv) of actors or relations: Parley, Gephi or Kumu columns, or a --mapping file";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("csv", "tsv");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/csv", "text/tab-separated-values");
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean canHandle(String fileName, byte[] head) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".tsv")) {
            return false;
        }
        String first = new String(head, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        return first.split(String.valueOf(CsvReader.sniff(first)), -1).length >= 2;
    }

    /** Which table a file is and which column holds which field. */
    record Layout(boolean relations, Map<String, Integer> columns, String convention) {
    }

    /** The layout of a header, by convention or by a mapping (column header = field). */
    static Layout layout(List<String> header, Map<String, String> mapping) {
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            idx.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        Map<String, Integer> cols = new LinkedHashMap<>();
        if (mapping != null && !mapping.isEmpty()) {
            for (Map.Entry<String, String> e : mapping.entrySet()) {
                Integer i = idx.get(e.getKey().strip().toLowerCase(Locale.ROOT));
                if (i != null) {
                    cols.put(e.getValue().strip().toLowerCase(Locale.ROOT), i);
                }
            }
            boolean rel = cols.containsKey("source") && cols.containsKey("target");
            return new Layout(rel, cols, "mapping");
        }
        if (idx.containsKey("source") && idx.containsKey("target")) {
            for (String f : RELATION_FIELDS) {
                if (idx.containsKey(f)) {
                    cols.put(f, idx.get(f));
                }
            }
            boolean gephi = idx.containsKey("type") && !idx.containsKey("polarity") && !idx.containsKey("category");
            if (gephi && idx.containsKey("label")) {
                cols.put("category", idx.get("label"));
            }
            if (gephi) {
                cols.remove("type");
            }
            return new Layout(true, cols, gephi ? "Gephi edges" : "Parley relations");
        }
        if (idx.containsKey("from") && idx.containsKey("to")) {
            cols.put("source", idx.get("from"));
            cols.put("target", idx.get("to"));
            if (idx.containsKey("type")) {
                cols.put("category", idx.get("type"));
            }
            for (String f : List.of("weight", "date", "polarity", "evidence")) {
                if (idx.containsKey(f)) {
                    cols.put(f, idx.get(f));
                }
            }
            return new Layout(true, cols, "Kumu connections");
        }
        if (idx.containsKey("name") || idx.containsKey("label") || idx.containsKey("id")) {
            for (String f : ACTOR_FIELDS) {
                if (idx.containsKey(f)) {
                    cols.put(f, idx.get(f));
                }
            }
            if (!cols.containsKey("name") && idx.containsKey("label")) {
                cols.put("name", idx.get("label"));
            }
            String conv = idx.containsKey("label") && idx.containsKey("id") ? "Gephi nodes"
                    : idx.containsKey("label") ? "Kumu elements" : "Parley actors";
            return new Layout(false, cols, conv);
        }
        return null;
    }

    @Override
    public ImportResult importFile(Path file, ImportContext context) throws IOException {
        String name = context.displayName();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> mapping = null;
        String mappingFile = context.options().get("mapping");
        if (mappingFile != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(Path.of(mappingFile), StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                return ImportResult.failed(name, "cannot read the mapping file " + mappingFile + ": " + e.getMessage());
            }
            mapping = new LinkedHashMap<>();
            for (String k : p.stringPropertyNames()) {
                mapping.put(k, p.getProperty(k));
            }
        }
        Charset charset = charset(file, context.options().get("encoding"));
        long size = Files.size(file);
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = raw;
            byte[] bom = raw.readNBytes(3);
            boolean hasBom = bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
            in = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(hasBom ? new byte[0] : bom), raw);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
            reader.mark(1 << 16);
            String firstLine = reader.readLine();
            if (firstLine == null) {
                return ImportResult.failed(name, "the file is empty");
            }
            reader.reset();
            char delimiter = context.options().containsKey("delimiter") ? context.options().get("delimiter").charAt(0)
                    : CsvReader.sniff(firstLine);
            CsvReader csv = new CsvReader(reader, delimiter);
            CsvReader.Row header = csv.next();
            Layout layout = layout(header.fields(), mapping);
            if (layout == null || (!layout.relations() && !layout.columns().containsKey("name"))) {
                return new ImportResult(Dossier.empty(), List.of(new Problem(name, 1, 0, Problem.Severity.ERROR,
                        "the header names no known columns (actors need name or Label; relations need source and target,"
                                + " or From and To); give a --mapping file: " + String.join(", ", header.fields()))));
            }
            return read(csv, layout, header.fields().size(), name, size, context, problems);
        } catch (CsvReader.CsvException e) {
            problems.add(new Problem(name, (int) e.line, e.column, Problem.Severity.ERROR, e.getMessage()));
            return new ImportResult(Dossier.empty(), problems);
        }
    }

    /** UTF-8 when the start of the file is valid UTF-8, else Windows-1252; or what the user said. */
    static Charset charset(Path file, String given) throws IOException {
        if (given != null) {
            return Charset.forName(given);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 16);
        }
        int end = head.length;
        // do not judge a multi-byte character cut at the end of the sample
        while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
        }
    }

    private ImportResult read(CsvReader csv, Layout layout, int width, String name, long size, ImportContext context,
                              List<Problem> problems) throws IOException {
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<Relation> relations = new ArrayList<>();
        int bad = 0;
        long rows = 0;
        CsvReader.Row row;
        while ((row = csv.next()) != null) {
            rows++;
            if (rows % 20_000 == 0) {
                context.progress(rows, size);
            }
            List<String> f = row.fields();
            if (f.size() == 1 && f.get(0).isBlank()) {
                continue;
            }
            String why;
            if (f.size() > width) {
                why = "0:" + f.size() + " fields where the header has " + width;
            } else {
                try {
                    why = layout.relations() ? relation(f, layout, actors, relations) : actor(f, layout, actors);
                } catch (IllegalArgumentException e) {
                    why = e.getMessage();
                }
            }
            if (why != null) {
                bad++;
                int column = 0;
                int colon = why.indexOf(':');
                if (colon > 0 && why.substring(0, colon).chars().allMatch(Character::isDigit)) {
                    column = Integer.parseInt(why.substring(0, colon));
                    why = why.substring(colon + 1);
                }
                problems.add(new Problem(name, (int) row.line(), column, Problem.Severity.WARNING, "row skipped: " + why.strip()));
                if (bad > MAX_BAD_ROWS) {
                    problems.add(new Problem(name, (int) row.line(), 0, Problem.Severity.ERROR,
                            "more than " + MAX_BAD_ROWS + " bad rows; stopped"));
                    return new ImportResult(Dossier.empty(), problems);
                }
            }
        }
        return new ImportResult(new Dossier(null, List.copyOf(actors.values()), null, relations, null), problems);
    }

    private static String get(List<String> f, Layout l, String field) {
        Integer i = l.columns().get(field);
        if (i == null || i >= f.size()) {
            return null;
        }
        String v = f.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static String actor(List<String> f, Layout l, Map<String, Actor> actors) {
        String nm = get(f, l, "name");
        String id = get(f, l, "id");
        if (nm == null) {
            nm = id;
        }
        if (nm == null) {
            return (l.columns().getOrDefault("name", 0) + 1) + ":no name";
        }
        List<String> aliases = new ArrayList<>();
        String al = get(f, l, "aliases");
        if (al != null) {
            for (String a : al.split("[|;]")) {
                if (!a.isBlank()) {
                    aliases.add(a.strip());
                }
            }
        }
        if (id != null && !id.equals(nm)) {
            aliases.add(id); // Gephi edges refer to nodes by Id
        }
        String key = id != null ? id : nm;
        actors.put(key, new Actor(slug(nm, actors.size()), nm, type(get(f, l, "type")), aliases, get(f, l, "role"),
                get(f, l, "affiliation") == null ? null : slug(get(f, l, "affiliation"), -1), get(f, l, "country"), null));
        return null;
    }

    private static String relation(List<String> f, Layout l, Map<String, Actor> actors, List<Relation> relations) {
        String s = get(f, l, "source");
        String t = get(f, l, "target");
        if (s == null || t == null) {
            return (l.columns().get(s == null ? "source" : "target") + 1) + ":no " + (s == null ? "source" : "target");
        }
        double weight = 0;
        String w = get(f, l, "weight");
        if (w != null) {
            try {
                weight = Double.parseDouble(w.replace(',', '.'));
            } catch (NumberFormatException e) {
                return (l.columns().get("weight") + 1) + ":weight '" + w + "' is not a number";
            }
            if (weight < -10 || weight > 10) {
                return (l.columns().get("weight") + 1) + ":weight " + weight + " is outside -10..+10";
            }
        }
        String pol = get(f, l, "polarity");
        Polarity polarity;
        if (pol != null) {
            try {
                polarity = Polarity.of(pol.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return (l.columns().get("polarity") + 1) + ":" + e.getMessage();
            }
        } else {
            polarity = weight > 0 ? Polarity.COOPERATION : weight < 0 ? Polarity.CONFLICT : Polarity.NEUTRAL;
        }
        String from = endpoint(s, actors);
        String to = endpoint(t, actors);
        String ev = get(f, l, "evidence");
        relations.add(new Relation("c" + (relations.size() + 1), from, to, polarity, get(f, l, "category"), weight,
                get(f, l, "date"), ev == null ? List.of() : List.of(new Evidence("table", 0, 0, ev))));
        return null;
    }

    /** The actor a relation names, made on first sight (tables of relations may come alone). */
    private static String endpoint(String ref, Map<String, Actor> actors) {
        Actor a = actors.get(ref);
        if (a == null) {
            a = new Actor(slug(ref, actors.size()), ref, ActorType.OTHER, null, null, null, null, null);
            actors.put(ref, a);
        }
        return a.id();
    }

    static ActorType type(String t) {
        if (t == null) {
            return ActorType.OTHER;
        }
        String s = t.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        try {
            return ActorType.of(s.replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            // a word of the analyst's own
        }
        if (s.matches(".*\\b(state|country|government|nation)\\b.*")) {
            return ActorType.STATE;
        }
        if (s.matches(".*\\b(mission|peacekeeping|operation)\\b.*")) {
            return ActorType.MISSION;
        }
        if (s.matches(".*\\b(igo|international organi[sz]ation|intergovernmental|regional body|bloc|alliance|un)\\b.*")) {
            return ActorType.IGO;
        }
        if (s.matches(".*\\b(armed|rebel|rebels|militia|insurgent|insurgents|jihadist|terrorist|paramilitary|pmc)\\b.*")) {
            return ActorType.ARMED_GROUP;
        }
        if (s.matches(".*\\b(party|political|movement|opposition)\\b.*")) {
            return ActorType.POLITICAL_GROUP;
        }
        if (s.matches(".*\\b(person|individual|people|official|leader)\\b.*")) {
            return ActorType.PERSON;
        }
        if (s.matches(".*\\b(company|business|firm|corporation)\\b.*")) {
            return ActorType.COMPANY;
        }
        return ActorType.OTHER;
    }

    static String slug(String name, int n) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "actor-" + n : s;
    }
}
