package dev.parley.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.Dossier;
import dev.parley.model.ImportResult;
import dev.parley.model.spi.ImportContext;
import dev.parley.model.spi.Importer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultyImporterTest {
    @TempDir
    Path dir;

    /** An importer for .slow files that never returns unless told to stop. */
    static final class Hanging implements Importer {
        volatile boolean sawCancel;

        @Override
        public String name() {
            return "hanging";
        }

        @Override
        public String description() {
            return "never finishes";
        }

        @Override
        public Set<String> extensions() {
            return Set.of("slow");
        }

        @Override
        public Set<String> mediaTypes() {
            return Set.of();
        }

        @Override
        public boolean canHandle(String fileName, byte[] head) {
            return fileName.endsWith(".slow");
        }

        @Override
        public ImportResult importFile(Path file, ImportContext context) {
            while (!context.cancelled()) {
                Thread.onSpinWait();
            }
            sawCancel = true;
            return new ImportResult(Dossier.empty(), List.of());
        }
    }

    @Test
    void aHangingImporterIsStoppedAndTheOthersKeepWorking() throws Exception {
        DefaultImportService service = new DefaultImportService();
        service.setTimeoutSeconds(1);
        Hanging hanging = new Hanging();
        service.addImporter(hanging);
        service.addImporter(new DossierJsonImporter(new FileDossierStore(new GsonDossierCodec())));
        Path slow = dir.resolve("data.slow");
        Files.writeString(slow, "x");
        ImportResult r = service.importFile(slow, "data.slow");
        assertTrue(r.failed());
        assertTrue(r.problems().get(0).message().contains("importer 'hanging' did not finish within 1 s"),
                r.problems().toString());
        Path ok = dir.resolve("case.parley");
        Files.writeString(ok, "{\"format\":\"parley-dossier\",\"version\":1}");
        assertFalse(service.importFile(ok, "case.parley").failed(), "the workbench keeps working");
        Thread.sleep(200);
        assertTrue(hanging.sawCancel, "the importer was told to stop");
    }
}
