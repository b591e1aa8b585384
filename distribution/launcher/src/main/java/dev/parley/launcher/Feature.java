package dev.parley.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A named, versioned group of bundles, read from a {@code NAME.feature} file (Java properties):
 * {@code name}, {@code version}, {@code description}, {@code bundles} (symbolic names, started in
 * order), {@code on-demand} (installed, but started only for a long session such as the shell, or
 * for the commands they provide) and {@code commands} (the commands the on-demand bundles provide:
 * running one of them starts them first, for that run only).
 */
public record Feature(String name, String version, String description, List<String> bundles,
                      List<String> onDemand, List<String> commands, Path file) {

    public static Feature read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String name = p.getProperty("name");
        if (name == null || name.isBlank()) {
            throw new IOException(file + ": feature has no 'name'");
        }
        List<String> bundles = split(p.getProperty("bundles", ""));
        List<String> onDemand = split(p.getProperty("on-demand", ""));
        if (bundles.isEmpty() && onDemand.isEmpty()) {
            throw new IOException(file + ": feature '" + name + "' lists no 'bundles'");
        }
        return new Feature(name.trim(), p.getProperty("version", "0.0.0").trim(),
                p.getProperty("description", "").trim(), bundles, onDemand, split(p.getProperty("commands", "")), file);
    }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("[,\\s]+")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }
}
