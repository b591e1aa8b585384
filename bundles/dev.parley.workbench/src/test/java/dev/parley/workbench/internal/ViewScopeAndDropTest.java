package dev.parley.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.ui.CommandContribution;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchListener;
import dev.parley.testkit.WorkbenchHarness;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.TransferHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewScopeAndDropTest {

    @TempDir
    Path dir;

    @Test
    void aViewsListenersAreRemovedWhenItsScopeIsReleased() {
        WorkbenchHarness wb = new WorkbenchHarness(DossierDocumentTest.with("Norland"), null);
        ViewScope scope = new ViewScope(wb);
        scope.addListener(new WorkbenchListener() { });
        WorkbenchListener removedByTheView = new WorkbenchListener() { };
        scope.addListener(removedByTheView);
        scope.removeListener(removedByTheView);
        scope.addListener(new WorkbenchListener() { });
        assertEquals(2, wb.listenerCount());
        scope.release();
        assertEquals(0, wb.listenerCount(), "what the view forgot to remove is removed for it");
        scope.showError("Title", "message");
        assertEquals(List.of("Title: message"), wb.errors());
    }

    @Test
    void aTableInAViewTakesDroppedFilesAndKeepsItsOwnHandlerForTheRest() throws Exception {
        List<Path> imported = new ArrayList<>();
        WorkbenchWindow window = new WorkbenchWindow(new WorkbenchWindow.Services() {
            @Override
            public dev.parley.model.Dossier load(Path file) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void save(dev.parley.model.Dossier dossier, Path file) {
            }

            @Override
            public dev.parley.model.ImportResult importFile(Path file, dev.parley.model.spi.ImportContext context) {
                imported.add(file);
                return new dev.parley.model.ImportResult(DossierDocumentTest.with("Sudria"), List.of());
            }

            @Override
            public dev.parley.model.Dossier merge(dev.parley.model.Dossier base, dev.parley.model.Dossier addition) {
                return addition;
            }

            @Override
            public dev.parley.model.analysis.Analysis analyze(dev.parley.model.Dossier dossier) {
                return null;
            }
        }, new Contributions(), new WorkbenchPrefs(dir.resolve("p.properties")), false, () -> { });
        FileDrop drop = new FileDrop(window);
        JTable table = new JTable(2, 2);
        TransferHandler own = table.getTransferHandler();
        JPanel view = new JPanel();
        view.add(new JScrollPane(table));
        FileDrop.wrap(view, drop);
        TransferHandler h = table.getTransferHandler();
        assertTrue(h instanceof FileDrop.Delegate);
        Transferable files = FileDrop.transferable(List.of(dir.resolve("article.txt")));
        TransferHandler.TransferSupport support = new TransferHandler.TransferSupport(table, files);
        assertTrue(h.canImport(support));
        javax.swing.SwingUtilities.invokeAndWait(() -> assertTrue(h.importData(support)));
        WorkbenchWindowTest.waitIdle(window);
        assertEquals(List.of(dir.resolve("article.txt")), imported);
        assertEquals("Sudria", window.dossier().actors().get(0).name(), "the dropped file was imported");
        TransferHandler.TransferSupport text = new TransferHandler.TransferSupport(table, new StringSelection("x"));
        assertEquals(own.canImport(text), h.canImport(text), "anything else is the table's own business");
        FileDrop.wrap(view, drop);
        assertSame(h, table.getTransferHandler(), "wrapping twice changes nothing");
    }

    @Test
    void theWorkbenchsOwnCommandsWinOverAPluginsWithTheSameId() {
        Contributions c = new Contributions();
        CommandContribution impostor = new CommandContribution() {
            @Override
            public String id() {
                return Builtins.SAVE;
            }

            @Override
            public String label() {
                return "Save somewhere else";
            }

            @Override
            public String menu() {
                return "File";
            }

            @Override
            public void execute(Workbench workbench) {
            }
        };
        c.addCommand(impostor);
        Runnable undo = Builtins.register(c);
        assertEquals("Save", c.command(Builtins.SAVE).label());
        undo.run();
        assertSame(impostor, c.command(Builtins.SAVE), "the plugin's comes back when the workbench's go");
        assertFalse(c.commands().isEmpty());
    }
}
