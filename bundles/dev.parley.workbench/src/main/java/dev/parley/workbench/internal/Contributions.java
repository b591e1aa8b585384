package dev.parley.workbench.internal;

import dev.parley.model.ui.CommandContribution;
import dev.parley.model.ui.PerspectiveContribution;
import dev.parley.model.ui.ViewContribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The views, commands and perspectives contributed so far, by id. Services come and go on any
 * thread; listeners hear about each change (the window moves the news to the event thread). When two
 * contributions share an id the first one wins, and the second takes over when the first leaves.
 */
final class Contributions {

    /** What changed. */
    enum Kind { VIEW, COMMAND, PERSPECTIVE }

    /** Hears additions and removals. */
    interface Listener {
        void changed(Kind kind, String id, boolean added);
    }

    private final Registry<ViewContribution> views = new Registry<>(ViewContribution::id);
    private final Registry<CommandContribution> commands = new Registry<>(CommandContribution::id);
    private final Registry<PerspectiveContribution> perspectives = new Registry<>(PerspectiveContribution::id);
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    void addListener(Listener l) {
        listeners.add(l);
    }

    void removeListener(Listener l) {
        listeners.remove(l);
    }

    void addView(ViewContribution v) {
        add(views, v, Kind.VIEW);
    }

    void removeView(ViewContribution v) {
        remove(views, v, Kind.VIEW);
    }

    void addCommand(CommandContribution c) {
        add(commands, c, Kind.COMMAND);
    }

    /** The shell's own commands and perspectives: they come first for their ids, whoever came before. */
    void addBuiltin(CommandContribution c) {
        String id = commands.putFirst(c);
        if (id != null) {
            listeners.forEach(l -> l.changed(Kind.COMMAND, id, true));
        }
    }

    void addBuiltin(PerspectiveContribution p) {
        String id = perspectives.putFirst(p);
        if (id != null) {
            listeners.forEach(l -> l.changed(Kind.PERSPECTIVE, id, true));
        }
    }

    /** Where a contribution comes from, for messages: its bundle's symbolic name. */
    static String origin(Object contribution) {
        org.osgi.framework.Bundle b = org.osgi.framework.FrameworkUtil.getBundle(contribution.getClass());
        return b == null ? "Parley" : b.getSymbolicName();
    }

    void removeCommand(CommandContribution c) {
        remove(commands, c, Kind.COMMAND);
    }

    void addPerspective(PerspectiveContribution p) {
        add(perspectives, p, Kind.PERSPECTIVE);
    }

    void removePerspective(PerspectiveContribution p) {
        remove(perspectives, p, Kind.PERSPECTIVE);
    }

    ViewContribution view(String id) {
        return views.get(id);
    }

    CommandContribution command(String id) {
        return commands.get(id);
    }

    PerspectiveContribution perspective(String id) {
        return perspectives.get(id);
    }

    /** Views in the order they came. */
    List<ViewContribution> views() {
        return views.all();
    }

    /** Commands by menu order. */
    List<CommandContribution> commands() {
        List<CommandContribution> out = new ArrayList<>(commands.all());
        out.sort(Comparator.comparingInt(CommandContribution::order));
        return out;
    }

    /** Perspectives by their order. */
    List<PerspectiveContribution> perspectives() {
        List<PerspectiveContribution> out = new ArrayList<>(perspectives.all());
        out.sort(Comparator.comparingInt(PerspectiveContribution::order));
        return out;
    }

    private <T> void add(Registry<T> r, T item, Kind kind) {
        String id = r.put(item);
        if (id != null) {
            listeners.forEach(l -> l.changed(kind, id, true));
        }
    }

    private <T> void remove(Registry<T> r, T item, Kind kind) {
        String id = r.delete(item);
        if (id != null) {
            listeners.forEach(l -> l.changed(kind, id, false));
        }
    }

    /** Contributions of one kind by id; several per id, the first one active. */
    private static final class Registry<T> {
        private final Function<T, String> idOf;
        private final Map<String, List<T>> byId = new LinkedHashMap<>();

        Registry(Function<T, String> idOf) {
            this.idOf = idOf;
        }

        /** Adds; returns the id when the active contribution for it changed. */
        synchronized String put(T item) {
            String id = idOf.apply(item);
            List<T> list = byId.computeIfAbsent(id, k -> new ArrayList<>());
            list.add(item);
            if (list.size() > 1) {
                System.err.println("parley gui: " + origin(item) + " contributes '" + id + "', which "
                        + origin(list.get(0)) + " already does; the first one is used");
            }
            return list.size() == 1 ? id : null;
        }

        /** Adds ahead of any other contribution with the same id; returns the id (the active one changed). */
        synchronized String putFirst(T item) {
            String id = idOf.apply(item);
            List<T> list = byId.computeIfAbsent(id, k -> new ArrayList<>());
            list.add(0, item);
            if (list.size() > 1) {
                System.err.println("parley gui: " + origin(list.get(1)) + " contributes '" + id
                        + "', which the workbench itself provides; the workbench's is used");
            }
            return id;
        }

        /** Removes; returns the id when the active contribution for it changed. */
        synchronized String delete(T item) {
            for (Map.Entry<String, List<T>> e : byId.entrySet()) {
                List<T> list = e.getValue();
                int at = list.indexOf(item);
                if (at >= 0) {
                    list.remove(at);
                    String id = e.getKey();
                    if (list.isEmpty()) {
                        byId.remove(id);
                    }
                    return at == 0 ? id : null;
                }
            }
            return null;
        }

        synchronized T get(String id) {
            List<T> list = byId.get(id);
            return list == null ? null : list.get(0);
        }

        synchronized List<T> all() {
            List<T> out = new ArrayList<>();
            byId.values().forEach(l -> out.add(l.get(0)));
            return out;
        }
    }
}
