package dev.parley.importer.gdelt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.ImportResult;
import dev.parley.model.Polarity;
import dev.parley.model.Problem;
import dev.parley.model.Relation;
import dev.parley.model.spi.ImportContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows written for these tests after the GDELT 2.0 Event Codebook's column list. */
class GdeltImporterTest {
    @TempDir
    Path dir;

    private final GdeltImporter importer = new GdeltImporter();

    /** One 2.0 row: actor codes, names, countries, type codes, event codes, quad class, Goldstein, day, URL. */
    static String row2(long id, String day, String a1, String n1, String c1, String t1, String a2, String n2, String c2,
                       String t2, String code, String root, int quad, double goldstein, String url) {
        String[] f = new String[61];
        Arrays.fill(f, "");
        f[0] = Long.toString(id);
        f[1] = day;
        f[2] = day.substring(0, 6);
        f[3] = day.substring(0, 4);
        f[4] = day.substring(0, 4) + ".0";
        f[5] = a1;
        f[6] = n1;
        f[7] = c1;
        f[12] = t1;
        f[15] = a2;
        f[16] = n2;
        f[17] = c2;
        f[22] = t2;
        f[25] = "1";
        f[26] = code;
        f[27] = code.substring(0, 3);
        f[28] = root;
        f[29] = Integer.toString(quad);
        f[30] = Double.toString(goldstein);
        f[31] = "4";
        f[32] = "1";
        f[33] = "4";
        f[34] = "-2.5";
        f[59] = day + "120000";
        f[60] = url;
        return String.join("\t", f);
    }

    private ImportResult read(String name, List<String> lines) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, lines, StandardCharsets.UTF_8);
        return importer.importFile(p, ImportContext.named(name));
    }

    @Test
    void aggregatesByDyadAndRootCode() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(row2(1, "20240105", "USAGOV", "UNITED STATES", "USA", "GOV", "RUSGOV", "RUSSIA", "RUS", "GOV", "1121",
                "11", 3, -2.0, "https://news.example/1"));
        lines.add(row2(2, "20240107", "USAGOV", "UNITED STATES", "USA", "GOV", "RUSGOV", "RUSSIA", "RUS", "GOV", "1122",
                "11", 3, -4.0, "https://news.example/2"));
        lines.add(row2(3, "20240106", "USAGOV", "UNITED STATES", "USA", "GOV", "UKRGOV", "UKRAINE", "UKR", "GOV", "0711",
                "07", 2, 7.0, "https://news.example/1"));
        lines.add(row2(4, "20240106", "RUSREB", "SEPARATISTS", "RUS", "REB", "UKRMIL", "UKRAINE", "UKR", "MIL", "190",
                "19", 4, -10.0, "https://news.example/3"));
        lines.add(row2(5, "20240106", "", "", "", "", "UKRGOV", "UKRAINE", "UKR", "GOV", "010", "01", 1, 0, ""));
        ImportResult r = read("20240107.export.CSV", lines);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        List<Actor> actors = r.dossier().actors();
        Actor usa = actors.stream().filter(a -> a.name().equals("United States")).findFirst().orElseThrow();
        assertEquals(ActorType.STATE, usa.type());
        assertEquals("USA", usa.country());
        assertEquals(List.of("USAGOV"), usa.aliases());
        Actor reb = actors.stream().filter(a -> a.name().equals("Separatists")).findFirst().orElseThrow();
        assertEquals(ActorType.ARMED_GROUP, reb.type());
        List<Relation> rels = r.dossier().relations();
        assertEquals(3, rels.size(), rels.toString());
        Relation disapprove = rels.get(0);
        assertEquals(Polarity.CONFLICT, disapprove.polarity());
        assertEquals(-3.0, disapprove.weight());
        assertEquals("2024-01-05", disapprove.date());
        assertTrue(disapprove.category().startsWith("disapprove (2 events, 2024-01-05 to 2024-01-07)"), disapprove.category());
        assertEquals(2, disapprove.evidence().size());
        assertEquals(Polarity.COOPERATION, rels.get(1).polarity());
        assertEquals(3, r.dossier().sources().size(), "one source per distinct URL");
    }

    @Test
    void badRowsAreReportedWithLineAndColumnAndSkipped() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(row2(1, "20240105", "USAGOV", "UNITED STATES", "USA", "GOV", "RUSGOV", "RUSSIA", "RUS", "GOV", "1121",
                "11", 3, -2.0, "u"));
        lines.add(row2(2, "2024-01-5", "USAGOV", "UNITED STATES", "USA", "GOV", "RUSGOV", "RUSSIA", "RUS", "GOV", "1121",
                "11", 3, -2.0, "u"));
        lines.add(row2(3, "20240105", "USAGOV", "UNITED STATES", "USA", "GOV", "RUSGOV", "RUSSIA", "RUS", "GOV", "1121",
                "11", 3, -2.0, "u").replace("-2.0", "lots"));
        lines.add("42\tshort row");
        ImportResult r = read("events.export.CSV", lines);
        assertFalse(r.failed());
        List<Problem> p = r.problems();
        assertEquals(3, p.size(), p.toString());
        assertEquals(2, p.get(0).line());
        assertEquals(2, p.get(0).column());
        assertTrue(p.get(0).message().contains("not YYYYMMDD"));
        assertEquals(3, p.get(1).line());
        assertTrue(p.get(1).message().contains("GoldsteinScale"));
        assertTrue(p.get(2).message().contains("2 columns where GDELT 2.0 has 61"));
        assertEquals(1, r.dossier().relations().size());
    }

    @Test
    void tooManyBadRowsStopTheImport() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(row2(1, "20240105", "USAGOV", "UNITED STATES", "USA", "GOV", "RUSGOV", "RUSSIA", "RUS", "GOV", "1121",
                "11", 3, -2.0, "u"));
        for (int i = 0; i < 150; i++) {
            lines.add(row2(i, "2024xx01", "A", "A", "", "", "B", "B", "", "", "0101", "01", 1, 1, ""));
        }
        ImportResult r = read("events.export.CSV", lines);
        assertTrue(r.failed());
        assertTrue(r.problems().get(r.problems().size() - 1).message().contains("more than 100 bad rows"));
        assertTrue(r.dossier().isEmpty());
    }

    @Test
    void version1DailyFilesAndHeaders() throws Exception {
        String v2 = row2(9, "20130401", "FRA", "FRANCE", "FRA", "", "MLI", "MALI", "MLI", "", "0421", "04", 1, 1.0, "x");
        String[] f = v2.split("\t", -1);
        String v1 = String.join("\t", Arrays.copyOf(f, 57));
        String header = String.join("\t", java.util.Collections.nCopies(57, "GLOBALEVENTID"));
        ImportResult r = read("20130401.export.txt", List.of(header, v1));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertEquals(1, r.dossier().relations().size());
        assertEquals("France", r.dossier().actors().get(0).name());
        assertEquals(ActorType.STATE, r.dossier().actors().get(0).type());
        assertTrue(importer.canHandle("20130401.export.txt", v1.getBytes(StandardCharsets.UTF_8)));
        assertFalse(importer.canHandle("notes.txt", "A plain sentence.".getBytes(StandardCharsets.UTF_8)));
    }
}
