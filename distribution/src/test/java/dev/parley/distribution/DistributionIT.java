package dev.parley.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.parley.distribution.ParleyProcess.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots the assembled distribution (bin/parley: the real launcher, Felix and the built bundles) in
 * separate JVMs and checks what a user sees.
 */
class DistributionIT {

    @TempDir
    Path work;

    static final String SMALL_DOSSIER = """
            {"format": "parley-dossier", "version": 1,
             "sources": [{"id": "s-1", "title": "Note", "uri": null, "published": "2024-02-04",
                          "mediaType": "text/plain", "sha256": "00", "text": "Freedonia accuses Sylvania."}],
             "actors": [
               {"id": "freedonia", "name": "Freedonia", "type": "state", "aliases": ["Freedonian government"],
                "role": null, "affiliation": null, "country": "FRE", "mentions": [{"source": "s-1", "start": 0, "end": 9}]},
               {"id": "sylvania", "name": "Sylvania", "type": "state", "aliases": [],
                "role": null, "affiliation": null, "country": null, "mentions": [{"source": "s-1", "start": 18, "end": 26}]}],
             "quotes": [],
             "relations": [{"id": "r1", "source": "freedonia", "target": "sylvania", "polarity": "conflict",
                            "category": "accuse", "weight": -2.0, "date": "2024-02-04",
                            "evidence": [{"source": "s-1", "start": 0, "end": 27, "text": "Freedonia accuses Sylvania."}]}],
             "assessments": []}
            """;

    static final String OTHER_DOSSIER = """
            {"format": "parley-dossier", "version": 1,
             "actors": [
               {"id": "a1", "name": "the Freedonian government", "type": "state", "aliases": ["Freedonia"]},
               {"id": "a2", "name": "Rufus Firefly", "type": "person", "role": "President", "affiliation": "a1"}]}
            """;

