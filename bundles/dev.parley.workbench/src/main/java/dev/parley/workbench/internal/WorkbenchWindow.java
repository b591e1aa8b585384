package dev.parley.workbench.internal;

import dev.parley.model.Dossier;
import dev.parley.model.ImportResult;
import dev.parley.model.Problem;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.ui.Area;
import dev.parley.model.ui.CommandContribution;
import dev.parley.model.ui.PerspectiveContribution;
import dev.parley.model.ui.Selection;
import dev.parley.model.ui.Task;
import dev.parley.model.ui.ViewContribution;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchListener;
import dev.parley.model.ui.WorkbenchView;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.TransferHandler;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The workbench window: tabbed areas in resizable split panes, menus and a toolbar built from the
 * contributed commands, a perspective switcher and a status bar with progress. It is also the
 * {@link Workbench} that views and commands talk to. Everything runs on the event thread except the
 * work handed to {@link #run}.
 */
final class WorkbenchWindow implements Workbench {

    private static final String[] MENU_ORDER = {"File", "Edit", "View", "Window", "Tools"};

    private final Services services;
    private final Contributions contributions;
    private final WorkbenchPrefs prefs;
    private final boolean interactive;
    private final DossierDocument document = new DossierDocument();
    private final List<WorkbenchListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, OpenView> open = new LinkedHashMap<>();
    private final Map<Area, JTabbedPane> areas = new EnumMap<>(Area.class);
    private final List<Runnable> enablement = new ArrayList<>();
    private final AtomicInteger busy = new AtomicInteger();
    private final Contributions.Listener contributionListener = (kind, id, added) ->
            SwingUtilities.invokeLater(() -> contributionChanged(kind, id, added));
    private final Runnable onClosed;
    private final FileDrop dropHandler = new FileDrop(this);

    private JFrame frame;
    private JSplitPane outer;
    private JSplitPane inner;
    private JSplitPane centre;
    private JToolBar toolbar;
    private final JLabel statusLabel = new JLabel("Ready");
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JButton cancel = new JButton("Cancel");
    private String perspective;
    private Selection selection = Selection.empty();
    private Analysis analysis;
    private volatile Runnable firstPaint;
    private final List<Runnable> running = new ArrayList<>();
    private boolean closed;
    private Runnable unregisterBuiltins = () -> { };

    /** A view that is open, and where. */
    private record OpenView(ViewContribution contribution, WorkbenchView view, JComponent tab, ViewScope scope,
                            String title, javax.swing.Icon icon) {
    }

    /** The OSGi services the window works with. */
    interface Services {
        Dossier load(Path file) throws Exception;

        void save(Dossier dossier, Path file) throws Exception;

        /** Imports one file; the context carries progress and cancellation. */
        ImportResult importFile(Path file, dev.parley.model.spi.ImportContext context);

        Dossier merge(Dossier base, Dossier addition);

        Analysis analyze(Dossier dossier);
    }

    WorkbenchWindow(Services services, Contributions contributions, WorkbenchPrefs prefs, boolean interactive,
                    Runnable onClosed) {
        this.services = services;
        this.contributions = contributions;
        this.prefs = prefs;
        this.interactive = interactive;
        this.onClosed = onClosed;
    }

    // ---- building the window ----

    /** Builds and shows the window. Call on the event thread. */
    void show(String startPerspective) {
        frame = new JFrame("Parley");
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                quit();
            }
        });
        for (Area a : Area.values()) {
            JTabbedPane tabs = new JTabbedPane();
            tabs.setName("area." + a.name().toLowerCase(Locale.ROOT));
            tabs.setMinimumSize(new Dimension(120, 80));
            tabs.addMouseListener(new java.awt.event.MouseAdapter() {
                @Override
                public void mousePressed(java.awt.event.MouseEvent e) {
                    if (e.isPopupTrigger()) {
                        tabMenu(tabs, a, e);
                    }
                }

                @Override
                public void mouseReleased(java.awt.event.MouseEvent e) {
                    if (e.isPopupTrigger()) {
                        tabMenu(tabs, a, e);
                    }
                }
            });
            areas.put(a, tabs);
        }
        centre = new JSplitPane(JSplitPane.VERTICAL_SPLIT, areas.get(Area.MAIN), areas.get(Area.BOTTOM));
        inner = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, centre, areas.get(Area.RIGHT));
        outer = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, areas.get(Area.LEFT), inner);
        for (JSplitPane p : new JSplitPane[] {centre, inner, outer}) {
            p.setContinuousLayout(true);
            p.setBorder(BorderFactory.createEmptyBorder());
        }
        centre.setResizeWeight(0.75);
        inner.setResizeWeight(0.8);
        outer.setResizeWeight(0.2);

        JPanel content = new JPanel(new BorderLayout()) {
            private static final long serialVersionUID = 1L;

            @Override
            public void paint(Graphics g) {
                super.paint(g);
                Runnable r = firstPaint;
                if (r != null) {
                    firstPaint = null;
                    r.run();
                }
            }
        };
        toolbar = new JToolBar();
        toolbar.setFloatable(false);
        content.add(toolbar, BorderLayout.NORTH);
        content.add(outer, BorderLayout.CENTER);
        content.add(statusBar(), BorderLayout.SOUTH);
        frame.setContentPane(content);
        frame.setTransferHandler(dropHandler);

        unregisterBuiltins = Builtins.register(contributions);
        contributions.addListener(contributionListener);
        // contributed code that throws on the event thread later is reported, not lost on stderr
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> error("Unexpected error", describe(e)
                + " (details with --debug)"));
        String wanted = startPerspective != null ? startPerspective : prefs.get("perspective", "parley.analysis");
        perspective = contributions.perspective(wanted) != null ? wanted : firstPerspective();
        rebuildMenus();
        layoutPerspective();

        int w = prefs.getInt("window.width", 1280);
        int h = prefs.getInt("window.height", 800);
        frame.setSize(Math.max(640, w), Math.max(480, h));
        int x = prefs.getInt("window.x", Integer.MIN_VALUE);
        int y = prefs.getInt("window.y", Integer.MIN_VALUE);
        if (x == Integer.MIN_VALUE || !onScreen(new Rectangle(x, y, w, h))) {
            frame.setLocationRelativeTo(null);
        } else {
            frame.setLocation(x, y);
        }
        updateTitle();
        frame.setVisible(true);
        SwingUtilities.invokeLater(this::restoreDividers);
    }

    private static boolean onScreen(Rectangle r) {
        for (var device : java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            if (device.getDefaultConfiguration().getBounds().intersects(r)) {
                return true;
            }
        }
        return false;
    }

    /** Called once, on the event thread, after the window is first painted. */
    void onFirstPaint(Runnable r) {
        firstPaint = r;
    }

    private JComponent statusBar() {
        JPanel bar = new JPanel(new BorderLayout(8, 0));
        bar.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
        progress.setPreferredSize(new Dimension(180, 14));
        progress.setVisible(false);
        cancel.setVisible(false);
        cancel.addActionListener(e -> cancelWork());
        JPanel right = new JPanel(new BorderLayout(6, 0));
        right.setOpaque(false);
        right.add(progress, BorderLayout.CENTER);
        right.add(cancel, BorderLayout.EAST);
        bar.add(statusLabel, BorderLayout.CENTER);
        bar.add(right, BorderLayout.EAST);
        return bar;
    }

    private String firstPerspective() {
        List<PerspectiveContribution> all = contributions.perspectives();
        return all.isEmpty() ? null : all.get(0).id();
    }

    // ---- menus, toolbar, enablement ----

    void rebuildMenus() {
        if (frame == null) {
            return;
        }
        enablement.clear();
        Map<String, List<CommandContribution>> byMenu = new TreeMap<>();
        for (CommandContribution c : contributions.commands()) {
            if (c.menu() != null && !c.menu().isBlank()) {
                byMenu.computeIfAbsent(c.menu(), k -> new ArrayList<>()).add(c);
            }
        }
        List<String> order = new ArrayList<>(List.of(MENU_ORDER));
        for (String m : byMenu.keySet()) {
            if (!order.contains(m) && !"Help".equals(m)) {
                order.add(m);
            }
        }
        order.add("Help");
        JMenuBar bar = new JMenuBar();
        for (String name : order) {
            JMenu menu = new JMenu(name);
            menu.setName("menu." + name.toLowerCase(Locale.ROOT));
            int group = -1;
            for (CommandContribution c : byMenu.getOrDefault(name, List.of())) {
                if (group >= 0 && c.order() / 100 != group) {
                    menu.addSeparator();
                }
                group = c.order() / 100;
                menu.add(menuItem(c));
            }
            switch (name) {
                case "File" -> insertRecent(menu);
                case "View" -> viewItems(menu);
                case "Window" -> perspectiveItems(menu);
                default -> { }
            }
            if (menu.getItemCount() > 0) {
                bar.add(menu);
            }
        }
        frame.setJMenuBar(bar);
        rebuildToolbar();
        updateEnablement();
        frame.getRootPane().revalidate();
    }

    private JMenuItem menuItem(CommandContribution c) {
        JMenuItem item = new JMenuItem(c.label());
        item.setName(c.id());
        if (c.keyBinding() != null) {
            KeyStroke ks = KeyStroke.getKeyStroke(c.keyBinding());
            if (ks != null) {
                item.setAccelerator(ks);
            }
        }
        item.addActionListener(e -> execute(c));
        enablement.add(() -> item.setEnabled(safeEnabled(c)));
        if (c.id().equals(Builtins.UNDO) || c.id().equals(Builtins.REDO)) {
            enablement.add(() -> {
                String l = c.id().equals(Builtins.UNDO) ? document.undoLabel() : document.redoLabel();
                item.setText(l == null ? c.label() : c.label() + " " + l);
            });
        }
        return item;
    }

    private void insertRecent(JMenu file) {
        JMenu recent = new JMenu("Open Recent");
        recent.setName("menu.recent");
        for (Path p : prefs.recent()) {
            JMenuItem item = new JMenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            item.addActionListener(e -> {
                if (!Files.isRegularFile(p)) {
                    prefs.removeRecent(p);
                    rebuildMenus();
                    error("Open recent", p + " is no longer there; it was taken off the list");
                } else if (confirmDiscard()) {
                    openDossier(p);
                }
            });
            recent.add(item);
        }
        recent.setEnabled(recent.getItemCount() > 0);
        int at = 0;
        for (int i = 0; i < file.getItemCount(); i++) {
            JMenuItem it = file.getItem(i);
            if (it != null && Builtins.OPEN.equals(it.getName())) {
                at = i + 1;
            }
        }
        file.insert(recent, at);
    }

    private void viewItems(JMenu menu) {
        if (menu.getItemCount() > 0) {
            menu.addSeparator();
        }
        for (ViewContribution v : contributions.views()) {
            JMenuItem item = new JMenuItem(v.title());
            item.setName("show." + v.id());
            item.addActionListener(e -> showView(v.id()));
            menu.add(item);
        }
    }

    private void perspectiveItems(JMenu menu) {
        ButtonGroup group = new ButtonGroup();
        int i = 0;
        List<JMenuItem> items = new ArrayList<>();
        for (PerspectiveContribution p : contributions.perspectives()) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(p.label() + " perspective", p.id().equals(perspective));
            item.setName("perspective." + p.id());
            if (i < 9) {
                item.setAccelerator(KeyStroke.getKeyStroke("alt " + (i + 1)));
            }
            i++;
            item.addActionListener(e -> showPerspective(p.id()));
            group.add(item);
            items.add(item);
        }
        for (int k = items.size() - 1; k >= 0; k--) {
            menu.insert(items.get(k), 0);
        }
        if (!items.isEmpty() && menu.getItemCount() > items.size()) {
            menu.insertSeparator(items.size());
        }
    }

    private void rebuildToolbar() {
        toolbar.removeAll();
        List<CommandContribution> tools = new ArrayList<>(contributions.commands().stream()
                .filter(CommandContribution::toolbar).toList());
        tools.sort(java.util.Comparator.comparingInt(WorkbenchWindow::menuIndex)
                .thenComparingInt(CommandContribution::order));
        String lastMenu = null;
        for (CommandContribution c : tools) {
            if (lastMenu != null && !lastMenu.equals(c.menu())) {
                toolbar.addSeparator();
            }
            lastMenu = c.menu();
            {
                JButton b = new JButton(c.label().replace("...", ""));
                b.setName("tool." + c.id());
                b.setFocusable(false);
                b.setToolTipText(c.label() + (c.keyBinding() == null ? "" : "  (" + c.keyBinding() + ")"));
                b.addActionListener(e -> execute(c));
                enablement.add(() -> b.setEnabled(safeEnabled(c)));
                toolbar.add(b);
            }
        }
        toolbar.add(Box.createHorizontalGlue());
        toolbar.add(new JLabel("Perspective: "));
        ButtonGroup group = new ButtonGroup();
        for (PerspectiveContribution p : contributions.perspectives()) {
            JToggleButton b = new JToggleButton(p.label(), p.id().equals(perspective));
            b.setName("switch." + p.id());
            b.setFocusable(false);
            b.addActionListener(e -> showPerspective(p.id()));
            group.add(b);
            toolbar.add(b);
        }
        toolbar.revalidate();
        toolbar.repaint();
    }

    /** Where a command's menu sits in the menu bar, for toolbar order. */
    private static int menuIndex(CommandContribution c) {
        int i = List.of(MENU_ORDER).indexOf(c.menu());
        return i < 0 ? MENU_ORDER.length : i;
    }

    private boolean safeEnabled(CommandContribution c) {
        try {
            return c.enabled(this);
        } catch (RuntimeException e) {
            return false;
        }
    }

    void updateEnablement() {
        enablement.forEach(Runnable::run);
    }

    /** Runs a command, showing a failure in a dialog that names it. */
    void execute(CommandContribution c) {
        if (!safeEnabled(c)) {
            return;
        }
        try {
            c.execute(this);
        } catch (Exception | LinkageError e) {
            error(c.label().replace("...", "") + " failed", describe(e));
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    // ---- perspectives and views ----

    @Override
    public void showPerspective(String id) {
        if (contributions.perspective(id) == null) {
            status("No perspective " + id);
            return;
        }
        saveDividers();
        perspective = id;
        prefs.put("perspective", id);
        layoutPerspective();
        rebuildMenus();
        restoreDividers();
    }

    String perspective() {
        return perspective;
    }

    /** Puts each area's tabs as the current perspective says, plus views no perspective names. */
    private void layoutPerspective() {
        Map<Area, List<String>> wanted = new EnumMap<>(Area.class);
        for (Area a : Area.values()) {
            wanted.put(a, new ArrayList<>());
        }
        PerspectiveContribution p = perspective == null ? null : contributions.perspective(perspective);
        if (p != null) {
            layoutOf(p).forEach((area, ids) -> {
                if (area != null && ids != null) {
                    wanted.get(area).addAll(ids);
                }
            });
        }
        for (ViewContribution v : contributions.views()) {
            if (!placedByAnyPerspective(v.id())) {
                wanted.get(defaultArea(v)).add(v.id());
            }
        }
        // where the user moved or closed views in this perspective
        for (ViewContribution v : contributions.views()) {
            String placed = perspective == null ? null : prefs.placement(perspective, v.id());
            if (placed != null) {
                wanted.values().forEach(ids -> ids.remove(v.id()));
                Area area = area(placed);
                if (area != null) {
                    wanted.get(area).add(v.id());
                }
            }
        }
        for (Area a : Area.values()) {
            JTabbedPane tabs = areas.get(a);
            tabs.removeAll();
            for (String id : wanted.get(a)) {
                OpenView ov = openView(id);
                if (ov != null) {
                    tabs.addTab(ov.title(), ov.icon(), ov.tab());
                }
            }
        }
        refreshAreas();
    }

    private boolean placedByAnyPerspective(String viewId) {
        for (PerspectiveContribution p : contributions.perspectives()) {
            for (List<String> ids : layoutOf(p).values()) {
                if (ids != null && ids.contains(viewId)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The open instance of a view, created on first use; null when no bundle contributes it. */
    private OpenView openView(String id) {
        OpenView ov = open.get(id);
        if (ov != null) {
            return ov;
        }
        ViewContribution c = contributions.view(id);
        if (c == null) {
            return null;
        }
        ViewScope scope = new ViewScope(this);
        try {
            WorkbenchView view = c.create(scope);
            JComponent tab = view == null ? null : view.component();
            if (tab == null) {
                throw new IllegalStateException("it made no component");
            }
            tab.setName("view." + id);
            FileDrop.wrap(tab, dropHandler);
            ov = new OpenView(c, view, tab, scope, safeTitle(c), safeIcon(c));
            open.put(id, ov);
            return ov;
        } catch (RuntimeException | LinkageError e) {
            scope.release();
            error("View " + id + " could not open", describe(e) + " (from " + Contributions.origin(c) + ")");
            return null;
        }
    }

    private static String safeTitle(ViewContribution c) {
        try {
            String t = c.title();
            return t == null || t.isBlank() ? c.id() : t;
        } catch (RuntimeException e) {
            return c.id();
        }
    }

    private static javax.swing.Icon safeIcon(ViewContribution c) {
        try {
            return c.icon();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A view's default area; MAIN when it names none or fails to say. */
    static Area defaultArea(ViewContribution c) {
        try {
            Area a = c.area();
            return a == null ? Area.MAIN : a;
        } catch (RuntimeException e) {
            return Area.MAIN;
        }
    }

    /** A perspective's layout, or an empty one when the contribution fails to give one. */
    private Map<Area, List<String>> layoutOf(PerspectiveContribution p) {
        try {
            Map<Area, List<String>> l = p.layout();
            return l == null ? Map.of() : l;
        } catch (RuntimeException e) {
            status("Perspective " + p.id() + " has no usable layout: " + describe(e));
            return Map.of();
        }
    }

    /** Hides empty areas so their space goes to the others. */
    private void refreshAreas() {
        for (Area a : Area.values()) {
            areas.get(a).setVisible(areas.get(a).getTabCount() > 0);
        }
        centre.setVisible(areas.get(Area.MAIN).isVisible() || areas.get(Area.BOTTOM).isVisible());
        for (JSplitPane s : new JSplitPane[] {centre, inner, outer}) {
            s.revalidate();
        }
        frame.getContentPane().repaint();
    }

    @Override
    public void showView(String id) {
        for (JTabbedPane tabs : areas.values()) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if (tabs.getComponentAt(i).getName().equals("view." + id)) {
                    tabs.setSelectedIndex(i);
                    return;
                }
            }
        }
        OpenView ov = openView(id);
        if (ov == null) {
            status("No view " + id + " is installed");
            return;
        }
        Area where = perspective == null ? null : area(prefs.placement(perspective, id));
        if (where == null) {
            where = defaultArea(ov.contribution());
        }
        if (perspective != null) {
            prefs.setPlacement(perspective, id, where.name());
        }
        JTabbedPane tabs = areas.get(where);
        tabs.addTab(ov.title(), ov.icon(), ov.tab());
        tabs.setSelectedComponent(ov.tab());
        refreshAreas();
        restoreDividers();
    }

    private static Area area(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Area.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Closes a view in this perspective (View menu brings it back); remembered per perspective. */
    void closeView(String id) {
        OpenView ov = open.remove(id);
        if (ov == null) {
            return;
        }
        if (perspective != null) {
            prefs.setPlacement(perspective, id, "CLOSED");
        }
        for (JTabbedPane tabs : areas.values()) {
            tabs.remove(ov.tab());
        }
        dispose(ov);
        refreshAreas();
        status("Closed " + ov.title() + " (View menu opens it again)");
    }

    /** Moves a view to another area of this perspective; remembered per perspective. */
    void moveView(String id, Area to) {
        if (perspective != null) {
            prefs.setPlacement(perspective, id, to.name());
        }
        saveDividers();
        layoutPerspective();
        restoreDividers();
        showView(id);
    }

    /** The area a view's tab is in now, or null. */
    Area areaOf(String id) {
        for (Map.Entry<Area, JTabbedPane> e : areas.entrySet()) {
            JTabbedPane tabs = e.getValue();
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if (("view." + id).equals(tabs.getComponentAt(i).getName())) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /** Right-click on a tab: close it, or move it to another area. */
    private void tabMenu(JTabbedPane tabs, Area here, java.awt.event.MouseEvent e) {
        int i = tabs.indexAtLocation(e.getX(), e.getY());
        if (i < 0) {
            return;
        }
        String id = tabs.getComponentAt(i).getName().substring("view.".length());
        javax.swing.JPopupMenu menu = new javax.swing.JPopupMenu();
        JMenuItem close = new JMenuItem("Close " + tabs.getTitleAt(i));
        close.addActionListener(a -> closeView(id));
        menu.add(close);
        JMenu move = new JMenu("Move to");
        for (Area a : Area.values()) {
            if (a != here) {
                JMenuItem item = new JMenuItem(a.name().charAt(0) + a.name().substring(1).toLowerCase(Locale.ROOT));
                item.addActionListener(x -> moveView(id, a));
                move.add(item);
            }
        }
        menu.add(move);
        menu.show(tabs, e.getX(), e.getY());
    }

    /** Open views that are on screen in the current perspective, by id. */
    Map<String, WorkbenchView> visibleViews() {
        Map<String, WorkbenchView> out = new LinkedHashMap<>();
        for (JTabbedPane tabs : areas.values()) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                String name = tabs.getComponentAt(i).getName();
                String id = name.substring("view.".length());
                OpenView ov = open.get(id);
                if (ov != null) {
                    out.put(id, ov.view());
                }
            }
        }
        return out;
    }

    private void contributionChanged(Contributions.Kind kind, String id, boolean added) {
        if (frame == null) {
            return;
        }
        if (kind == Contributions.Kind.VIEW && !added) {
            OpenView ov = open.remove(id);
            if (ov != null) {
                for (JTabbedPane tabs : areas.values()) {
                    tabs.remove(ov.tab());
                }
                dispose(ov);
            }
            // another bundle may offer the same id
            if (contributions.view(id) != null) {
                layoutPerspective();
            }
        } else if (kind == Contributions.Kind.VIEW || kind == Contributions.Kind.PERSPECTIVE) {
            if (perspective == null || contributions.perspective(perspective) == null) {
                perspective = firstPerspective();
            }
            saveDividers();
            layoutPerspective();
            restoreDividers();
        }
        rebuildMenus();
        refreshAreas();
        if (kind == Contributions.Kind.VIEW) {
            status((added ? "View added: " : "View removed: ") + id);
        }
    }

    private void dispose(OpenView ov) {
        try {
            ov.view().dispose();
        } catch (RuntimeException | LinkageError e) {
            // one view failing to clean up must not stop the others; its listeners go below
            status("View " + ov.title() + " failed to close cleanly: " + describe(e));
            System.err.println("parley gui: view " + ov.contribution().id() + " failed to close cleanly: " + describe(e));
        }
        ov.scope().release();
    }

    private void saveDividers() {
        if (perspective == null || frame == null || !frame.isShowing()) {
            return;
        }
        prefs.setDivider(perspective, "left", fraction(outer));
        prefs.setDivider(perspective, "right", fraction(inner));
        prefs.setDivider(perspective, "bottom", fraction(centre));
    }

    private static double fraction(JSplitPane p) {
        int size = p.getOrientation() == JSplitPane.HORIZONTAL_SPLIT ? p.getWidth() : p.getHeight();
        return size <= 0 ? 0.5 : (double) p.getDividerLocation() / size;
    }

    private void restoreDividers() {
        String p = perspective == null ? "none" : perspective;
        outer.setDividerLocation(prefs.divider(p, "left", 0.27));
        inner.setDividerLocation(prefs.divider(p, "right", 0.78));
        centre.setDividerLocation(prefs.divider(p, "bottom", 0.72));
    }

    /** Window > Reset layout: default split positions. */
    void resetLayout() {
        prefs.resetLayout();
        layoutPerspective();
        restoreDividers();
    }

    // ---- the dossier ----

    @Override
    public Dossier dossier() {
        return document.dossier();
    }

    @Override
    public Optional<Path> file() {
        return document.file();
    }

    @Override
    public boolean dirty() {
        return document.dirty();
    }

    /** After a theme change: views not on screen now get the new look too. */
    void updateViewsUI() {
        for (OpenView ov : open.values()) {
            SwingUtilities.updateComponentTreeUI(ov.tab());
        }
    }

    WorkbenchPrefs preferences() {
        return prefs;
    }

    DossierDocument document() {
        return document;
    }

    @Override
    public void edit(String label, UnaryOperator<Dossier> change) {
        if (document.edit(label, change)) {
            dossierChanged();
            status(label);
        }
    }

    void undo() {
        String label = document.undoLabel();
        if (document.undo()) {
            dossierChanged();
            status("Undone: " + label);
        }
    }

    void redo() {
        String label = document.redoLabel();
        if (document.redo()) {
            dossierChanged();
            status("Redone: " + label);
        }
    }

    private void dossierChanged() {
        analysis = null;
        Dossier d = document.dossier();
        // keep only selected ids that still exist
        List<String> actors = selection.actors().stream().filter(id -> d.actor(id).isPresent()).toList();
        List<String> rels = selection.relations().stream()
                .filter(id -> d.relations().stream().anyMatch(r -> r.id().equals(id))).toList();
        Selection kept = new Selection(actors, rels);
        for (WorkbenchListener l : listeners) {
            try {
                l.dossierChanged(d);
            } catch (RuntimeException e) {
                status("A view failed to refresh: " + describe(e));
            }
        }
        if (!kept.equals(selection)) {
            select(kept, this);
        }
        updateTitle();
        updateEnablement();
    }

    private void updateTitle() {
        if (frame == null) {
            return;
        }
        String name = document.file().map(p -> p.getFileName().toString()).orElse("Untitled dossier");
        frame.setTitle((document.dirty() ? "*" : "") + name + " \u2014 Parley");
        frame.getRootPane().putClientProperty("Window.documentModified", document.dirty());
    }

    @Override
    public Analysis analysis() {
        if (analysis == null) {
            try {
                analysis = services.analyze(document.dossier());
            } catch (RuntimeException e) {
                status("Analysis failed: " + describe(e));
            }
            if (analysis == null) {
                analysis = new Analysis(List.of(), List.of());
            }
        }
        return analysis;
    }

    /** File > New. */
    void newDossier() {
        if (confirmDiscard()) {
            document.open(Dossier.empty(), null);
            dossierChanged();
            status("New dossier");
        }
    }

    /** Opens a dossier file; any other file is imported into a new dossier. */
    void openDossier(Path file) {
        if (!Files.isRegularFile(file)) {
            error("Open failed", file + ": no such file");
            return;
        }
        if (!isDossierFile(file)) {
            document.open(Dossier.empty(), null);
            dossierChanged();
            importFiles(List.of(file));
            return;
        }
        run("Opening " + file.getFileName(), p -> {
            p.update("Reading " + file.getFileName(), -1);
            return services.load(file);
        }, d -> {
            document.open(d, file);
            prefs.addRecent(file);
            dossierChanged();
            rebuildMenus();
            status("Opened " + file + ": " + d.actors().size() + " actors, " + d.relations().size() + " relations");
        });
    }

    /** True for a name ending in .parley, in any case. */
    static boolean isParleyName(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parley");
    }

    static boolean isDossierFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (isParleyName(p)) {
            return true;
        }
        if (n.endsWith(".json")) {
            try (var in = Files.newBufferedReader(p)) {
                char[] head = new char[512];
                int k = in.read(head);
                return k > 0 && new String(head, 0, k).contains("parley-dossier");
            } catch (Exception e) {
                return false;
            }
        }
        return false;
    }

    /** File > Open...: a dossier, or articles and spreadsheets to import into a new dossier. */
    void chooseAndOpen() {
        if (!confirmDiscard()) {
            return;
        }
        JFileChooser fc = chooser();
        fc.setFileFilter(new FileNameExtensionFilter("Parley dossiers (*.parley)", "parley", "json"));
        if (fc.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            openDossier(fc.getSelectedFile().toPath());
        }
    }

    void chooseAndImport() {
        JFileChooser fc = chooser();
        fc.setMultiSelectionEnabled(true);
        fc.setDialogTitle("Import sources");
        if (fc.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            List<Path> files = new ArrayList<>();
            for (File f : fc.getSelectedFiles()) {
                files.add(f.toPath());
            }
            importFiles(files);
        }
    }

    private JFileChooser chooser() {
        Path dir = document.file().map(Path::getParent)
                .orElse(java.nio.file.Paths.get(System.getProperty("user.dir")));
        return new JFileChooser(dir.toFile());
    }

    @Override
    public void importFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        String title = files.size() == 1 ? "Importing " + files.get(0).getFileName() : "Importing " + files.size() + " files";
        run(title, p -> {
            Dossier merged = Dossier.empty();
            List<Problem> problems = new ArrayList<>();
            int failedFiles = 0;
            int i = 0;
            for (Path f : files) {
                if (p.cancelled()) {
                    return null;
                }
                String step = "Importing " + f.getFileName() + " (" + (i + 1) + " of " + files.size() + ")";
                p.update(step, (double) i / files.size());
                int done = i;
                ImportResult r = services.importFile(f, new dev.parley.model.spi.ImportContext() {
                    @Override
                    public String displayName() {
                        return f.getFileName().toString();
                    }

                    @Override
                    public void progress(long part, long total) {
                        if (total > 0) {
                            p.update(step, (done + Math.min(1.0, (double) part / total)) / files.size());
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return p.cancelled();
                    }
                });
                problems.addAll(r.problems());
                if (r.failed()) {
                    failedFiles++;
                } else {
                    merged = services.merge(merged, r.dossier());
                }
                i++;
            }
            return new Imported(new ImportResult(merged, problems), failedFiles);
        }, done -> {
            if (done == null) {
                return;
            }
            ImportResult r = done.result();
            edit(title.replace("Importing", "Import"), d -> services.merge(d, r.dossier()));
            long errors = done.failedFiles();
            status("Imported " + (files.size() - errors) + " of " + files.size() + " files: "
                    + dossier().actors().size() + " actors, " + dossier().relations().size() + " relations"
                    + (r.problems().isEmpty() ? "" : "; " + r.problems().size() + " problems"));
            if (!r.problems().isEmpty()) {
                StringBuilder sb = new StringBuilder();
                r.problems().forEach(x -> sb.append(x).append('\n'));
                if (interactive) {
                    JOptionPane.showMessageDialog(frame, sb.toString().strip(), "Import problems",
                            errors > 0 ? JOptionPane.ERROR_MESSAGE : JOptionPane.WARNING_MESSAGE);
                } else {
                    System.err.print(sb);
                }
            }
        });
    }

    /** What an import task hands back: the merged result and how many files failed. */
    private record Imported(ImportResult result, int failedFiles) {
    }

    /** File > Save: to the dossier's file, or asks for one. Returns false when not saved. */
    boolean save() {
        Optional<Path> f = document.file();
        if (f.isEmpty() || !isParleyName(f.get())) {
            return saveAs();
        }
        return saveTo(f.get());
    }

    boolean saveAs() {
        JFileChooser fc = chooser();
        fc.setFileFilter(new FileNameExtensionFilter("Parley dossiers (*.parley)", "parley"));
        if (fc.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
            return false;
        }
        Path p = fc.getSelectedFile().toPath();
        if (!isParleyName(p)) {
            p = p.resolveSibling(p.getFileName() + ".parley");
        }
        if (Files.exists(p) && JOptionPane.showConfirmDialog(frame, p.getFileName() + " exists. Replace it?",
                "Save as", JOptionPane.YES_NO_OPTION) != JOptionPane.YES_OPTION) {
            return false;
        }
        return saveTo(p);
    }

    /** Writes the dossier (atomically, through the store) and marks it saved. */
    boolean saveTo(Path p) {
        Dossier d = document.dossier();
        try {
            services.save(d, p);
        } catch (Exception e) {
            error("Save failed", p + ": " + describe(e));
            return false;
        }
        if (document.dossier() == d) {
            document.saved(p);
        }
        prefs.addRecent(p);
        updateTitle();
        rebuildMenus();
        status("Saved " + p);
        return true;
    }

    /** Asks what to do with unsaved changes; true when it is fine to go on. */
    boolean confirmDiscard() {
        if (!document.dirty() || !interactive) {
            return true;
        }
        String name = document.file().map(p -> p.getFileName().toString()).orElse("the new dossier");
        int answer = JOptionPane.showOptionDialog(frame, "Save the changes to " + name + "?", "Unsaved changes",
                JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null,
                new Object[] {"Save", "Don't save", "Cancel"}, "Save");
        return switch (answer) {
            case 0 -> save();
            case 1 -> true;
            default -> false;
        };
    }

    /** File > Quit or the window's close box. */
    void quit() {
        if (busy() && interactive && JOptionPane.showConfirmDialog(frame,
                statusLabel.getText() + "\n\nWork is still running. Stop it and quit?", "Quit",
                JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.YES_OPTION) {
            return;
        }
        if (!confirmDiscard()) {
            return;
        }
        close();
    }

    /** Undoes what {@link #show} registered when it failed half-way. */
    void abandon() {
        contributions.removeListener(contributionListener);
        unregisterBuiltins.run();
        unregisterBuiltins = () -> { };
        if (frame != null) {
            frame.dispose();
            frame = null;
        }
        closed = true;
    }

    /** Closes without asking: saves the layout, disposes the views. */
    void close() {
        if (frame == null) {
            return;
        }
        closed = true;
        cancelWork();
        saveDividers();
        Rectangle b = frame.getBounds();
        prefs.put("window.x", Integer.toString(b.x));
        prefs.put("window.y", Integer.toString(b.y));
        prefs.put("window.width", Integer.toString(b.width));
        prefs.put("window.height", Integer.toString(b.height));
        try {
            prefs.save();
        } catch (Exception e) {
            System.err.println("parley gui: could not save the layout to " + prefs.file() + ": " + describe(e));
        }
        contributions.removeListener(contributionListener);
        unregisterBuiltins.run();
        for (OpenView ov : open.values()) {
            dispose(ov);
        }
        open.clear();
        frame.dispose();
        frame = null;
        onClosed.run();
    }

    // ---- selection and listeners ----

    @Override
    public Selection selection() {
        return selection;
    }

    @Override
    public void select(Selection s, Object origin) {
        selection = s == null ? Selection.empty() : s;
        for (WorkbenchListener l : listeners) {
            try {
                l.selectionChanged(selection, origin);
            } catch (RuntimeException e) {
                status("A view failed to follow the selection: " + describe(e));
            }
        }
        updateEnablement();
    }

    @Override
    public void addListener(WorkbenchListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(WorkbenchListener listener) {
        listeners.remove(listener);
    }

    // ---- background work and the status bar ----

    @Override
    public <T> void run(String title, Task<T> task, Consumer<T> onDone) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Runnable cancelThis = () -> {
            cancelled.set(true);
            statusLabel.setText(title + ": cancelling...");
        };
        busy.incrementAndGet();
        running.add(cancelThis);
        statusLabel.setText(title + "...");
        progress.setIndeterminate(true);
        progress.setVisible(true);
        cancel.setVisible(true);
        new SwingWorker<T, Object[]>() {
            @Override
            protected T doInBackground() throws Exception {
                return task.run(new Task.Progress() {
                    @Override
                    public void update(String message, double fraction) {
                        publish(new Object[] {message, fraction});
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelled.get();
                    }
                });
            }

            @Override
            protected void process(List<Object[]> chunks) {
                Object[] last = chunks.get(chunks.size() - 1);
                statusLabel.setText((String) last[0]);
                double f = (Double) last[1];
                progress.setIndeterminate(f < 0);
                if (f >= 0) {
                    progress.setValue((int) Math.round(Math.min(1, f) * 1000));
                }
            }

            @Override
            protected void done() {
                running.remove(cancelThis);
                if (running.isEmpty()) {
                    progress.setVisible(false);
                    cancel.setVisible(false);
                }
                try {
                    T result = get();
                    if (closed) {
                        return; // the window is gone: nothing to show the result in
                    }
                    if (cancelled.get()) {
                        status(title + ": cancelled");
                    } else {
                        onDone.accept(result);
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    error(title + " failed", describe(e.getCause() == null ? e : e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException | LinkageError e) {
                    error(title + " failed", describe(e));
                } finally {
                    busy.decrementAndGet();
                }
            }
        }.execute();
    }

    /** The status bar's Cancel button: asks every running task to stop. */
    void cancelWork() {
        List.copyOf(running).forEach(Runnable::run);
    }

    /** True while background work runs. */
    boolean busy() {
        return busy.get() > 0;
    }

    @Override
    public void status(String message) {
        statusLabel.setText(message);
    }

    String statusText() {
        return statusLabel.getText();
    }

    @Override
    public void showError(String title, String message) {
        error(title, message);
    }

    /** Tells the user about a failure: a dialog, or stderr when a script drives the window. */
    void error(String title, String message) {
        status(title + ": " + message);
        if (interactive && frame != null) {
            JOptionPane.showMessageDialog(frame, message, title, JOptionPane.ERROR_MESSAGE);
        } else {
            System.err.println("parley gui: " + title + ": " + message);
        }
    }

    @Override
    public JFrame frame() {
        return frame;
    }

    /** A drop of files on the window or a view: a dossier opens, anything else is imported. */
    void dropped(List<Path> paths) {
        if (paths.size() == 1 && isDossierFile(paths.get(0))) {
            if (confirmDiscard()) {
                openDossier(paths.get(0));
            }
        } else {
            importFiles(paths);
        }
    }

    /** For tests of the drop target. */
    TransferHandler dropHandler() {
        return dropHandler;
    }

    Component component(String name) {
        return find(frame.getRootPane(), name);
    }

    private static Component find(Component c, String name) {
        if (name.equals(c.getName())) {
            return c;
        }
        if (c instanceof java.awt.Container k) {
            for (Component child : k.getComponents()) {
                Component f = find(child, name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** A contributed command by id; fails when there is none. */
    CommandContribution command(String id) {
        CommandContribution c = contributions.command(id);
        if (c == null) {
            throw new IllegalArgumentException("no command " + id);
        }
        return c;
    }

    /** The labels of every menu and menu item in the menu bar, as the user sees them. */
    List<String> menuLabels() {
        List<String> out = new ArrayList<>();
        JMenuBar bar = frame.getJMenuBar();
        for (int i = 0; bar != null && i < bar.getMenuCount(); i++) {
            collectLabels(bar.getMenu(i), out);
        }
        return out;
    }

    private static void collectLabels(JMenuItem item, List<String> out) {
        if (item == null) {
            return;
        }
        out.add(item.getText());
        if (item instanceof JMenu m) {
            for (int i = 0; i < m.getItemCount(); i++) {
                collectLabels(m.getItem(i), out);
            }
        }
    }
}
