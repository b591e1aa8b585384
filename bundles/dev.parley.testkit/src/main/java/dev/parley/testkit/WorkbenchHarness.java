package dev.parley.testkit;

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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.swing.JFrame;

/**
 * A {@link Workbench} without a window, for unit tests of views and commands: it holds a dossier,
 * the selection and listeners, records edits, view and perspective requests, and runs tasks at once
 * on the calling thread. Works headless ({@link #frame()} is null).
 *
 * <pre>{@code
 * WorkbenchHarness wb = new WorkbenchHarness(dossier, d -> analysisService.analyze(d, List.of()));
 * WorkbenchView view = new MyView().create(wb);
 * wb.select(Selection.actor("mali"), this);
 * assertTrue(view.describe().contains("Mali"));
 * }</pre>
 */
public final class WorkbenchHarness implements Workbench {

    private final Function<Dossier, Analysis> analyzer;
    private final List<WorkbenchListener> listeners = new CopyOnWriteArrayList<>();
    private final List<String> edits = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();
    private final List<Path> imported = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private Dossier dossier;
    private Analysis analysis;
    private Selection selection = Selection.empty();
    private String status = "";

    /**
     * @param dossier  the open dossier
     * @param analyzer computes the analysis (e.g. an {@code AnalysisService}); null gives no analysis
     */
    public WorkbenchHarness(Dossier dossier, Function<Dossier, Analysis> analyzer) {
        this.dossier = dossier;
        this.analyzer = analyzer;
    }

    @Override
    public Dossier dossier() {
        return dossier;
    }

    @Override
    public Optional<Path> file() {
        return Optional.empty();
    }

    @Override
    public boolean dirty() {
        return !edits.isEmpty();
    }

    @Override
    public void edit(String label, UnaryOperator<Dossier> change) {
        Dossier next = change.apply(dossier);
        if (next != dossier) {
            edits.add(label);
            setDossier(next);
        }
    }

    /** Replaces the dossier without recording an edit, and tells the listeners. */
    public void setDossier(Dossier next) {
        dossier = next;
        analysis = null;
        listeners.forEach(l -> l.dossierChanged(next));
    }

    /** Labels of the edits made, in order. */
    public List<String> edits() {
        return List.copyOf(edits);
    }

    @Override
    public Analysis analysis() {
        if (analysis == null && analyzer != null) {
            analysis = analyzer.apply(dossier);
        }
        return analysis;
    }

    @Override
    public Selection selection() {
        return selection;
    }

    @Override
    public void select(Selection s, Object origin) {
        selection = s == null ? Selection.empty() : s;
        listeners.forEach(l -> l.selectionChanged(selection, origin));
    }

    @Override
    public void addListener(WorkbenchListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(WorkbenchListener listener) {
        listeners.remove(listener);
    }

    /** How many listeners are registered (a disposed view should leave none behind). */
    public int listenerCount() {
        return listeners.size();
    }

    @Override
    public <T> void run(String title, Task<T> task, Consumer<T> onDone) {
        try {
            T result = task.run(new Task.Progress() {
                @Override
                public void update(String message, double fraction) {
                    status = message;
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
            onDone.accept(result);
        } catch (Exception e) {
            throw new IllegalStateException(title + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void importFiles(List<Path> files) {
        imported.addAll(files);
    }

    /** Files passed to {@link #importFiles}. */
    public List<Path> imported() {
        return List.copyOf(imported);
    }

    @Override
    public void showView(String id) {
        requests.add("view " + id);
    }

    @Override
    public void showPerspective(String id) {
        requests.add("perspective " + id);
    }

    /** {@code view ID} and {@code perspective ID} requests, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void status(String message) {
        status = message;
    }

    /** Records the error as the status message ({@code title: message}); no dialog. */
    @Override
    public void showError(String title, String message) {
        status = title + ": " + message;
        errors.add(status);
    }

    /** Errors shown with {@link #showError}, in order. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** The last status or progress message. */
    public String status() {
        return status;
    }

    @Override
    public JFrame frame() {
        return null;
    }
}