    private Path write(String name, String text) throws IOException {
        Path p = work.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static void assertNoStackTrace(Result r) {
        assertFalse(r.err().contains("Exception"), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    @Test
    void versionBootsTheWholeRuntime() throws Exception {
        Result r = ParleyProcess.run(work, "--version");
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().startsWith("Parley 0.1.0"), r::toString);
        assertTrue(r.out().contains("org.apache.felix.framework 7.0.5"), r::toString);
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void helpListsEveryCommandAndEachCommandHasHelp() throws Exception {
        Result r = ParleyProcess.run(work, "--help");
        assertEquals(0, r.status(), r::toString);
        for (String command : List.of("bundles", "extract", "import", "shell", "help", "analyze", "map", "export", "brief")) {
            assertTrue(r.out().contains("\n  " + command + " "), command + " missing:\n" + r);
            Result h = ParleyProcess.run(work, "help", command);
            assertEquals(0, h.status(), h::toString);
            assertTrue(h.out().startsWith("Usage: parley " + command), h::toString);
        }
        Result viaFlag = ParleyProcess.run(work, "extract", "--help");
        assertEquals(ParleyProcess.run(work, "help", "extract").out(), viaFlag.out());
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Result unknown = ParleyProcess.run(work, "extrakt", "x");
        assertEquals(2, unknown.status(), unknown::toString);
        assertTrue(unknown.err().contains("unknown command 'extrakt'; did you mean 'extract'?"), unknown::toString);
        Result noFiles = ParleyProcess.run(work, "extract");
        assertEquals(2, noFiles.status(), noFiles::toString);
        Result badOption = ParleyProcess.run(work, "extract", "--frobnicate", "a.txt");
        assertEquals(2, badOption.status(), badOption::toString);
        assertTrue(badOption.err().contains("unknown option --frobnicate"), badOption::toString);
        Result noDossier = ParleyProcess.run(work, "import", "a.parley");
        assertEquals(2, noDossier.status(), noDossier::toString);
        assertTrue(noDossier.err().contains("--dossier"), noDossier::toString);
    }

    @Test
    void bundlesShowsEveryBundleActiveAndComponentsUp() throws Exception {
        Result r = ParleyProcess.run(work, "bundles");
        assertEquals(0, r.status(), r::toString);
        for (String bsn : List.of("org.apache.felix.scr", "com.google.gson", "dev.parley.model", "dev.parley.core",
                "dev.parley.cli", "org.jsoup", "dev.parley.knowledge",
                "dev.parley.importer.text", "dev.parley.analysis", "dev.parley.map", "dev.parley.report",
                "org.apache.pdfbox")) {
            assertTrue(r.out().lines().anyMatch(l -> l.contains(" " + bsn + " ") && l.endsWith("ACTIVE")),
                    bsn + " not active:\n" + r);
        }
        for (String component : List.of("GsonDossierCodec", "FileDossierStore", "DefaultImportService",
                "DossierJsonImporter", "ExtractCommand", "ImportCommand", "BundlesCommand", "Cli", "DefaultGazetteer",
                "TextImporter")) {
            assertTrue(r.out().lines().anyMatch(l -> l.contains("component " + component + " ")
                    && (l.endsWith("ACTIVE") || l.contains("SATISFIED"))), component + " not up:\n" + r);
        }
        assertFalse(r.out().contains("UNSATISFIED"), r::toString);
        assertFalse(r.out().contains("not resolved"), r::toString);
    }

    @Test
    void extractReadsADossierFileBackAsItself() throws Exception {
        write("case.parley", SMALL_DOSSIER);
        JsonObject o = extracted("case.parley");
        assertEquals("parley-dossier", o.get("format").getAsString());
        assertEquals(1, o.get("version").getAsInt());
        JsonArray actors = o.getAsJsonArray("actors");
        assertEquals(2, actors.size());
        assertEquals("Freedonia", actors.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals("state", actors.get(0).getAsJsonObject().get("type").getAsString());
        JsonObject rel = o.getAsJsonArray("relations").get(0).getAsJsonObject();
        assertEquals("conflict", rel.get("polarity").getAsString());
        assertEquals("Freedonia accuses Sylvania.",
                rel.getAsJsonArray("evidence").get(0).getAsJsonObject().get("text").getAsString());
    }

    @Test
    void extractMergesFilesAndUnifiesActorsByAlias() throws Exception {
        write("a.parley", SMALL_DOSSIER);
        write("b.json", OTHER_DOSSIER);
        Result r = ParleyProcess.run(work, "extract", "a.parley", "b.json");
        assertEquals(0, r.status(), r::toString);
        JsonArray actors = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("actors");
        assertEquals(3, actors.size(), r::toString);
        JsonObject firefly = actors.get(2).getAsJsonObject();
        assertEquals("Rufus Firefly", firefly.get("name").getAsString());
        assertEquals("freedonia", firefly.get("affiliation").getAsString());
    }

    @Test
    void extractReadsANewsArticleWithTheTextImporter() throws Exception {
        Path article = work.resolve("article.txt");
        try (var in = DistributionIT.class.getResourceAsStream("/freedonia-article.txt")) {
            Files.write(article, in.readAllBytes());
        }
        JsonObject o = extracted("article.txt");
        JsonObject source = o.getAsJsonArray("sources").get(0).getAsJsonObject();
        assertEquals("https://example.org/freedonia-mission", source.get("uri").getAsString());
        assertEquals("Freedonia orders UN mission out", source.get("title").getAsString());
        java.util.Map<String, JsonObject> byName = new java.util.HashMap<>();
        for (var e : o.getAsJsonArray("actors")) {
            byName.put(e.getAsJsonObject().get("name").getAsString(), e.getAsJsonObject());
        }
        java.util.Map<String, String> nameById = namesById(o);
        assertEquals("state", byName.get("Mali").get("type").getAsString());
        assertEquals("mission", byName.get("MINUSMA").get("type").getAsString());
        JsonObject traore = byName.get("Awa Traore");
        assertEquals("person", traore.get("type").getAsString());
        assertEquals("Foreign Minister", traore.get("role").getAsString());
        assertEquals("Mali", nameById.get(traore.get("affiliation").getAsString()));
        assertTrue(byName.containsKey("Russia") && byName.containsKey("France") && byName.containsKey("Wagner Group"),
                byName.keySet()::toString);
        JsonArray quotes = o.getAsJsonArray("quotes");
        assertEquals(2, quotes.size(), o::toString);
        for (var q : quotes) {
            assertEquals("Awa Traore", nameById.get(q.getAsJsonObject().get("speaker").getAsString()));
        }
        java.util.Set<String> relations = relations(o);
        assertTrue(relations.contains("Mali>MINUSMA:conflict"), relations::toString);
        assertTrue(relations.contains("Russia>Mali:cooperation"), relations::toString);
        assertTrue(relations.contains("France>Wagner Group:conflict"), relations::toString);
        assertTrue(relations.contains("Wagner Group>Russia:cooperation"), relations::toString);
        assertEquals("2027-03-03", o.getAsJsonArray("events").get(0).getAsJsonObject().get("date").getAsString());
    }

    /** A one-page PDF with these lines, protected by a password when one is given. */
    private static void pdf(Path file, List<String> lines, String userPassword) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                float y = 720;
                for (String line : lines) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(60, y);
                    cs.showText(line);
                    cs.endText();
                    y -= line.isEmpty() ? 28 : 14;
                }
            }
            if (userPassword != null) {
                var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", userPassword,
                        new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
    }

    @Test
    void extractReadsAPdfArticleInTheRealRuntime() throws Exception {
        pdf(work.resolve("article.pdf"), List.of("Chad expels French envoy", "",
                "Chad on Monday ordered the French ambassador to leave within 72 hours, accusing",
                "Paris of meddling in its internal affairs. Foreign Minister Mahamat Kodi said the",
                "decision was final. The African Union urged both sides to talk."), null);
        JsonObject o = extracted("article.pdf");
        JsonObject source = o.getAsJsonArray("sources").get(0).getAsJsonObject();
        assertEquals("application/pdf", source.get("mediaType").getAsString());
        assertEquals("Chad expels French envoy", source.get("title").getAsString());
        java.util.Map<String, String> nameById = namesById(o);
        assertTrue(nameById.containsValue("Mahamat Kodi") && nameById.containsValue("African Union"),
                nameById::toString);
        assertTrue(relations(o).stream().anyMatch(x -> x.startsWith("Chad>France:")), o::toString);
    }

    /** The dossier {@code parley extract} prints for these files in the work folder, after it exits with 0. */
    private JsonObject extracted(String... files) throws Exception {
        String[] args = new String[files.length + 1];
        args[0] = "extract";
        System.arraycopy(files, 0, args, 1, files.length);
        Result r = ParleyProcess.run(work, args);
        assertEquals(0, r.status(), r::toString);
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    /** A dossier's actor names by id. */
    private static java.util.Map<String, String> namesById(JsonObject dossier) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (var e : dossier.getAsJsonArray("actors")) {
            JsonObject a = e.getAsJsonObject();
            names.put(a.get("id").getAsString(), a.get("name").getAsString());
        }
        return names;
    }

    /** A dossier's relations as "Source>Target:polarity", by actor name. */
    private static java.util.Set<String> relations(JsonObject dossier) {
        java.util.Map<String, String> names = namesById(dossier);
        java.util.Set<String> out = new java.util.HashSet<>();
        for (var e : dossier.getAsJsonArray("relations")) {
            JsonObject rel = e.getAsJsonObject();
            out.add(names.get(rel.get("source").getAsString()) + ">" + names.get(rel.get("target").getAsString())
                    + ":" + rel.get("polarity").getAsString());
        }
        return out;
    }

    @Test
    void withoutPdfboxAPdfIsAClearProblemAndTextStillReads() throws Exception {
        // a workbench without the reporting feature, which brings Apache PDFBox
        Path copy = work.resolve("parley");
        ParleyProcess.copyDist(copy);
        Path conf = copy.resolve("conf/parley.properties");
        Files.writeString(conf, Files.readString(conf).replace("parley-reporting, ", ""));
        pdf(work.resolve("article.pdf"), List.of("Chad expels the French ambassador."), null);
        Result r = ParleyProcess.run(copy, work, null, "extract", "article.pdf");
        assertEquals(1, r.status(), r::toString);
        assertTrue(r.err().contains("article.pdf: reading PDF needs Apache PDFBox"), r::toString);
        assertNoStackTrace(r);
        write("article.txt", "Chad expels the French ambassador.");
        Result t = ParleyProcess.run(copy, work, null, "extract", "article.txt");
        assertEquals(0, t.status(), t::toString);
        assertTrue(t.out().contains("\"Chad\""), t::toString);
    }

    @Test
    void analyzeMapAndExportFromAnArticle() throws Exception {
        Path article = work.resolve("article.txt");
        try (var in = DistributionIT.class.getResourceAsStream("/freedonia-article.txt")) {
            Files.write(article, in.readAllBytes());
        }
        Result json = ParleyProcess.run(work, "analyze", "article.txt", "--focus", "Mali", "--json");
        assertEquals(0, json.status(), json::toString);
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        java.util.Map<String, JsonObject> byName = new java.util.HashMap<>();
        for (var e : o.getAsJsonArray("actors")) {
            byName.put(e.getAsJsonObject().get("name").getAsString(), e.getAsJsonObject());
        }
        assertEquals(1, byName.get("Mali").get("camp").getAsInt());
        assertEquals(1, byName.get("Russia").get("camp").getAsInt(), json::toString);
        assertEquals(2, byName.get("MINUSMA").get("camp").getAsInt(), json::toString);
        assertTrue(byName.get("MINUSMA").get("explanation").getAsString().contains("conflict with Mali"), json::toString);
        Result table = ParleyProcess.run(work, "analyze", "article.txt");
        assertEquals(0, table.status(), table::toString);
        assertTrue(table.out().contains("Quadrant") && table.out().contains("Manage closely"), table::toString);

        for (String out : List.of("grid.svg", "grid.png")) {
            Result m = ParleyProcess.run(work, "map", "article.txt", "-o", out);
            assertEquals(0, m.status(), m::toString);
            assertTrue(Files.size(work.resolve(out)) > 1000);
        }
        Result net = ParleyProcess.run(work, "map", "article.txt", "-o", "net.svg", "--view", "network", "--seed", "3");
        assertEquals(0, net.status(), net::toString);
        assertTrue(Files.readString(work.resolve("net.svg")).contains("Alignments network"));
        Result bad = ParleyProcess.run(work, "map", "article.txt", "-o", "map.gif");
        assertEquals(2, bad.status(), bad::toString);
        Result noActor = ParleyProcess.run(work, "analyze", "article.txt", "--focus", "Atlantis");
        assertEquals(2, noActor.status(), noActor::toString);
        assertTrue(noActor.err().contains("no actor 'Atlantis'"), noActor::toString);

        Result gexf = ParleyProcess.run(work, "export", "article.txt", "--format", "gexf", "-o", "net.gexf");
        assertEquals(0, gexf.status(), gexf::toString);
        assertTrue(Files.readString(work.resolve("net.gexf")).contains("<gexf xmlns=\"http://gexf.net/1.3\""));
        Result csv = ParleyProcess.run(work, "export", "article.txt", "--format", "csv", "-o", "tables.csv");
        assertEquals(0, csv.status(), csv::toString);
        assertTrue(Files.exists(work.resolve("tables-nodes.csv")) && Files.exists(work.resolve("tables-edges.csv")));
        Result unknown = ParleyProcess.run(work, "export", "article.txt", "--format", "xls", "-o", "x.xls");
        assertEquals(2, unknown.status(), unknown::toString);
        assertTrue(unknown.err().contains("csv, gexf, graphml"), unknown::toString);
    }

    @Test
    void briefWritesEveryFormatFromAnArticle() throws Exception {
        Path article = work.resolve("article.txt");
        try (var in = DistributionIT.class.getResourceAsStream("/freedonia-article.txt")) {
            Files.write(article, in.readAllBytes());
        }
        Result r = ParleyProcess.run(work, "brief", "article.txt", "-o", "out", "--format", "html,pdf,md,json",
                "--title", "Test briefing");
        assertEquals(0, r.status(), r::toString);
        for (String f : List.of("out/article.parley", "out/article-briefing.html", "out/article-briefing.pdf",
                "out/article-briefing.md", "out/article-briefing.json")) {
            assertTrue(r.out().contains("Wrote " + f), r::toString);
            assertTrue(Files.size(work.resolve(f)) > 500, f);
        }
        String html = Files.readString(work.resolve("out/article-briefing.html"));
        assertTrue(html.contains("<title>Test briefing</title>"));
        assertTrue(html.contains("Awa Traore"));
        assertTrue(Files.readString(work.resolve("out/article-briefing.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));
        Result bad = ParleyProcess.run(work, "brief", "article.txt", "--format", "docx");
        assertEquals(2, bad.status(), bad::toString);
        assertTrue(bad.err().contains("no briefing format 'docx' (installed: html, json, md, pdf)"), bad::toString);
    }

    @Test
    void spreadsheetsRoundTripThroughADossierToGraphml() throws Exception {
        write("nodes.csv", "Id,Label,type\nn1,Freedonia,state\nn2,Sylvania,state\nn3,Northern League,igo\n");
        write("edges.csv", "Source,Target,Type,Weight,Label\nn1,n2,Directed,-6,sanction\nn3,n1,Directed,3,support\n");
        write("bad.csv", "Source,Target,Weight\nn1,n2,lots\n");
        Result r = ParleyProcess.run(work, "import", "nodes.csv", "edges.csv", "--dossier", "net.parley");
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("+3 actor(s)") && r.out().contains("+2 relation(s)"), r::toString);
        Result warn = ParleyProcess.run(work, "extract", "bad.csv");
        assertEquals(0, warn.status(), warn::toString);
        assertTrue(warn.err().contains("bad.csv:2:3: warning: row skipped: weight 'lots' is not a number"), warn::toString);
        Result g = ParleyProcess.run(work, "export", "net.parley", "--format", "graphml", "-o", "net.graphml");
        assertEquals(0, g.status(), g::toString);
        String graphml = Files.readString(work.resolve("net.graphml"));
        assertEquals(3, graphml.split("<node ").length - 1);
        assertEquals(2, graphml.split("<edge ").length - 1);
        assertTrue(graphml.contains(">Freedonia<") && graphml.contains(">sanction<"), graphml);
    }

    @Test
    void badFilesGetOneClearLineAndExitOne() throws Exception {
        write("empty.txt", "");
        Files.createDirectory(work.resolve("folder"));
        Path binary = work.resolve("junk.bin");
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        junk[10] = 0;
        Files.write(binary, junk);
        write("notes.xyz", "plain words in a format nobody reads\n");
        write("broken.parley", "{\"format\": \"parley-dossier\", \"version\": 1,\n \"actors\": [\n  {\"id\": \"x\" \"name\": \"y\"}]}\n");
        write("future.parley", "{\"format\": \"parley-dossier\", \"version\": 9}");
        pdf(work.resolve("locked.pdf"), List.of("Chad expels the French ambassador."), "reader-secret");
        write("fake.pdf", "a note that only calls itself a PDF");
        String[][] cases = {
            {"missing.txt", "missing.txt: no such file"},
            {"empty.txt", "empty.txt: the file is empty"},
            {"folder", "folder: is a directory"},
            {"junk.bin", "junk.bin: a binary file that no importer reads"},
            {"notes.xyz", "notes.xyz: no importer reads this kind of file (supported: .csv, .htm, .html, .ijson, .json, .jsonl, .markdown, .md, .parley, .pdf, .text, .tsv, .txt)"},
            {"locked.pdf", "locked.pdf: the PDF is protected by a password"},
            {"fake.pdf", "fake.pdf: not a PDF"},
            {"broken.parley", "broken.parley:3:"},
            {"future.parley", "newer than this Parley reads"},
        };
        for (String[] c : cases) {
            Result r = ParleyProcess.run(work, "extract", c[0]);
            assertEquals(1, r.status(), r::toString);
            assertTrue(r.err().contains(c[1]), "expected '" + c[1] + "' in:\n" + r);
            assertEquals(1, r.err().lines().count(), r::toString);
            assertEquals("", r.out(), r::toString);
            assertNoStackTrace(r);
        }
        Result debug = ParleyProcess.run(work, "--debug", "import", "broken.parley", "--dossier", "folder");
        assertEquals(1, debug.status(), debug::toString);
    }

    @Test
    void importIsAllOrNothing() throws Exception {
        write("a.parley", SMALL_DOSSIER);
        write("b.json", OTHER_DOSSIER);
        write("bad.parley", "{\"format\": \"parley-dossier\", \"version\": 1, \"actors\": [");
        Result created = ParleyProcess.run(work, "import", "a.parley", "--dossier", "case.parley");
        assertEquals(0, created.status(), created::toString);
        assertTrue(created.out().contains("Created case.parley: +1 source(s), +2 actor(s)"), created::toString);
        byte[] before = Files.readAllBytes(work.resolve("case.parley"));

        Result failed = ParleyProcess.run(work, "import", "b.json", "bad.parley", "--dossier", "case.parley");
        assertEquals(1, failed.status(), failed::toString);
        assertTrue(failed.err().contains("case.parley was not changed"), failed::toString);
        assertArrayEquals(before, Files.readAllBytes(work.resolve("case.parley")));

        Result updated = ParleyProcess.run(work, "import", "b.json", "--dossier", "case.parley");
        assertEquals(0, updated.status(), updated::toString);
        assertTrue(updated.out().contains("+1 actor(s)"), updated::toString);
        assertArrayEquals(before, Files.readAllBytes(work.resolve("case.parley.bak")));
        Result back = ParleyProcess.run(work, "extract", "case.parley");
        JsonArray actors = JsonParser.parseString(back.out()).getAsJsonObject().getAsJsonArray("actors");
        assertEquals(3, actors.size(), back::toString);
        try (Stream<Path> files = Files.list(work)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".saving")));
        }
    }

    @Test
    void shellRunsParleyCommands() throws Exception {
        Result r = ParleyProcess.run(ParleyProcess.dist(), work, "parley --version\nparley extrakt\n", "shell");
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("Parley 0.1.0"), r::toString);
        assertTrue(r.err().contains("unknown command 'extrakt'") || r.out().contains("unknown command 'extrakt'"),
                r::toString);
    }

