package dev.parley.workbench.internal;

import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.ui.Selection;
import dev.parley.model.ui.WorkbenchView;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.datatransfer.Transferable;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import org.osgi.framework.BundleContext;

/**
 * Drives the window from a script, one step a line, as a user would: open and import files, switch
 * perspectives, select, check what the views show, install and uninstall plugins, take screenshots.
 * Each step runs on the event thread and the next one waits until background work has finished.
 * Checks that fail are reported and make the command exit with 1; the script goes on.
 */
final class Automation {

    private static final long WAIT_MS = 30_000;

    private final WorkbenchWindow window;
    private final BundleContext context;
    private final PrintStream out;
    private final PrintStream err;
    private Path base;
    private int failures;

    Automation(WorkbenchWindow window, BundleContext context, PrintStream out, PrintStream err) {
        this.window = window;
        this.context = context;
        this.out = out;
        this.err = err;
    }

    /** Runs the script; returns 0 when every check passed, 1 otherwise. */
    int run(Path script) throws IOException {
        base = script.toAbsolutePath().getParent();
        List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
        waitIdle();
        boolean quit = false;
        for (int n = 0; n < lines.size() && !quit; n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> words = new ArrayList<>(Arrays.asList(line.split("\\s+")));
            String verb = words.remove(0).toLowerCase(Locale.ROOT);
            String rest = line.substring(line.indexOf(' ') < 0 ? line.length() : line.indexOf(' ')).strip();
            try {
                quit = step(verb, words, rest);
            } catch (Exception | AssertionError e) {
                failures++;
                err.println("parley gui: script line " + (n + 1) + " (" + line + "): " + WorkbenchWindow.describe(e));
            }
            waitIdle();
        }
        if (!quit) {
            out.println("script finished; the window stays open");
        }
        return failures == 0 ? 0 : 1;
    }

    private boolean step(String verb, List<String> args, String rest) throws Exception {
        switch (verb) {
            case "open" -> onEdt(() -> window.openDossier(path(rest)));
            case "import" -> onEdt(() -> window.importFiles(args.stream().map(this::path).toList()));
            case "drop" -> onEdt(() -> drop(window.frame().getRootPane(), args.stream().map(this::path).toList()));
            case "drop-on" -> onEdt(() -> drop(table(args.get(0)),
                    args.subList(1, args.size()).stream().map(this::path).toList()));
            case "new" -> onEdt(window::newDossier);
            case "perspective" -> onEdt(() -> window.showPerspective(rest));
            case "view" -> onEdt(() -> window.showView(rest));
            case "close" -> onEdt(() -> window.closeView(rest));
            case "move" -> onEdt(() -> window.moveView(args.get(0), dev.parley.model.ui.Area.valueOf(args.get(1).toUpperCase(Locale.ROOT))));
            case "expect-area" -> await("view " + args.get(0) + " is in the " + args.get(1) + " area",
                    () -> String.valueOf(window.areaOf(args.get(0))).equalsIgnoreCase(args.get(1)));
            case "select" -> onEdt(() -> window.select(Selection.actor(actor(rest).id()), this));
            case "click" -> onEdt(() -> clickRow(args.get(0), rest.substring(args.get(0).length()).strip()));
            case "expect-view" -> await("view " + rest + " is shown", () -> window.visibleViews().containsKey(rest));
            case "expect-no-view" -> await("view " + rest + " is gone", () -> !window.visibleViews().containsKey(rest));
            case "expect-text" -> {
                String id = args.get(0);
                String text = rest.substring(id.length()).strip();
                await("view " + id + " shows '" + text + "'", () -> describe(id).contains(text));
            }
            case "expect-selected" -> {
                String id = args.get(0);
                String text = rest.substring(id.length()).strip();
                await("view " + id + " has '" + text + "' selected", () -> selectedRows(id).contains(text));
            }
            case "expect-menu" -> await("the menus offer '" + rest + "'", () -> window.menuLabels().contains(rest));
            case "expect-no-menu" -> await("the menus do not offer '" + rest + "'", () -> !window.menuLabels().contains(rest));
            case "command" -> onEdt(() -> window.execute(window.command(rest)));
            case "expect-perspective" -> await("perspective is " + rest, () -> rest.equals(window.perspective()));
            case "expect-dirty" -> await("the dossier is " + (rest.equals("false") ? "saved" : "changed"),
                    () -> window.dirty() == !rest.equals("false"));
            case "dump" -> out.println("--- " + rest + "\n" + onEdt(() -> describe(rest)).strip());
            case "status" -> out.println("status: " + onEdt(window::statusText));
            case "edit-rename" -> {
                String from = args.get(0);
                String to = rest.substring(from.length()).strip();
                onEdt(() -> window.edit("Rename actor", d -> rename(d, actor(from).id(), to)));
            }
            case "undo" -> onEdt(window::undo);
            case "redo" -> onEdt(window::redo);
            case "save" -> {
                Path p = path(rest);
                if (!onEdt(() -> window.saveTo(p))) {
                    throw new AssertionError("could not save " + p);
                }
            }
            case "install" -> {
                boolean trust = args.contains("--trust");
                Path jar = path(args.stream().filter(a -> !a.equals("--trust")).findFirst().orElseThrow());
                PluginActions.Outcome r = PluginActions.install(context, jar, trust);
                out.println(r.message());
                if (!r.ok()) {
                    throw new AssertionError("install failed: " + r.message());
                }
            }
            case "uninstall" -> {
                PluginActions.Outcome r = PluginActions.uninstall(context, rest);
                out.println(r.message());
                if (!r.ok()) {
                    throw new AssertionError("uninstall failed: " + r.message());
                }
            }
            case "theme" -> onEdt(() -> Themes.apply(rest.equals("dark"), window));
            case "screenshot" -> {
                Path p = path(rest);
                onEdt(() -> screenshot(p));
                out.println("screenshot " + p);
            }
            case "sleep" -> Thread.sleep(Long.parseLong(rest));
            case "quit" -> {
                onEdt(window::close);
                return true;
            }
            default -> throw new IllegalArgumentException("unknown step '" + verb + "'");
        }
        return false;
    }

