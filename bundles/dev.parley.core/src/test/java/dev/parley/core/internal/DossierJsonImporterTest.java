package dev.parley.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.Dossier;
import dev.parley.model.ImportResult;
import dev.parley.model.Problem;
import dev.parley.model.spi.ImportContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierJsonImporterTest {

    private final FileDossierStore store = new FileDossierStore(new GsonDossierCodec());
    private final DossierJsonImporter importer = new DossierJsonImporter(store);

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void describesItself() {
        assertEquals("dossier", importer.name());
        assertTrue(importer.extensions().contains("parley"));
        assertTrue(importer.extensions().contains("json"));
        assertFalse(importer.description().isBlank());
    }

    @Test
    void parleyFilesAreAlwaysAccepted() {
        assertTrue(importer.canHandle("case.parley", new byte[0]));
        assertTrue(importer.canHandle("CASE.PARLEY", bytes("not even JSON")));
        assertTrue(importer.canHandle("my.case.Parley", new byte[] {0, 1, 2}));
    }

    @Test
    void jsonFilesAreAcceptedOnlyWhenTheyLookLikeADossier() {
        assertTrue(importer.canHandle("export.json", bytes("{\"format\": \"parley-dossier\", \"version\": 1}")));
        assertTrue(importer.canHandle("EXPORT.JSON", bytes("\n  {\n  \"format\": \"parley-dossier\",\n")));
        assertFalse(importer.canHandle("export.json", bytes("{\"format\": \"geojson\", \"features\": []}")));
        assertFalse(importer.canHandle("export.json", new byte[0]));
        assertFalse(importer.canHandle("export.json", bytes("[\"parley-dossier\"]")));
    }

    @Test
    void otherExtensionsAreNeverAccepted() {
        byte[] dossier = bytes("{\"format\": \"parley-dossier\", \"version\": 1}");
        assertFalse(importer.canHandle("case.txt", dossier));
        assertFalse(importer.canHandle("case.parley.txt", dossier));
        assertFalse(importer.canHandle("case.jsonl", dossier));
        assertFalse(importer.canHandle("parley", dossier));
        assertFalse(importer.canHandle("case", dossier));
    }

    @Test
    void importsAValidDossierAsItIs() throws Exception {
        Path file = dir.resolve("case.parley");
        Dossier d = TestDossiers.full();
        store.save(d, file);

        ImportResult r = importer.importFile(file, ImportContext.named("case.parley"));

        assertEquals(d, r.dossier());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertFalse(r.failed());
    }

    @Test
    void importsAValidJsonDossier() throws Exception {
        Path file = dir.resolve("export.json");
        Dossier d = TestDossiers.full();
        Files.writeString(file, new GsonDossierCodec().toJson(d));

        ImportResult r = importer.importFile(file, ImportContext.named("export.json"));

        assertEquals(d, r.dossier());
        assertTrue(r.problems().isEmpty());
    }

    @Test
    void aMalformedDossierGivesAnErrorWithDisplayNameLineAndColumn() throws Exception {
        Path file = dir.resolve("broken.parley");
        Files.writeString(file, "{\n  \"format\": \"parley-dossier\",\n  \"version\": 1,\n  \"actors\": [}\n}\n");

        ImportResult r = importer.importFile(file, ImportContext.named("cases/broken.parley"));

        assertTrue(r.failed());
        assertTrue(r.dossier().isEmpty());
        assertEquals(1, r.problems().size());
        Problem p = r.problems().get(0);
        assertEquals(Problem.Severity.ERROR, p.severity());
        assertEquals("cases/broken.parley", p.file());
        assertEquals(4, p.line(), p.message());
        assertTrue(p.column() > 0, p.message());
        assertTrue(p.message().startsWith("malformed JSON"), p.message());
        // The path is named once, by the problem, not again inside the message.
        assertFalse(p.message().contains(file.toString()), p.message());
        assertTrue(p.toString().startsWith("cases/broken.parley:4:" + p.column() + ": "), p.toString());
    }

    @Test
    void aNewerVersionGivesAnErrorWithoutPosition() throws Exception {
        Path file = dir.resolve("future.parley");
        Files.writeString(file, "{\"format\": \"parley-dossier\", \"version\": 3}");

        ImportResult r = importer.importFile(file, ImportContext.named("future.parley"));

        assertTrue(r.failed());
        Problem p = r.problems().get(0);
        assertEquals(0, p.line());
        assertTrue(p.message().contains("version 3"), p.message());
    }
}
