package dev.parley.report.internal;

import dev.parley.model.Dossier;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.analysis.MapOptions;
import dev.parley.model.analysis.MapService;
import dev.parley.model.report.ReportExporter;
import dev.parley.model.report.ReportOptions;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchListener;
import dev.parley.model.ui.WorkbenchView;
import java.awt.BorderLayout;
import java.awt.Image;
import java.awt.event.HierarchyEvent;
import java.awt.event.HierarchyListener;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JFileChooser;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JToolBar;
import javax.swing.Timer;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.text.BadLocationException;
import javax.swing.text.html.HTMLDocument;
import javax.swing.text.html.HTMLEditorKit;

/**
 * A preview of the briefing for the open dossier, and buttons that export it with the installed
 * {@link ReportExporter} services, exactly as {@code parley brief} does.
 */
final class ReportView implements WorkbenchView {

    /** Above this many actors even a preview without maps is built in the background. */
    static final int INLINE_LIMIT = 200;
    /** The formats with their own button; others are under "More formats...". */
    private static final List<String> MAIN_FORMATS = List.of("html", "pdf", "md");

    private final Workbench workbench;
    private final Supplier<Optional<MapService>> maps;
    private final Supplier<List<ReportExporter>> exporters;
    private final JPanel panel = new JPanel(new BorderLayout());
    private final JEditorPane pane = new JEditorPane();
    private final HTMLEditorKit kit = new HTMLEditorKit();
    private final Timer debounce;
    private final HierarchyListener shown;
    private final WorkbenchListener listener = new WorkbenchListener() {
        @Override
        public void dossierChanged(Dossier dossier) {
            stale = true;
            debounce.restart();
        }
    };
    private boolean stale = true;
    private String text = "";
    /** Bumped on every refresh, so a background build that finishes late is dropped. */
    private int generation;