    @Test
    void anUnresolvableBundleIsExplainedInWords() throws Exception {
        Path copy = work.resolve("parley");
        ParleyProcess.copyDist(copy);
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "com.example.needy");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", "com.example.absent;version=\"[2.0,3)\"");
        try (OutputStream out = Files.newOutputStream(copy.resolve("plugins/needy.jar"));
             JarOutputStream jar = new JarOutputStream(out, mf)) {
            jar.flush();
        }
        Files.writeString(copy.resolve("conf/trusted-bundles"), sha256(copy.resolve("plugins/needy.jar")) + "  # test\n");
        Result r = ParleyProcess.run(copy, work, null, "bundles");
        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("com.example.needy"), r::toString);
        assertTrue(r.out().contains("missing: package com.example.absent version 2.0.0 up to but not including 3.0.0,"
                + " which no installed bundle provides"), r::toString);
        assertTrue(r.err().contains("com.example.needy did not start"), r::toString);
        // The rest of the workbench still works.
        Result v = ParleyProcess.run(copy, work, null, "--version");
        assertEquals(0, v.status(), v::toString);
    }

    static String sha256(Path p) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    /** A copy of a bundle jar under another symbolic name: a plugin with real services, made from ours. */
    static Path renamedBundle(Path jar, String bsn, Path out) throws IOException {
        try (java.util.jar.JarFile in = new java.util.jar.JarFile(jar.toFile());
             JarOutputStream o = new JarOutputStream(Files.newOutputStream(out))) {
            Manifest mf = new Manifest(in.getManifest());
            mf.getMainAttributes().putValue("Bundle-SymbolicName", bsn);
            o.putNextEntry(new java.util.jar.JarEntry("META-INF/MANIFEST.MF"));
            mf.write(o);
            o.closeEntry();
            for (var e : java.util.Collections.list(in.entries())) {
                if (e.getName().equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                o.putNextEntry(new java.util.jar.JarEntry(e.getName()));
                try (var is = in.getInputStream(e)) {
                    is.transferTo(o);
                }
                o.closeEntry();
            }
        }
        return out;
    }

    @Test
    void installChecksTrustsSurvivesRestartsAndUninstalls() throws Exception {
        Path copy = work.resolve("parley");
        ParleyProcess.copyDist(copy);
        Path ftm = ParleyProcess.systemJar(copy, "dev.parley.importer.ftm");
        Path plugin = renamedBundle(ftm, "com.example.ftm2", work.resolve("ftm2.jar"));
        Files.writeString(work.resolve("plain.jar"), "not a zip");
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(work.resolve("nobundle.jar")), mf)) {
            jar.flush();
        }
        Result notBundle = ParleyProcess.run(copy, work, null, "install", "nobundle.jar");
        assertEquals(1, notBundle.status(), notBundle::toString);
        assertTrue(notBundle.err().contains("nobundle.jar: not an OSGi bundle: no Bundle-SymbolicName in META-INF/MANIFEST.MF"),
                notBundle::toString);
        Result untrusted = ParleyProcess.run(copy, work, null, "install", "ftm2.jar");
        assertEquals(1, untrusted.status(), untrusted::toString);
        assertTrue(untrusted.err().contains("ftm2.jar: not trusted") && untrusted.err().contains("nothing was installed"),
                untrusted::toString);
        Result ok = ParleyProcess.run(copy, work, null, "install", "ftm2.jar", "--trust");
        assertEquals(0, ok.status(), ok::toString);
        assertTrue(ok.out().contains("Installed com.example.ftm2") && ok.out().contains("importer ftm"), ok::toString);
        Result again = ParleyProcess.run(copy, work, null, "install", "ftm2.jar", "--trust");
        assertEquals(1, again.status(), again::toString);
        assertTrue(again.err().contains("already installed"), again::toString);
        Result features = ParleyProcess.run(copy, work, null, "features");
        assertTrue(features.out().contains("com.example.ftm2") && features.out().contains("trusted: its SHA-256"),
                features::toString);
        assertTrue(features.out().contains("parley-core"), features::toString);
        Result bundles = ParleyProcess.run(copy, work, null, "bundles");
        assertTrue(bundles.out().lines().anyMatch(l -> l.contains("com.example.ftm2") && l.contains("ACTIVE")
                && l.endsWith("[plugin]")), bundles::toString);
        Result system = ParleyProcess.run(copy, work, null, "uninstall", "dev.parley.core");
        assertEquals(1, system.status());
        assertTrue(system.err().contains("part of Parley"), system::toString);
        // a tampered plugin no longer matches its digest and does not start
        Path installed = copy.resolve("plugins/ftm2.jar");
        byte[] bytes = Files.readAllBytes(installed);
        bytes[bytes.length / 2] ^= 1;
        Files.write(installed, bytes);
        Result tampered = ParleyProcess.run(copy, work, null, "--version");
        assertEquals(0, tampered.status(), tampered::toString);
        assertTrue(tampered.err().contains("plugins/ftm2.jar is not trusted"), tampered::toString);
        Files.write(installed, Files.readAllBytes(plugin));
        Result removed = ParleyProcess.run(copy, work, null, "uninstall", "com.example.ftm2");
        assertEquals(0, removed.status(), removed::toString);
        assertFalse(Files.exists(installed));
        assertFalse(ParleyProcess.run(copy, work, null, "bundles").out().contains("com.example.ftm2"));
    }

    private static void tool(Path cwd, String... cmd) throws Exception {
        String javaHome = System.getProperty("java.home");
        List<String> full = new java.util.ArrayList<>(List.of(cmd));
        full.set(0, Path.of(javaHome, "bin", cmd[0]).toString());
        Process p = new ProcessBuilder(full).directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + ":\n" + out);
    }

    @Test
    void aJarSignedByATrustedCertificateInstallsAndATamperedOneDoesNot() throws Exception {
        Path copy = work.resolve("parley");
        ParleyProcess.copyDist(copy);
        Path ftm = ParleyProcess.systemJar(copy, "dev.parley.importer.ftm");
        Path plugin = renamedBundle(ftm, "com.example.signed", work.resolve("signed.jar"));
        tool(work, "keytool", "-genkeypair", "-alias", "team", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-dname", "CN=Parley Test Team", "-keystore", "ks.p12", "-storetype", "PKCS12", "-storepass", "secret1",
                "-keypass", "secret1");
        tool(work, "jarsigner", "-keystore", "ks.p12", "-storepass", "secret1", "signed.jar", "team");
        Files.createDirectories(copy.resolve("conf/trust"));
        tool(work, "keytool", "-exportcert", "-rfc", "-alias", "team", "-keystore", "ks.p12", "-storepass", "secret1",
                "-file", copy.resolve("conf/trust/team.pem").toString());
        // tampered: one class changed after signing
        Path tampered = work.resolve("tampered.jar");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(plugin.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(tampered))) {
            boolean changed = false;
            for (var e : java.util.Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                if (!changed && e.getName().endsWith(".class")) {
                    data[data.length - 1] ^= 1;
                    changed = true;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        Result bad = ParleyProcess.run(copy, work, null, "install", "tampered.jar");
        assertEquals(1, bad.status(), bad::toString);
        assertTrue(bad.err().contains("tampered.jar: not trusted"), bad::toString);
        Result good = ParleyProcess.run(copy, work, null, "install", "signed.jar");
        assertEquals(0, good.status(), good::toString);
        assertTrue(good.out().contains("Installed com.example.signed"), good::toString);
        Result features = ParleyProcess.run(copy, work, null, "features");
        assertTrue(features.out().contains("signed by CN=Parley Test Team"), features::toString);
    }

    private static boolean waitFor(Path file, String text, int seconds) throws Exception {
        for (int i = 0; i < seconds * 10; i++) {
            if (Files.exists(file) && Files.readString(file).contains(text)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    void hotDeployWhileTheShellRuns() throws Exception {
        Path copy = work.resolve("parley");
        ParleyProcess.copyDist(copy);
        Path ftm = ParleyProcess.systemJar(copy, "dev.parley.importer.ftm");
        Path hot = renamedBundle(ftm, "com.example.hot", work.resolve("hot.jar"));
        Path cold = renamedBundle(ftm, "com.example.cold", work.resolve("cold.jar"));
        Files.writeString(copy.resolve("conf/trusted-bundles"), sha256(hot) + "  # test\n");
        Path out = work.resolve("shell.out");
        Path err = work.resolve("shell.err");
        Process shell = new ProcessBuilder(copy.resolve("bin/parley").toString(), "shell").directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (var stdin = shell.getOutputStream()) {
            assertTrue(waitFor(out, "Welcome", 30), () -> "the shell did not start: " + err);
            Path tmp = copy.resolve("plugins/.hot.part");
            Files.copy(hot, tmp);
            Files.move(tmp, copy.resolve("plugins/hot.jar"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            assertTrue(waitFor(err, "installed and started com.example.hot", 20), () -> "not hot-deployed: " + read(err));
            Path tmp2 = copy.resolve("plugins/.cold.part");
            Files.copy(cold, tmp2);
            Files.move(tmp2, copy.resolve("plugins/cold.jar"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            assertTrue(waitFor(err, "plugins/cold.jar was not installed: not trusted", 20), () -> read(err));
            stdin.write("parley bundles\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            stdin.flush();
            assertTrue(waitFor(out, "com.example.hot", 20), () -> read(out));
            assertFalse(read(out).contains("com.example.cold"), () -> read(out));
            Files.delete(copy.resolve("plugins/hot.jar"));
            assertTrue(waitFor(err, "removed: uninstalled com.example.hot", 20), () -> read(err));
            stdin.write("exit\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            stdin.flush();
        } finally {
            if (!shell.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                shell.destroyForcibly();
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