    /** The dossier with one actor renamed (its old name kept as an alias). */
    static Dossier rename(Dossier d, String id, String name) {
        List<Actor> actors = new ArrayList<>();
        for (Actor a : d.actors()) {
            if (a.id().equals(id)) {
                List<String> aliases = new ArrayList<>(a.aliases());
                if (!aliases.contains(a.name())) {
                    aliases.add(a.name());
                }
                a = new Actor(a.id(), name, a.type(), aliases, a.role(), a.affiliation(), a.country(), a.mentions());
            }
            actors.add(a);
        }
        return new Dossier(d.sources(), actors, d.quotes(), d.relations(), d.assessments(), d.events());
    }

    private Path path(String s) {
        Path p = Path.of(s);
        return p.isAbsolute() ? p : base.resolve(p).normalize();
    }

    private Actor actor(String nameOrId) {
        String want = nameOrId.toLowerCase(Locale.ROOT);
        Optional<Actor> a = window.dossier().actors().stream()
                .filter(x -> x.id().equalsIgnoreCase(want) || x.name().toLowerCase(Locale.ROOT).equals(want)
                        || x.aliases().stream().anyMatch(al -> al.toLowerCase(Locale.ROOT).equals(want)))
                .findFirst();
        return a.orElseThrow(() -> new AssertionError("no actor named " + nameOrId));
    }

    private String describe(String viewId) {
        WorkbenchView v = window.visibleViews().get(viewId);
        if (v == null) {
            throw new AssertionError("view " + viewId + " is not shown; shown: " + window.visibleViews().keySet());
        }
        return v.describe();
    }

