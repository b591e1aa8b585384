package dev.parley.map.internal;

import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.Relation;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.analysis.MapOptions;
import dev.parley.model.ui.Selection;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchListener;
import dev.parley.model.ui.WorkbenchView;
import java.awt.BorderLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.Timer;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The stakeholder map in the workbench: the grid or the network of the open dossier, drawn at the
 * view's size, with zoom, pan, draggable markers, tooltips, and the workbench's selection ringed.
 */
final class MapView implements WorkbenchView {

    /** Above this many actors the layout runs in the background (the analysis itself is the workbench's). */
    static final int INLINE_LIMIT = 200;
    /** The most actors drawn, as in the briefing's maps. */
    static final int MAX_ACTORS = 40;

    private final Workbench workbench;
    private final JPanel panel = new JPanel(new BorderLayout());
    private final MapCanvas canvas;
    private final JToggleButton gridButton = new JToggleButton("Grid");
    private final JToggleButton networkButton = new JToggleButton("Network");
    private final Timer resizeTimer;
    private final ComponentAdapter resizeListener;
    private final WorkbenchListener listener = new WorkbenchListener() {
        @Override
        public void dossierChanged(Dossier dossier) {
            // once on screen, a map that is not shown (another perspective or tab) waits until it is
            if (everShown && !canvas.isShowing()) {
                stale = true;
            } else {
                rebuild();
            }
        }

        @Override
        public void selectionChanged(Selection selection, Object origin) {
            canvas.setHighlighted(ringed(selection));
        }
    };
    private MapOptions.View kind = MapOptions.View.GRID;
    /** True once the map has been on screen; from then on a hidden map only marks itself stale. */
    private boolean everShown;
    /** The dossier changed while the map was hidden: draw it again when it shows. */
    private boolean stale;
    private final java.awt.event.HierarchyListener shown = e -> {
        if ((e.getChangeFlags() & java.awt.event.HierarchyEvent.SHOWING_CHANGED) != 0 && e.getComponent().isShowing()) {
            everShown = true;
            if (stale) {
                rebuild();
            }
        }
    };
    /** Bumped on every rebuild, so a background layout that finishes late is dropped. */
    private int generation;

