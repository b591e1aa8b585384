package dev.parley.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.ImportResult;
import dev.parley.model.Problem;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.ui.CommandContribution;
import dev.parley.model.ui.Selection;
import dev.parley.model.ui.WorkbenchListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's model side (edits, undo, selection, analysis, imports, commands) without a display. */
class WorkbenchWindowTest {

    @TempDir
    Path dir;

    final AtomicInteger analyses = new AtomicInteger();
    final List<Path> saved = new ArrayList<>();

    WorkbenchWindow.Services services = new WorkbenchWindow.Services() {
        @Override
        public Dossier load(Path file) {
            return DossierDocumentTest.with("Norland");
        }

        @Override
        public void save(Dossier dossier, Path file) {
            saved.add(file);
        }

        @Override
        public ImportResult importFile(Path file, dev.parley.model.spi.ImportContext context) {
            context.progress(1, 2);
            if (file.getFileName().toString().startsWith("slow")) {
                long until = System.currentTimeMillis() + 20_000;
                while (!context.cancelled() && System.currentTimeMillis() < until) {
                    Thread.onSpinWait();
                }
                return new ImportResult(DossierDocumentTest.with("Slowland"), List.of());
            }
            if (file.getFileName().toString().startsWith("bad")) {
                return ImportResult.failed(file.getFileName().toString(), "not an article");
            }
            return new ImportResult(DossierDocumentTest.with("Sudria"), List.of());
        }

        @Override
        public Dossier merge(Dossier base, Dossier addition) {
            List<Actor> all = new ArrayList<>(base.actors());
            all.addAll(addition.actors());
            return new Dossier(base.sources(), all, base.quotes(), base.relations(), base.assessments());
        }

        @Override
        public Analysis analyze(Dossier dossier) {
            analyses.incrementAndGet();
            return new Analysis(List.of(), List.of());
        }
    };

    WorkbenchWindow window() {
        return new WorkbenchWindow(services, new Contributions(), new WorkbenchPrefs(dir.resolve("p.properties")),
                false, () -> { });
    }

    @Test
    void editsAreUndoableAndListenersHearThem() {
        WorkbenchWindow w = window();
        List<Integer> sizes = new ArrayList<>();
        w.addListener(new WorkbenchListener() {
            @Override
            public void dossierChanged(Dossier d) {
                sizes.add(d.actors().size());
            }
        });
        w.edit("Add two", d -> DossierDocumentTest.with("Norland", "Sudria"));
        assertTrue(w.dirty());
        w.undo();
        w.redo();
        assertEquals(List.of(2, 0, 2), sizes);
        w.edit("Nothing", d -> d);
        assertEquals(3, sizes.size(), "a change that changes nothing is not announced");
    }

    @Test
    void selectionOfADeletedActorIsDropped() {
        WorkbenchWindow w = window();
        w.edit("Add", d -> DossierDocumentTest.with("Norland", "Sudria"));
        List<Selection> heard = new ArrayList<>();
        w.addListener(new WorkbenchListener() {
            @Override
            public void selectionChanged(Selection s, Object origin) {
                heard.add(s);
            }
        });
        w.select(new Selection(List.of("norland", "sudria"), List.of()), this);
        w.edit("Delete Sudria", d -> DossierDocumentTest.with("Norland"));
        assertEquals(List.of("norland"), w.selection().actors());
        assertEquals(2, heard.size());
    }

    @Test
    void analysisIsComputedOncePerDossier() {
        WorkbenchWindow w = window();
        Analysis a = w.analysis();
        assertSame(a, w.analysis());
        assertEquals(1, analyses.get());
        w.edit("Add", d -> DossierDocumentTest.with("Norland"));
        assertNotSame(a, w.analysis());
        assertEquals(2, analyses.get());
    }

    @Test
    void undoAndSaveCommandsAreEnabledOnlyWhenTheyCanDoSomething() throws Exception {
        WorkbenchWindow w = window();
        CommandContribution undo = command(Builtins.UNDO);
        CommandContribution redo = command(Builtins.REDO);
        assertFalse(undo.enabled(w));
        w.edit("Add", d -> DossierDocumentTest.with("Norland"));
        assertTrue(undo.enabled(w));
        assertFalse(redo.enabled(w));
        undo.execute(w);
        assertTrue(redo.enabled(w));
        assertEquals(0, w.dossier().actors().size());
        w.edit("Add", d -> DossierDocumentTest.with("Norland"));
        assertTrue(w.saveTo(dir.resolve("case.parley")));
        assertEquals(List.of(dir.resolve("case.parley")), saved);
        assertFalse(w.dirty());
        assertFalse(command(Builtins.SAVE).enabled(w), "nothing to save");
    }

    @Test
    void importsRunInTheBackgroundAsOneStepAndSkipFailedFiles() throws Exception {
        WorkbenchWindow w = window();
        SwingUtilities.invokeAndWait(() -> w.importFiles(List.of(dir.resolve("a.txt"), dir.resolve("bad.bin"), dir.resolve("b.txt"))));
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            boolean[] busy = new boolean[1];
            SwingUtilities.invokeAndWait(() -> busy[0] = w.busy());
            if (!busy[0]) {
                break;
            }
            Thread.sleep(10);
        }
        SwingUtilities.invokeAndWait(() -> { });
        assertEquals(2, w.dossier().actors().size(), "the two good files are merged, the bad one is left out");
        assertEquals("Import 3 files", w.document().undoLabel());
    }

    @Test
    void cancellingAnImportReachesTheImporterAndChangesNothing() throws Exception {
        WorkbenchWindow w = window();
        SwingUtilities.invokeAndWait(() -> w.importFiles(List.of(dir.resolve("slow.csv"), dir.resolve("a.txt"))));
        Thread.sleep(100);
        long t0 = System.currentTimeMillis();
        SwingUtilities.invokeAndWait(w::cancelWork);
        waitIdle(w);
        assertTrue(System.currentTimeMillis() - t0 < 10_000, "the importer saw the cancel");
        assertEquals(0, w.dossier().actors().size());
        assertFalse(w.document().canUndo(), "a cancelled import is no step");
        assertTrue(w.statusText().endsWith("cancelled"), w.statusText());
    }

    static void waitIdle(WorkbenchWindow w) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        boolean[] busy = {true};
        while (busy[0] && System.currentTimeMillis() < until) {
            SwingUtilities.invokeAndWait(() -> busy[0] = w.busy());
            Thread.sleep(10);
        }
        SwingUtilities.invokeAndWait(() -> { });
    }

    static CommandContribution command(String id) {
        return Builtins.commands().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void dossierFilesAreToldFromImportableFiles() throws Exception {
        Path parley = dir.resolve("x.parley");
        java.nio.file.Files.writeString(parley, "{}");
        Path json = dir.resolve("y.json");
        java.nio.file.Files.writeString(json, "{\"format\": \"parley-dossier\", \"version\": 1}");
        Path other = dir.resolve("z.json");
        java.nio.file.Files.writeString(other, "{\"type\": \"Person\"}");
        assertTrue(WorkbenchWindow.isDossierFile(parley));
        assertTrue(WorkbenchWindow.isDossierFile(json));
        assertFalse(WorkbenchWindow.isDossierFile(other));
        assertFalse(WorkbenchWindow.isDossierFile(dir.resolve("article.txt")));
        assertEquals(1, List.of(Problem.error("f", "m")).size());
    }
}
