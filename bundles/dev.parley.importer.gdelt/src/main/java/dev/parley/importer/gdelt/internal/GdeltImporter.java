package dev.parley.importer.gdelt.internal;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.Evidence;
import dev.parley.model.ImportResult;
import dev.parley.model.Polarity;
import dev.parley.model.Problem;
import dev.parley.model.Relation;
import dev.parley.model.Source;
import dev.parley.model.spi.ImportContext;
import dev.parley.model.spi.Importer;
import dev.parley.model.spi.ImporterName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * GDELT event exports: 2.0 ({@code .export.CSV}, 61 tab-separated columns) and 1.0 daily files
 * (57 or 58 columns), with or without a header line. Streams the rows: memory grows with distinct
 * actors and dyads, not with rows. One actor per distinct actor code and name; one relation per
 * dyad and CAMEO root code, with the count, the mean Goldstein score as weight, polarity from the
 * quad class, and the first and last day.
 */
@Component(service = Importer.class)
@ImporterName("gdelt")
public final class GdeltImporter implements Importer {

    /** Bad rows tolerated before the import stops. */
    static final int MAX_BAD_ROWS = 100;
    /** Source URLs kept (each a source); more are counted, not kept. */
    static final int MAX_SOURCES = 2_000;
    /** Evidence entries kept per relation. */
    static final int MAX_EVIDENCE = 5;

    /** Column positions of one layout. */
    record Layout(String name, int columns, int sourceUrl) {
    }

    static final Layout V2 = new Layout("GDELT 2.0", 61, 60);
    static final Layout V1 = new Layout("GDELT 1.0", 57, -1);
    static final Layout V1_URL = new Layout("GDELT 1.0", 58, 57);

    @Override
    public String name() {
        return "gdelt";
    }

    @Override
    public String description() {
        return "GDELT event exports (2.0 .export.CSV, 1.0 daily files), aggregated by dyad and CAMEO root code";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("csv", "tsv", "txt");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/tab-separated-values");
    }

    @Override
    public int priority() {
        return 20;
    }