    MapView(Workbench workbench) {
        this.workbench = workbench;
        this.canvas = new MapCanvas(id -> workbench.select(id == null ? Selection.empty() : Selection.actor(id), this));
        canvas.getAccessibleContext().setAccessibleName("Stakeholder map");
        panel.add(toolbar(), BorderLayout.NORTH);
        panel.add(canvas, BorderLayout.CENTER);
        resizeTimer = new Timer(150, e -> {
            Scene s = canvas.scene();
            if (s == null || Math.abs(s.width - renderWidth()) > 2 || Math.abs(s.height - renderHeight()) > 2) {
                rebuild();
            }
        });
        resizeTimer.setRepeats(false);
        resizeListener = new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                resizeTimer.restart();
            }
        };
        canvas.addComponentListener(resizeListener);
        canvas.addHierarchyListener(shown);
        workbench.addListener(listener);
        canvas.setHighlighted(ringed(workbench.selection()));
        rebuild();
    }

    /** The selected actors, and both ends of each selected relation. */
    private List<String> ringed(Selection selection) {
        List<String> ids = new ArrayList<>(selection.actors());
        if (!selection.relations().isEmpty()) {
            for (Relation r : workbench.dossier().relations()) {
                if (selection.relations().contains(r.id())) {
                    ids.add(r.source());
                    ids.add(r.target());
                }
            }
        }
        return ids;
    }

    private JToolBar toolbar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        ButtonGroup group = new ButtonGroup();
        group.add(gridButton);
        group.add(networkButton);
        gridButton.setSelected(true);
        gridButton.setToolTipText("Power/interest grid (Mendelow)");
        networkButton.setToolTipText("Signed network: cooperation solid, conflict dashed");
        gridButton.addActionListener(e -> show(MapOptions.View.GRID));
        networkButton.addActionListener(e -> show(MapOptions.View.NETWORK));
        bar.add(gridButton);
        bar.add(networkButton);
        bar.addSeparator();
        bar.add(button("+", "Zoom in (or turn the mouse wheel)", () -> canvas.zoom(1.25)));
        bar.add(button("\u2212", "Zoom out", () -> canvas.zoom(1 / 1.25)));
        bar.add(button("Fit", "Show the whole map", canvas::fit));
        bar.addSeparator();
        bar.add(button("Export image...", "Save the map as PNG or SVG, as it is drawn now", this::chooseExport));
        return bar;
    }

    private static JButton button(String label, String tip, Runnable action) {
        JButton b = new JButton(label);
        b.setToolTipText(tip);
        b.addActionListener(e -> action.run());
        return b;
    }

    /** Switches between grid and network. */
    void show(MapOptions.View view) {
        if (view == kind) {
            return;
        }
        kind = view;
        (view == MapOptions.View.GRID ? gridButton : networkButton).setSelected(true);
        canvas.clearMoves();
        rebuild();
    }

    MapOptions.View kind() {
        return kind;
    }

    MapCanvas canvas() {
        return canvas;
    }

    private int renderWidth() {
        return Math.max(200, canvas.getWidth() > 0 ? canvas.getWidth() : 1200);
    }

    private int renderHeight() {
        return Math.max(200, canvas.getHeight() > 0 ? canvas.getHeight() : 900);
    }

    /** Builds the scene again for the dossier, the analysis and the canvas's size. */
    void rebuild() {
        stale = false;
        int run = ++generation;
        Dossier d = workbench.dossier();
        Analysis a = workbench.analysis();
        MapOptions o = new MapOptions(kind, renderWidth(), renderHeight(), 1, MAX_ACTORS);
        if (a == null || a.actors().isEmpty()) {
            canvas.setScene(emptyScene(o));
        } else if (d.actors().size() <= INLINE_LIMIT) {
            canvas.setScene(DefaultMapService.scene(d, a, o));
        } else {
            workbench.run("Laying out the stakeholder map", progress -> {
                progress.update("Laying out " + Math.min(MAX_ACTORS, a.actors().size()) + " actors", -1);
                return DefaultMapService.scene(d, a, o);
            }, scene -> {
                if (run == generation) {
                    canvas.setScene(scene);
                }
            });
        }
    }

    private static Scene emptyScene(MapOptions o) {
        Scene s = new Scene(o.width(), o.height(), "Stakeholder map");
        s.add(new Scene.Rect(0, 0, o.width(), o.height(), "#ffffff", "none", 0));
        s.add(new Scene.Text(o.width() / 2.0, o.height() / 2.0, "No actors yet: import sources to draw the map.", 14,
                "middle", "#555555", false));
        return s;
    }

    private void chooseExport() {
        JFileChooser chooser = new JFileChooser();
        FileNameExtensionFilter png = new FileNameExtensionFilter("PNG image", "png");
        FileNameExtensionFilter svg = new FileNameExtensionFilter("SVG drawing", "svg");
        chooser.addChoosableFileFilter(png);
        chooser.addChoosableFileFilter(svg);
        chooser.setFileFilter(png);
        chooser.setSelectedFile(new java.io.File("stakeholder-map.png"));
        if (chooser.showSaveDialog(workbench.frame()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            target = target.resolveSibling(target.getFileName() + (chooser.getFileFilter() == svg ? ".svg" : ".png"));
        }
        Path out = target;
        Scene scene = canvas.scene();
        workbench.run("Exporting the map", progress -> {
            exportImage(scene, out);
            return out;
        }, p -> workbench.status("Map written to " + p.toAbsolutePath()));
    }

    /** Writes the map as drawn now (moved markers included) as SVG when the name ends in .svg, else PNG. */
    static void exportImage(Scene scene, Path target) throws IOException {
        boolean svg = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        byte[] bytes = svg ? SvgRenderer.render(scene).getBytes(StandardCharsets.UTF_8) : PngRenderer.render(scene);
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".part");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public JComponent component() {
        return panel;
    }

    /** The kind of map, then the names of the actors drawn, one a line. */
    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder(kind == MapOptions.View.GRID ? "Power/interest grid" : "Alignments network");
        Scene s = canvas.scene();
        if (s != null) {
            Dossier d = workbench.dossier();
            for (String id : s.actors()) {
                sb.append('\n').append(d.actor(id).map(Actor::name).orElse(id));
            }
        }
        return sb.toString();
    }

    @Override
    public void dispose() {
        generation++;
        resizeTimer.stop();
        canvas.removeComponentListener(resizeListener);
        canvas.removeHierarchyListener(shown);
        workbench.removeListener(listener);
        javax.swing.ToolTipManager.sharedInstance().unregisterComponent(canvas);
    }

    List<String> highlighted() {
        return List.copyOf(canvas.highlighted());
    }
}
