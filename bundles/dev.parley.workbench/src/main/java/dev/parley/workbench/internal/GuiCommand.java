package dev.parley.workbench.internal;

import dev.parley.model.Dossier;
import dev.parley.model.ImportResult;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.analysis.AnalysisService;
import dev.parley.model.service.DossierMerger;
import dev.parley.model.service.DossierStore;
import dev.parley.model.service.ImportService;
import dev.parley.model.spi.CommandContext;
import dev.parley.model.spi.CommandName;
import dev.parley.model.spi.ParleyCommand;
import dev.parley.model.ui.CommandContribution;
import dev.parley.model.ui.PerspectiveContribution;
import dev.parley.model.ui.ViewContribution;
import java.awt.GraphicsEnvironment;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code parley gui}: opens the workbench window and returns when it closes. Views, commands and
 * perspectives are tracked as services for as long as the window is open, so bundles that start or
 * stop meanwhile add or remove theirs.
 */
@Component(service = ParleyCommand.class)
@CommandName("gui")
public final class GuiCommand implements ParleyCommand {

    private final Contributions contributions = new Contributions();
    private final BundleContext context;
    private final DossierStore store;
    private final ImportService importer;
    private final DossierMerger merger;
    private volatile AnalysisService analysis;
    private volatile WorkbenchWindow open;

    @Activate
    public GuiCommand(BundleContext context, @Reference DossierStore store, @Reference ImportService importer,
                      @Reference DossierMerger merger) {
        this.context = context;
        this.store = store;
        this.importer = importer;
        this.merger = merger;
    }

