package dev.parley.workbench.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The user's workbench settings: theme, perspective, window bounds, split positions per perspective
 * and recent dossiers, in a properties file ({@code ~/.parley/workbench.properties}, or the file the
 * {@code parley.workbench.prefs} system property names). A missing or unreadable file gives the
 * defaults; it is written atomically.
 */
final class WorkbenchPrefs {

    static final int RECENT = 8;

    private final Path file;
    private final Properties props = new Properties();

    WorkbenchPrefs(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                props.clear();
            }
        }
    }

    static Path defaultFile() {
        String p = System.getProperty("parley.workbench.prefs");
        if (p != null && !p.isBlank()) {
            return Paths.get(p);
        }
        return Paths.get(System.getProperty("user.home"), ".parley", "workbench.properties");
    }

    Path file() {
        return file;
    }

    String get(String key, String fallback) {
        return props.getProperty(key, fallback);
    }

    void put(String key, String value) {
        if (value == null) {
            props.remove(key);
        } else {
            props.setProperty(key, value);
        }
    }

    int getInt(String key, int fallback) {
        try {
            return Integer.parseInt(props.getProperty(key, "").trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Split positions (fractions 0..1) of a perspective's left, right and bottom dividers. */
    double divider(String perspective, String which, double fallback) {
        try {
            double v = Double.parseDouble(props.getProperty("divider." + perspective + "." + which, ""));
            return v > 0.02 && v < 0.98 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    void setDivider(String perspective, String which, double value) {
        props.setProperty("divider." + perspective + "." + which, String.format(java.util.Locale.ROOT, "%.3f", value));
    }

    /**
     * Where the user put a view in a perspective: an area name ({@code LEFT}, {@code MAIN},
     * {@code RIGHT}, {@code BOTTOM}), {@code CLOSED}, or null when the perspective decides.
     */
    String placement(String perspective, String viewId) {
        return props.getProperty("view." + perspective + "." + viewId);
    }

    void setPlacement(String perspective, String viewId, String placement) {
        put("view." + perspective + "." + viewId, placement);
    }

    /** Forgets split positions and where views were moved or closed (Window > Reset layout). */
    void resetLayout() {
        props.stringPropertyNames().stream().filter(k -> k.startsWith("divider.") || k.startsWith("view."))
                .forEach(props::remove);
    }

    /** Recent dossiers, most recent first. */
    List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String p = props.getProperty("recent." + i);
            if (p != null && !p.isBlank()) {
                out.add(Paths.get(p));
            }
        }
        return out;
    }

    void removeRecent(Path dossier) {
        List<Path> list = recent();
        list.remove(dossier);
        for (int i = 0; i < RECENT; i++) {
            put("recent." + i, i < list.size() ? list.get(i).toString() : null);
        }
    }

    void addRecent(Path dossier) {
        Path abs = dossier.toAbsolutePath().normalize();
        List<Path> list = recent();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < RECENT; i++) {
            put("recent." + i, i < list.size() ? list.get(i).toString() : null);
        }
    }

    void save() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".workbench", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            props.store(w, "Parley workbench settings");
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
