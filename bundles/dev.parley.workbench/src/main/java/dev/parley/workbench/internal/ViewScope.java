package dev.parley.workbench.internal;

import dev.parley.model.Dossier;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.ui.Selection;
import dev.parley.model.ui.Task;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.JFrame;

/**
 * The workbench as one view sees it: everything goes to the window, but the listeners the view adds
 * are recorded, so that they are removed when the view closes, even if its own {@code dispose}
 * forgets one or fails, and when its {@code create} fails half-way.
 */
final class ViewScope implements Workbench {

    private final Workbench window;
    private final List<WorkbenchListener> listeners = new ArrayList<>();

    ViewScope(Workbench window) {
        this.window = window;
    }

    /** Removes every listener the view added. */
    void release() {
        listeners.forEach(window::removeListener);
        listeners.clear();
    }

    @Override
    public void addListener(WorkbenchListener listener) {
        listeners.add(listener);
        window.addListener(listener);
    }

    @Override
    public void removeListener(WorkbenchListener listener) {
        listeners.remove(listener);
        window.removeListener(listener);
    }

    @Override
    public Dossier dossier() {
        return window.dossier();
    }

    @Override
    public Optional<Path> file() {
        return window.file();
    }

    @Override
    public boolean dirty() {
        return window.dirty();
    }

    @Override
    public void edit(String label, UnaryOperator<Dossier> change) {
        window.edit(label, change);
    }

    @Override
    public Analysis analysis() {
        return window.analysis();
    }

    @Override
    public Selection selection() {
        return window.selection();
    }

    @Override
    public void select(Selection selection, Object origin) {
        window.select(selection, origin);
    }

    @Override
    public <T> void run(String title, Task<T> task, Consumer<T> onDone) {
        window.run(title, task, onDone);
    }

    @Override
    public void importFiles(List<Path> files) {
        window.importFiles(files);
    }

    @Override
    public void showView(String id) {
        window.showView(id);
    }

    @Override
    public void showPerspective(String id) {
        window.showPerspective(id);
    }

    @Override
    public void status(String message) {
        window.status(message);
    }

    @Override
    public void showError(String title, String message) {
        window.showError(title, message);
    }

    @Override
    public JFrame frame() {
        return window.frame();
    }
}
