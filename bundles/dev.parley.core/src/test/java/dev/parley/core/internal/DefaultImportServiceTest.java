package dev.parley.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.Dossier;
import dev.parley.model.ImportResult;
import dev.parley.model.Problem;
import dev.parley.model.spi.ImportContext;
import dev.parley.model.spi.Importer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultImportServiceTest {

    private final FileDossierStore store = new FileDossierStore(new GsonDossierCodec());
    private final DefaultImportService service = new DefaultImportService();

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        service.addImporter(new DossierJsonImporter(store));
    }

    /** An importer whose behaviour each test chooses. */
    private static class StubImporter implements Importer {
        private final String name;
        private final String extension;
        final AtomicInteger imports = new AtomicInteger();

        StubImporter(String name, String extension) {
            this.name = name;
            this.extension = extension;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return "test importer " + name;
        }

        @Override
        public Set<String> extensions() {
            return Set.of(extension);
        }

        @Override
        public Set<String> mediaTypes() {
            return Set.of("text/x-" + name);
        }

        @Override
        public boolean canHandle(String fileName, byte[] head) {
            return fileName.endsWith("." + extension);
        }

        @Override
        public ImportResult importFile(Path file, ImportContext context) throws IOException {
            imports.incrementAndGet();
            return new ImportResult(Dossier.empty(), List.of(Problem.warning(context.displayName(), "stub")));
        }
    }

    private static Problem onlyError(ImportResult r) {
        assertTrue(r.failed(), r.problems().toString());
        assertTrue(r.dossier().isEmpty());
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals(Problem.Severity.ERROR, p.severity());
        return p;
    }

    @Test
    void missingFile() {
        Problem p = onlyError(service.importFile(dir.resolve("gone.parley"), "in/gone.parley"));
        assertEquals("in/gone.parley", p.file());
        assertTrue(p.message().contains("no such file"), p.message());
    }

    @Test
    void directory() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("articles"));
        Problem p = onlyError(service.importFile(folder, "articles"));
        assertEquals("articles", p.file());
        assertTrue(p.message().contains("directory"), p.message());
    }

    @Test
    void emptyFile() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.parley"));
        Problem p = onlyError(service.importFile(file, "empty.parley"));
        assertTrue(p.message().contains("empty"), p.message());
    }

    @Test
    void binaryFile() throws Exception {
        Path file = dir.resolve("photo.bin");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1});
        Problem p = onlyError(service.importFile(file, "photo.bin"));
        assertTrue(p.message().contains("binary"), p.message());
        assertTrue(p.message().contains(".parley"), p.message());
    }

    @Test
    void textFileThatNoImporterAcceptsListsTheSupportedExtensions() throws Exception {
        service.addImporter(new StubImporter("text", "txt"));
        Path file = dir.resolve("notes.md");
        Files.writeString(file, "# Invented meeting notes\nThe harbour guild met on Tuesday.\n");

        Problem p = onlyError(service.importFile(file, "notes.md"));

        assertFalse(p.message().contains("binary"), p.message());
        assertTrue(p.message().contains("no importer"), p.message());
        assertTrue(p.message().contains("(supported: .json, .parley, .txt)"), p.message());
    }

    @Test
    void withoutImportersTheMessageSaysSo() throws Exception {
        DefaultImportService bare = new DefaultImportService();
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "An invented line.\n");

        Problem p = onlyError(bare.importFile(file, "notes.txt"));

        assertTrue(p.message().contains("no importers are installed"), p.message());
    }

    @Test
    void anImporterThatThrowsFailsTheFileNamingTheImporter() throws Exception {
        service.addImporter(new StubImporter("boom", "boom") {
            @Override
            public ImportResult importFile(Path file, ImportContext context) {
                throw new IllegalStateException("kaput at byte 7");
            }
        });
        Path file = dir.resolve("data.boom");
        Files.writeString(file, "some invented content\n");

        Problem p = onlyError(service.importFile(file, "data.boom"));

        assertEquals("data.boom", p.file());
        assertTrue(p.message().contains("'boom'"), p.message());
        assertTrue(p.message().contains("kaput at byte 7"), p.message());
    }

    @Test
    void anImporterThatThrowsIoExceptionFailsTheFile() throws Exception {
        service.addImporter(new StubImporter("disk", "disk") {
            @Override
            public ImportResult importFile(Path file, ImportContext context) throws IOException {
                throw new IOException("device went away");
            }
        });
        Path file = dir.resolve("data.disk");
        Files.writeString(file, "x");

        Problem p = onlyError(service.importFile(file, "data.disk"));

        assertTrue(p.message().contains("device went away"), p.message());
    }

    @Test
    void anImporterThatReturnsNullFailsTheFile() throws Exception {
        service.addImporter(new StubImporter("lazy", "lazy") {
            @Override
            public ImportResult importFile(Path file, ImportContext context) {
                return null;
            }
        });
        Path file = dir.resolve("data.lazy");
        Files.writeString(file, "x");

        Problem p = onlyError(service.importFile(file, "data.lazy"));

        assertTrue(p.message().contains("'lazy'"), p.message());
    }

    @Test
    void anImporterWhoseCanHandleThrowsDoesNotStopOthers() throws Exception {
        DefaultImportService s = new DefaultImportService();
        StubImporter broken = new StubImporter("broken", "parley") {
            @Override
            public boolean canHandle(String fileName, byte[] head) {
                throw new NullPointerException("broken plugin");
            }
        };
        s.addImporter(broken);
        s.addImporter(new DossierJsonImporter(store));
        Path file = dir.resolve("case.parley");
        Dossier d = TestDossiers.full();
        store.save(d, file);

        ImportResult r = s.importFile(file, "case.parley");

        assertFalse(r.failed(), r.problems().toString());
        assertEquals(d, r.dossier());
        assertEquals(0, broken.imports.get());
    }

    @Test
    void theFirstAcceptingImporterIsUsedAndGetsTheDisplayName() throws Exception {
        StubImporter text = new StubImporter("text", "txt");
        service.addImporter(text);
        Path file = dir.resolve("minutes.txt");
        Files.writeString(file, "Invented minutes of a meeting.\n");

        ImportResult r = service.importFile(file, "docs/minutes.txt");

        assertEquals(1, text.imports.get());
        assertFalse(r.failed());
        assertEquals(List.of(Problem.warning("docs/minutes.txt", "stub")), r.problems());
    }

    @Test
    void aValidDossierFileImports() throws Exception {
        Path file = dir.resolve("case.parley");
        Dossier d = TestDossiers.full();
        store.save(d, file);

        ImportResult r = service.importFile(file, "case.parley");

        assertFalse(r.failed(), r.problems().toString());
        assertTrue(r.problems().isEmpty());
        assertEquals(d, r.dossier());
    }

    @Test
    void aMalformedDossierComesBackAsAProblemNotAnException() throws Exception {
        Path file = dir.resolve("case.parley");
        Files.writeString(file, "{\"format\": \"parley-dossier\",\n\"version\": 1,\n\"actors\": [1}\n");

        Problem p = onlyError(service.importFile(file, "case.parley"));

        assertEquals("case.parley", p.file());
        assertEquals(3, p.line(), p.message());
    }

    @Test
    void withoutADisplayNameThePathIsUsed() {
        Path missing = dir.resolve("gone.parley");
        Problem p = onlyError(service.importFile(missing, (String) null));
        assertEquals(missing.toString(), p.file());
    }

    @Test
    void importersCanBeRemoved() {
        StubImporter text = new StubImporter("text", "txt");
        service.addImporter(text);
        assertEquals(2, service.importers().size());
        service.removeImporter(text);
        assertEquals(1, service.importers().size());
        assertEquals("dossier", service.importers().get(0).name());
    }

    @Test
    void looksBinary() {
        assertTrue(DefaultImportService.looksBinary(new byte[] {'a', 0, 'b'}));
        assertTrue(DefaultImportService.looksBinary(new byte[] {1, 2, 3, 4, 'a'}));
        assertFalse(DefaultImportService.looksBinary("Plain text,\ttabs\r\nand lines\f".getBytes(
                StandardCharsets.UTF_8)));
        assertFalse(DefaultImportService.looksBinary("Ünïcode «text» 北方".getBytes(StandardCharsets.UTF_8)));
        assertFalse(DefaultImportService.looksBinary(new byte[0]));
    }
}