    /**
     * @param maps      the map service, when one is installed
     * @param exporters the briefing formats installed now
     */
    ReportView(Workbench workbench, Supplier<Optional<MapService>> maps, Supplier<List<ReportExporter>> exporters) {
        this.workbench = workbench;
        this.maps = maps;
        this.exporters = exporters;
        pane.setEditable(false);
        pane.setEditorKit(kit);
        pane.getAccessibleContext().setAccessibleName("Briefing preview");
        panel.add(toolbar(), BorderLayout.NORTH);
        panel.add(new JScrollPane(pane), BorderLayout.CENTER);
        // edits come in bursts (an import, an undo run); rebuild once they settle, and only when seen
        debounce = new Timer(400, e -> {
            if (pane.isShowing()) {
                refresh();
            }
        });
        debounce.setRepeats(false);
        shown = e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && pane.isShowing() && stale) {
                refresh();
            }
        };
        pane.addHierarchyListener(shown);
        workbench.addListener(listener);
        refresh();
    }

    private JToolBar toolbar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.add(button("Export HTML...", "A self-contained HTML file with the maps and evidence links", "html"));
        bar.add(button("Export PDF...", "A PDF with selectable text and the maps", "pdf"));
        bar.add(button("Export Markdown...", "A Markdown file, evidence cited as [E1]", "md"));
        JButton more = new JButton("More formats...");
        more.setToolTipText("Formats other bundles add");
        more.addActionListener(e -> {
            JPopupMenu menu = new JPopupMenu();
            for (ReportExporter x : sorted()) {
                if (!MAIN_FORMATS.contains(x.format())) {
                    JMenuItem item = new JMenuItem(x.format().toUpperCase(Locale.ROOT) + " \u2014 " + x.description());
                    item.addActionListener(ev -> chooseAndExport(x.format()));
                    menu.add(item);
                }
            }
            if (menu.getComponentCount() == 0) {
                menu.add(new JMenuItem("No other format is installed")).setEnabled(false);
            }
            menu.show(more, 0, more.getHeight());
        });
        bar.addSeparator();
        bar.add(more);
        bar.addSeparator();
        JButton refresh = new JButton("Refresh");
        refresh.setToolTipText("Build the preview again");
        refresh.addActionListener(e -> refresh());
        bar.add(refresh);
        return bar;
    }

    private JButton button(String label, String tip, String format) {
        JButton b = new JButton(label);
        b.setToolTipText(tip);
        b.addActionListener(e -> chooseAndExport(format));
        return b;
    }

    private List<ReportExporter> sorted() {
        return exporters.get().stream().sorted(Comparator.comparing(ReportExporter::format)).toList();
    }

    private Optional<ReportExporter> exporter(String format) {
        return exporters.get().stream().filter(x -> x.format().equals(format)).findFirst();
    }

    /** Builds the preview again from the dossier and its analysis. */
    void refresh() {
        int run = ++generation;
        stale = false;
        Dossier d = workbench.dossier();
        Analysis a = workbench.analysis();
        if (a == null) {
            show(new Built(ReportPreview.of(new Briefing(d, new Analysis(List.of(), List.of()), null), false), null, null,
                    null));
            return;
        }
        Optional<MapService> map = maps.get();
        // text alone is quick; drawing and encoding the two maps is not, so it never holds up the window
        if (map.isEmpty() && d.actors().size() <= INLINE_LIMIT) {
            show(build(d, a, map));
        } else {
            workbench.run("Building the briefing preview", progress -> {
                progress.update("Writing the briefing and drawing the maps", -1);
                return build(d, a, map);
            }, built -> {
                if (run == generation) {
                    show(built);
                }
            });
        }
    }

    /** A preview and its map images. */
    private record Built(ReportPreview preview, Image grid, Image network, String problem) {
    }

    private static Built build(Dossier d, Analysis a, Optional<MapService> maps) {
        Briefing b = new Briefing(d, a, null);
        if (maps.isEmpty() || a.actors().isEmpty()) {
            return new Built(ReportPreview.of(b, false), null, null, null);
        }
        MapService m = maps.get();
        try {
            Image grid = ImageIO.read(new ByteArrayInputStream(m.png(d, a, preview(MapOptions.View.GRID))));
            Image network = ImageIO.read(new ByteArrayInputStream(m.png(d, a, preview(MapOptions.View.NETWORK))));
            return new Built(ReportPreview.of(b, true), grid, network, null);
        } catch (IOException e) {
            // the preview still shows the text; the exported files draw their maps themselves
            return new Built(ReportPreview.of(b, false), null, null,
                    "The briefing preview shows no maps: the map image could not be read (" + e.getMessage() + ")");
        }
    }

    /** The exported maps' view, seed and actor cap, at a size that fits beside the text. */
    private static MapOptions preview(MapOptions.View view) {
        MapOptions exported = ReportExporters.map(view);
        return new MapOptions(view, 800, 600, exported.seed(), exported.maxActors());
    }

    private void show(Built built) {
        HTMLDocument doc = (HTMLDocument) kit.createDefaultDocument();
        // Swing's image view looks here before fetching anything, so the maps never leave memory
        Hashtable<URL, Image> cache = new Hashtable<>();
        try {
            if (built.grid() != null && built.network() != null) {
                cache.put(new URL(ReportPreview.GRID_SRC), built.grid());
                cache.put(new URL(ReportPreview.NETWORK_SRC), built.network());
            }
            doc.putProperty("imageCache", cache);
            doc.setAsynchronousLoadPriority(-1);
            kit.read(new StringReader(built.preview().html()), doc, 0);
        } catch (IOException | BadLocationException e) {
            workbench.showError("Briefing preview", "the preview could not be laid out: " + e.getMessage());
            return;
        }
        pane.setDocument(doc);
        pane.setCaretPosition(0);
        text = built.preview().text();
        if (built.problem() != null) {
            workbench.status(built.problem());
        }
    }

    private void chooseAndExport(String format) {
        Optional<ReportExporter> x = exporter(format);
        if (x.isEmpty()) {
            workbench.status("No " + format.toUpperCase(Locale.ROOT) + " exporter is installed");
            return;
        }
        String ext = x.get().extension();
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(format.toUpperCase(Locale.ROOT) + " briefing", ext));
        chooser.setSelectedFile(new File(baseName() + "-briefing." + ext));
        if (chooser.showSaveDialog(workbench.frame()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + ext)) {
            target = target.resolveSibling(target.getFileName() + "." + ext);
        }
        export(format, target);
    }

    /** The dossier file's name without its extension, as {@code parley brief} names its output. */
    private String baseName() {
        return workbench.file().map(p -> {
            String name = p.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }).orElse("parley");
    }

    /**
     * Writes the briefing in one format in the background, with the options {@code parley brief}
     * uses without {@code --title}; the status line says where it went.
     *
     * @return false when no exporter of that format is installed
     */
    boolean export(String format, Path target) {
        Optional<ReportExporter> x = exporter(format);
        if (x.isEmpty()) {
            workbench.status("No " + format.toUpperCase(Locale.ROOT) + " exporter is installed");
            return false;
        }
        Dossier d = workbench.dossier();
        Analysis a = workbench.analysis();
        String what = format.toUpperCase(Locale.ROOT);
        workbench.run("Writing the " + what + " briefing", progress -> {
            progress.update("Writing " + target.getFileName(), -1);
            x.get().write(d, a, new ReportOptions(null, null), target);
            return target;
        }, written -> workbench.status(what + " briefing written to " + written.toAbsolutePath()));
        return true;
    }

    /** Formats with an exporter now. */
    Set<String> formats() {
        return Set.copyOf(exporters.get().stream().map(ReportExporter::format).toList());
    }

    @Override
    public JComponent component() {
        return panel;
    }

    /** The preview's text: the title, headings, bullet lines and short paragraphs. */
    @Override
    public String describe() {
        return text;
    }

    @Override
    public void dispose() {
        generation++;
        debounce.stop();
        pane.removeHierarchyListener(shown);
        workbench.removeListener(listener);
    }

    /** The preview pane, for tests. */
    JEditorPane pane() {
        return pane;
    }

    /** True when the dossier changed since the preview was built. */
    boolean stale() {
        return stale;
    }
}