    @Override
    public boolean canHandle(String fileName, byte[] head) {
        String first = new String(head, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        int cols = first.split("\t", -1).length;
        boolean shape = cols == 61 || cols == 57 || cols == 58;
        String lower = fileName.toLowerCase(Locale.ROOT);
        return shape && (lower.endsWith(".export.csv") || lower.endsWith(".csv") || lower.endsWith(".tsv")
                || lower.endsWith(".txt"));
    }

    /** What one dyad and root code add up to. */
    private static final class Dyad {
        final String source;
        final String target;
        final String root;
        long count;
        double goldstein;
        long conflictVotes;
        String first;
        String last;
        final List<Evidence> evidence = new ArrayList<>();

        Dyad(String source, String target, String root) {
            this.source = source;
            this.target = target;
            this.root = root;
        }
    }

    @Override
    public ImportResult importFile(Path file, ImportContext context) throws IOException {
        String name = context.displayName();
        long size = Files.size(file);
        List<Problem> problems = new ArrayList<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Dyad> dyads = new LinkedHashMap<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        long droppedSources = 0;
        long rows = 0;
        int bad = 0;
        long bytes = 0;
        Layout layout = null;
        String[] fields = new String[61];
        Map<String, String> days = new java.util.HashMap<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            String line;
            long lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                bytes += line.length() + 1;
                if (lineNo % 50_000 == 0) {
                    context.progress(bytes, size);
                    if (context.cancelled()) {
                        problems.add(Problem.error(name, "import cancelled at line " + lineNo));
                        return new ImportResult(Dossier.empty(), problems);
                    }
                }
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = split(line, fields);
                if (f.length != fields.length) {
                    fields = f;
                }
                if (layout == null) {
                    layout = f.length == 61 ? V2 : f.length == 58 ? V1_URL : f.length == 57 ? V1 : null;
                    if (layout == null) {
                        problems.add(new Problem(name, 1, 0, Problem.Severity.ERROR, "not a GDELT export: " + f.length
                                + " tab-separated columns (2.0 has 61, 1.0 has 57 or 58)"));
                        return new ImportResult(Dossier.empty(), problems);
                    }
                    if (!f[0].isEmpty() && !Character.isDigit(f[0].charAt(0))) {
                        continue; // a header line
                    }
                }
                String why = row(f, layout, actors, dyads, sources, days);
                if (why != null) {
                    if (why.startsWith("+")) {
                        droppedSources++;
                    } else {
                        bad++;
                        int column = why.indexOf(':') > 0 ? Integer.parseInt(why.substring(0, why.indexOf(':'))) : 0;
                        problems.add(new Problem(name, (int) Math.min(Integer.MAX_VALUE, lineNo), column,
                                Problem.Severity.WARNING, "row skipped: " + why.substring(why.indexOf(':') + 1).strip()));
                        if (bad > MAX_BAD_ROWS) {
                            problems.add(new Problem(name, (int) lineNo, 0, Problem.Severity.ERROR, "more than "
                                    + MAX_BAD_ROWS + " bad rows; stopped (is this a GDELT export?)"));
                            return new ImportResult(Dossier.empty(), problems);
                        }
                        continue;
                    }
                }
                rows++;
            }
        }
        if (layout == null || rows == 0) {
            problems.add(Problem.error(name, "no GDELT events in the file"));
            return new ImportResult(Dossier.empty(), problems);
        }
        if (droppedSources > 0) {
            problems.add(Problem.warning(name, "kept the first " + MAX_SOURCES + " source URLs as sources; "
                    + droppedSources + " rows cited others, counted in their relations only"));
        }
        List<Relation> relations = new ArrayList<>();
        int n = 0;
        for (Dyad dy : dyads.values()) {
            double weight = Math.max(-10, Math.min(10, dy.goldstein / dy.count));
            Polarity p = dy.conflictVotes * 2 > dy.count ? Polarity.CONFLICT : Polarity.COOPERATION;
            String category = Cameo.ROOTS.getOrDefault(dy.root, "cameo " + dy.root) + " (" + dy.count + " event"
                    + (dy.count == 1 ? "" : "s") + ", " + dy.first + (dy.last.equals(dy.first) ? "" : " to " + dy.last) + ")";
            relations.add(new Relation("g" + (++n), dy.source, dy.target, p, category, Math.round(weight * 100) / 100.0,
                    dy.first, dy.evidence));
        }
        return new ImportResult(new Dossier(List.copyOf(sources.values()), List.copyOf(actors.values()), null,
                relations, null), problems);
    }

    /** Adds one row; returns null, or "COLUMN: why" for a bad row, or "+" when its source was not kept. */
    /** Splits a line at tabs, into {@code reuse} when the count fits (one array for all rows). */
    static String[] split(String line, String[] reuse) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                count++;
            }
        }
        String[] out = count == reuse.length ? reuse : new String[count];
        int start = 0;
        int k = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '\t') {
                out[k++] = line.substring(start, i);
                start = i + 1;
            }
        }
        return out;
    }

    private static String row(String[] f, Layout layout, Map<String, Actor> actors, Map<String, Dyad> dyads,
                              Map<String, Source> sources, Map<String, String> days) {
        if (f.length != layout.columns()) {
            return "0: " + f.length + " columns where " + layout.name() + " has " + layout.columns();
        }
        String day = f[1];
        String date = days.get(day);
        if (date == null) {
            if (day.length() != 8 || !day.chars().allMatch(Character::isDigit)) {
                return "2: the day '" + day + "' is not YYYYMMDD";
            }
            date = day.substring(0, 4) + "-" + day.substring(4, 6) + "-" + day.substring(6, 8);
            days.put(day, date);
        }
        String a1 = actor(f, 5, actors);
        String a2 = actor(f, 15, actors);
        if (a1 == null || a2 == null || a1.equals(a2)) {
            return null; // GDELT leaves one side blank for many events: no dyad to keep
        }
        String root = f[28];
        double goldstein;
        int quad;
        try {
            goldstein = Double.parseDouble(f[30]);
            quad = Integer.parseInt(f[29]);
        } catch (NumberFormatException e) {
            return "30: GoldsteinScale '" + f[30] + "' or QuadClass '" + f[29] + "' is not a number";
        }
        if (quad < 1 || quad > 4 || goldstein < -10 || goldstein > 10) {
            return "30: QuadClass " + quad + " or GoldsteinScale " + goldstein + " out of range";
        }
        String key = a1 + '\u0000' + a2 + '\u0000' + root;
        Dyad dy = dyads.get(key);
        if (dy == null) {
            dy = new Dyad(a1, a2, root);
            dyads.put(key, dy);
        }
        dy.count++;
        dy.goldstein += goldstein;
        if (quad >= 3) {
            dy.conflictVotes++;
        }
        if (dy.first == null || date.compareTo(dy.first) < 0) {
            dy.first = date;
        }
        if (dy.last == null || date.compareTo(dy.last) > 0) {
            dy.last = date;
        }
        String url = layout.sourceUrl() >= 0 ? f[layout.sourceUrl()].strip() : "";
        String sourceId = null;
        boolean dropped = false;
        if (!url.isEmpty()) {
            Source s = sources.get(url);
            if (s == null && sources.size() < MAX_SOURCES) {
                s = new Source("s-" + sha(url).substring(0, 12), url, url, date, "text/html", null, null);
                sources.put(url, s);
            }
            if (s == null) {
                dropped = true;
            } else {
                sourceId = s.id();
            }
        }
        if (dy.evidence.size() < MAX_EVIDENCE) {
            dy.evidence.add(new Evidence(sourceId == null ? "gdelt" : sourceId, 0, 0, "GDELT event " + f[0] + " on "
                    + date + ": CAMEO " + f[26] + ", Goldstein " + f[30] + (url.isEmpty() ? "" : ", " + url)));
        }
        return dropped ? "+" : null;
    }

    /** The actor of one side, added on first sight; null when the side is blank. */
    private static String actor(String[] f, int base, Map<String, Actor> actors) {
        String code = f[base].strip();
        String name = f[base + 1].strip();
        if (code.isEmpty() && name.isEmpty()) {
            return null;
        }
        String key = code + "|" + name;
        Actor a = actors.get(key);
        if (a == null) {
            String country = f[base + 2].strip();
            ActorType type = null;
            for (int k = base + 7; k <= base + 9; k++) {
                ActorType t = Cameo.type(f[k].strip());
                if (t != null) {
                    type = t;
                    break;
                }
            }
            if (type == null) {
                type = !country.isEmpty() && code.equals(country) ? ActorType.STATE : ActorType.OTHER;
            }
            String id = "gdelt-" + (code.isEmpty() ? "x" : code.toLowerCase(Locale.ROOT)) + "-" + actors.size();
            a = new Actor(id, title(name.isEmpty() ? code : name), type, code.isEmpty() ? List.of() : List.of(code),
                    null, null, country.isEmpty() ? null : country, null);
            actors.put(key, a);
        }
        return a.id();
    }

    /** "UNITED STATES" reads as "United States". */
    static String title(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean start = true;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c) && c != '\'';
        }
        return sb.toString();
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