    /** The workbench's services are going (Parley stops, or a bundle it needs was stopped): close the window. */
    @Deactivate
    void deactivate() {
        WorkbenchWindow w = open;
        if (w != null) {
            SwingUtilities.invokeLater(w::close);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAnalysis(AnalysisService s) {
        analysis = s;
    }

    void unbindAnalysis(AnalysisService s) {
        if (analysis == s) {
            analysis = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindView(ViewContribution v) {
        contributions.addView(v);
    }

    void unbindView(ViewContribution v) {
        contributions.removeView(v);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindCommand(CommandContribution c) {
        contributions.addCommand(c);
    }

    void unbindCommand(CommandContribution c) {
        contributions.removeCommand(c);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindPerspective(PerspectiveContribution p) {
        contributions.addPerspective(p);
    }

    void unbindPerspective(PerspectiveContribution p) {
        contributions.removePerspective(p);
    }

    @Override
    public String name() {
        return "gui";
    }

    @Override
    public String summary() {
        return "Open the desktop workbench (also 'parley' with no arguments on a desktop)";
    }

    @Override
    public String help() {
        return """
                Usage: parley gui [FILE...] [--perspective ID] [--theme light|dark] [--script FILE]

                Opens the workbench window: views of the sources, actors, relations, the
                stakeholder map and the briefing, arranged in perspectives (Analysis, Map,
                Report), with undo and redo of every edit. A .parley dossier given as FILE is
                opened; other files (articles, spreadsheets, event data) are imported into a
                new dossier. Files dropped on the window are imported too. The layout, the
                theme and recent dossiers are kept in ~/.parley/workbench.properties (or the
                file named by -Dparley.workbench.prefs=FILE in PARLEY_OPTS).

                Options:
                  --perspective ID   start in this perspective: parley.analysis, parley.map,
                                     parley.report (default: the one used last)
                  --theme T          light or dark (default: the one used last, else light)
                  --script FILE      drive the window from a script, one step a line, and
                                     exit 1 if a check fails (used by the UI tests; see
                                     'Automation' in the README): open, import, drop, new,
                                     perspective, view, close, move, select, click,
                                     command, expect-view, expect-no-view, expect-area,
                                     expect-text, expect-selected, expect-menu,
                                     expect-no-menu, expect-perspective, expect-dirty,
                                     dump, status, edit-rename, undo, redo, install,
                                     uninstall, save, screenshot, theme, sleep, quit

                It needs a display (DISPLAY on Linux); on a server use the other commands,
                or run it under Xvfb.
                """;
    }

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        List<Path> files = new ArrayList<>();
        String perspective = null;
        String theme = null;
        Path script = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--perspective", "--theme", "--script" -> {
                    if (i + 1 >= args.size()) {
                        ctx.err().println("parley gui: " + a + " needs a value (see 'parley help gui')");
                        return USAGE;
                    }
                    String v = args.get(++i);
                    if (a.equals("--perspective")) {
                        perspective = v;
                    } else if (a.equals("--theme")) {
                        theme = v.toLowerCase(Locale.ROOT);
                        if (!theme.equals("light") && !theme.equals("dark")) {
                            ctx.err().println("parley gui: --theme is light or dark, not " + v);
                            return USAGE;
                        }
                    } else {
                        script = ctx.resolve(v);
                    }
                }
                default -> {
                    if (a.startsWith("-")) {
                        ctx.err().println("parley gui: unknown option " + a + " (see 'parley help gui')");
                        return USAGE;
                    }
                    Path f = ctx.resolve(a);
                    if (!Files.isRegularFile(f)) {
                        ctx.err().println("parley gui: " + a + ": no such file");
                        return FAILED;
                    }
                    files.add(f);
                }
            }
        }
        if (script != null && !Files.isRegularFile(script)) {
            ctx.err().println("parley gui: " + script + ": no such script");
            return FAILED;
        }
        if (!displayAvailable()) {
            ctx.err().println(Boolean.getBoolean("java.awt.headless") && System.getenv("DISPLAY") != null
                    ? "parley gui: this Java runs headless (java.awt.headless=true); start the window with"
                            + " 'parley gui', not from a headless session"
                    : "parley gui: no display to open a window on (set DISPLAY, or run under Xvfb);"
                            + " the other commands work without one (parley --help)");
            return FAILED;
        }
        WorkbenchPrefs prefs = new WorkbenchPrefs(WorkbenchPrefs.defaultFile());
        boolean dark = "dark".equals(theme != null ? theme : prefs.get("theme", "light"));
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<WorkbenchWindow> window = new AtomicReference<>();
        String startPerspective = perspective;
        boolean interactive = script == null;
        boolean timing = Boolean.getBoolean("parley.gui.timing");
        SwingUtilities.invokeAndWait(() -> {
            Themes.install(dark);
            prefs.put("theme", dark ? "dark" : "light");
            WorkbenchWindow w = new WorkbenchWindow(services(), contributions, prefs, interactive, closed::countDown);
            window.set(w);
            if (timing) {
                w.onFirstPaint(() -> reportPaint(w, ctx));
            }
            try {
                w.show(startPerspective);
            } catch (RuntimeException | LinkageError e) {
                w.abandon();
                throw e;
            }
            openInitial(w, files);
        });
        open = window.get();
        int status = OK;
        if (script != null) {
            Automation auto = new Automation(window.get(), context, ctx.out(), ctx.err());
            status = auto.run(script);
        }
        closed.await();
        open = null;
        return status;
    }

    /** True when windows can be shown: not headless, and the display answers. */
    static boolean displayAvailable() {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        try {
            return GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length > 0;
        } catch (java.awt.HeadlessException | java.awt.AWTError | UnsatisfiedLinkError e) {
            return false;
        }
    }

    /** Opens a dossier given on the command line, or imports the files into a new dossier. */
    private static void openInitial(WorkbenchWindow w, List<Path> files) {
        if (files.size() == 1 && WorkbenchWindow.isDossierFile(files.get(0))) {
            w.openDossier(files.get(0));
        } else if (!files.isEmpty()) {
            w.importFiles(files);
        }
    }

    /**
     * With -Dparley.gui.timing=true: once the window has been painted and the dossier given on the
     * command line is open (no work running), paints it again and prints the time since launch.
     */
    private static void reportPaint(WorkbenchWindow w, CommandContext ctx) {
        javax.swing.Timer t = new javax.swing.Timer(5, null);
        t.addActionListener(e -> {
            if (w.frame() == null) {
                t.stop();
                return;
            }
            if (!w.busy()) {
                t.stop();
                w.frame().getRootPane().paintImmediately(w.frame().getRootPane().getBounds());
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                ctx.err().println("parley gui: window painted with the dossier open " + ms + " ms after launch ("
                        + w.dossier().actors().size() + " actors)");
            }
        });
        t.start();
    }

    private WorkbenchWindow.Services services() {
        return new WorkbenchWindow.Services() {
            @Override
            public Dossier load(Path file) throws Exception {
                if (file.getFileName().toString().endsWith(".parley")) {
                    return store.load(file);
                }
                ImportResult r = importer.importFile(file, file.getFileName().toString());
                if (r.failed()) {
                    throw new java.io.IOException(r.problems().get(0).toString());
                }
                return r.dossier();
            }

            @Override
            public void save(Dossier dossier, Path file) throws Exception {
                store.save(dossier, file);
            }

            @Override
            public ImportResult importFile(Path file, dev.parley.model.spi.ImportContext context) {
                return importer.importFile(file, context);
            }

            @Override
            public Dossier merge(Dossier base, Dossier addition) {
                return merger.merge(base, addition);
            }

            @Override
            public Analysis analyze(Dossier dossier) {
                AnalysisService a = analysis;
                return a == null ? null : a.analyze(dossier, List.of());
            }
        };
    }
}
