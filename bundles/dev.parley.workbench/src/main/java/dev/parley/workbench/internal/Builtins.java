package dev.parley.workbench.internal;

import dev.parley.model.ui.Area;
import dev.parley.model.ui.CommandContribution;
import dev.parley.model.ui.PerspectiveContribution;
import dev.parley.model.ui.Workbench;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.swing.JOptionPane;

/**
 * The shell's own commands (File, Edit, Window, Help) and the three standard perspectives. They go
 * through the same registry as other bundles' contributions.
 */
final class Builtins {

    static final String NEW = "parley.file.new";
    static final String OPEN = "parley.file.open";
    static final String IMPORT = "parley.file.import";
    static final String SAVE = "parley.file.save";
    static final String SAVE_AS = "parley.file.saveAs";
    static final String QUIT = "parley.file.quit";
    static final String UNDO = "parley.edit.undo";
    static final String REDO = "parley.edit.redo";
    static final String DARK = "parley.window.dark";
    static final String RESET = "parley.window.reset";
    static final String PLUGINS = "parley.tools.plugins";
    static final String ABOUT = "parley.help.about";

    static final String ANALYSIS = "parley.analysis";
    static final String MAP = "parley.map";
    static final String REPORT = "parley.report";

    private Builtins() {
    }

    /** A command made of lambdas. */
    record Command(String id, String label, String menu, int order, boolean toolbar, String keyBinding,
                   Predicate<WorkbenchWindow> when, Consumer<WorkbenchWindow> action) implements CommandContribution {
        @Override
        public boolean enabled(Workbench workbench) {
            return when.test((WorkbenchWindow) workbench);
        }

        @Override
        public void execute(Workbench workbench) {
            action.accept((WorkbenchWindow) workbench);
        }
    }

    /** A fixed arrangement of views. */
    record Perspective(String id, String label, int order, Map<Area, List<String>> layout)
            implements PerspectiveContribution {
    }

    static List<CommandContribution> commands() {
        Predicate<WorkbenchWindow> always = w -> true;
        return List.of(
                new Command(NEW, "New dossier", "File", 100, false, "ctrl N", always, WorkbenchWindow::newDossier),
                new Command(OPEN, "Open...", "File", 110, true, "ctrl O", always, WorkbenchWindow::chooseAndOpen),
                new Command(IMPORT, "Import sources...", "File", 200, true, "ctrl I", always, WorkbenchWindow::chooseAndImport),
                new Command(SAVE, "Save", "File", 300, true, "ctrl S", w -> w.dirty() || w.file().isEmpty(),
                        WorkbenchWindow::save),
                new Command(SAVE_AS, "Save as...", "File", 310, false, "ctrl shift S", always, WorkbenchWindow::saveAs),
                new Command(QUIT, "Quit", "File", 900, false, "ctrl Q", always, WorkbenchWindow::quit),
                new Command(UNDO, "Undo", "Edit", 100, true, "ctrl Z", w -> w.document().canUndo(), WorkbenchWindow::undo),
                new Command(REDO, "Redo", "Edit", 110, true, "ctrl Y", w -> w.document().canRedo(), WorkbenchWindow::redo),
                new Command(DARK, "Toggle dark theme", "Window", 800, false, null, always,
                        w -> Themes.apply(!Themes.dark(), w)),
                new Command(RESET, "Reset layout", "Window", 810, false, null, always, WorkbenchWindow::resetLayout),
                new Command(PLUGINS, "Plugins", "Tools", 100, false, null, always, w -> w.showView(PluginsView.ID)),
                new Command(ABOUT, "About Parley", "Help", 100, false, null, always, w -> JOptionPane.showMessageDialog(
                        w.frame(), "Parley " + Builtins.class.getPackage().getImplementationVersion() + "\n"
                                + "Stakeholder analysis for political, diplomatic and humanitarian analysts.\n"
                                + "Java " + System.getProperty("java.version"), "About Parley",
                        JOptionPane.INFORMATION_MESSAGE)));
    }

    static List<PerspectiveContribution> perspectives() {
        Map<Area, List<String>> analysis = new LinkedHashMap<>();
        analysis.put(Area.LEFT, List.of("parley.sources"));
        analysis.put(Area.MAIN, List.of("parley.actors", "parley.relations", PluginsView.ID));
        Map<Area, List<String>> map = new LinkedHashMap<>();
        map.put(Area.LEFT, List.of("parley.actors"));
        map.put(Area.MAIN, List.of("parley.map"));
        map.put(Area.BOTTOM, List.of("parley.relations"));
        Map<Area, List<String>> report = new LinkedHashMap<>();
        report.put(Area.LEFT, List.of("parley.sources"));
        report.put(Area.MAIN, List.of("parley.report"));
        return List.of(new Perspective(ANALYSIS, "Analysis", 100, analysis),
                new Perspective(MAP, "Map", 200, map),
                new Perspective(REPORT, "Report", 300, report));
    }

    /** Adds the built-ins to the registry; the returned action takes them out again. */
    static Runnable register(Contributions c) {
        List<CommandContribution> cmds = commands();
        List<PerspectiveContribution> persp = perspectives();
        cmds.forEach(c::addBuiltin);
        persp.forEach(c::addBuiltin);
        return () -> {
            cmds.forEach(c::removeCommand);
            persp.forEach(c::removePerspective);
        };
    }
}