    /** Selected rows of the first table in a view, first column first, one per line. */
    private String selectedRows(String viewId) {
        JTable t = table(viewId);
        StringBuilder sb = new StringBuilder();
        for (int r : t.getSelectedRows()) {
            for (int c = 0; c < t.getColumnCount(); c++) {
                sb.append(c == 0 ? "" : " | ").append(t.getValueAt(r, c));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Selects, as a click would, the first row of a view's table whose text contains the given text. */
    private void clickRow(String viewId, String text) {
        JTable t = table(viewId);
        for (int r = 0; r < t.getRowCount(); r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < t.getColumnCount(); c++) {
                sb.append(t.getValueAt(r, c)).append(" | ");
            }
            if (sb.toString().contains(text)) {
                t.setRowSelectionInterval(r, r);
                t.scrollRectToVisible(t.getCellRect(r, 0, true));
                return;
            }
        }
        throw new AssertionError("no row of " + viewId + " shows '" + text + "'");
    }

    private JTable table(String viewId) {
        return onEdtUnchecked(() -> {
            Component c = window.component("view." + viewId);
            JTable t = c == null ? null : firstTable(c);
            if (t == null) {
                throw new AssertionError("view " + viewId + " is not shown or has no table");
            }
            return t;
        });
    }

    private static JTable firstTable(Component c) {
        if (c instanceof JTable t) {
            return t;
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                JTable t = firstTable(child);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Drops files on a component through its own drop handler, as a drag from a file manager would. */
    private void drop(javax.swing.JComponent target, List<Path> files) {
        Transferable t = FileDrop.transferable(files);
        TransferHandler.TransferSupport support = new TransferHandler.TransferSupport(target, t);
        TransferHandler h = target == window.frame().getRootPane() ? window.dropHandler() : target.getTransferHandler();
        if (!h.canImport(support) || !h.importData(support)) {
            throw new AssertionError("the window refused the drop");
        }
    }

    /** Paints the whole window (menus, toolbar, views, status bar) into a PNG. */
    private void screenshot(Path p) {
        var root = window.frame().getRootPane();
        BufferedImage img = new BufferedImage(Math.max(1, root.getWidth()), Math.max(1, root.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            root.paint(g);
        } finally {
            g.dispose();
        }
        try {
            Files.createDirectories(p.toAbsolutePath().getParent());
            ImageIO.write(img, "png", p.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot write " + p + ": " + e.getMessage());
        }
    }

    private void await(String what, Callable<Boolean> check) throws Exception {
        long until = System.currentTimeMillis() + WAIT_MS;
        Throwable last = null;
        while (System.currentTimeMillis() < until) {
            try {
                if (onEdt(check)) {
                    out.println("ok: " + what);
                    return;
                }
            } catch (AssertionError | RuntimeException e) {
                last = e;
            }
            Thread.sleep(100);
            waitIdle();
        }
        throw new AssertionError("not true after " + WAIT_MS / 1000 + " s: " + what
                + (last == null ? "" : " (" + WorkbenchWindow.describe(last) + ")"));
    }

    /** Waits until no background work runs and the event queue has caught up. */
    private void waitIdle() {
        long until = System.currentTimeMillis() + WAIT_MS * 4;
        try {
            do {
                SwingUtilities.invokeAndWait(() -> { });
                if (!onEdtUnchecked(window::busy)) {
                    SwingUtilities.invokeAndWait(() -> { });
                    return;
                }
                Thread.sleep(20);
            } while (System.currentTimeMillis() < until);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void onEdt(Runnable r) throws Exception {
        onEdt(() -> {
            r.run();
            return null;
        });
    }

    /**
     * Runs on the event thread and waits for the answer, but not for ever: a step that opens a modal
     * dialog (which a script cannot answer) fails after a while instead of hanging the script.
     */
    private static <T> T onEdt(Callable<T> c) throws Exception {
        if (SwingUtilities.isEventDispatchThread()) {
            return c.call();
        }
        java.util.concurrent.CompletableFuture<T> f = new java.util.concurrent.CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window did not answer within " + WAIT_MS / 1000
                    + " s (is a dialog waiting for an answer?)");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error er) {
                throw er;
            }
            throw cause instanceof Exception ex ? ex : e;
        }
    }

    private static <T> T onEdtUnchecked(Callable<T> c) {
        try {
            return SwingUtilities.isEventDispatchThread() ? c.call() : onEdt(c);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
