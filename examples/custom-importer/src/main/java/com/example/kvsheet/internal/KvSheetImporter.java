package com.example.kvsheet.internal;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.ImportResult;
import dev.parley.model.Polarity;
import dev.parley.model.Problem;
import dev.parley.model.Relation;
import dev.parley.model.spi.ImportContext;
import dev.parley.model.spi.Importer;
import dev.parley.model.spi.ImporterName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * Reads ".kvsheet" files, a simple key-value list of actors and relations:
 *
 * <pre>
 * # comments start with '#'
 * actor: Freedonia | state
 * actor: Rufus Firefly | person | President | Freedonia
 * relation: Freedonia -> Sylvania | conflict | sanction | -6
 * </pre>
 *
 * Actor: name | type [| role | affiliation]. Relation: source -> target | polarity | category | weight.
 */
@Component(service = Importer.class)
@ImporterName("kvsheet")
public final class KvSheetImporter implements Importer {

    @Override
    public String name() {
        return "kvsheet";
    }

    @Override
    public String description() {
        return "key-value sheets of actors and relations (.kvsheet)";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("kvsheet");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/x-kvsheet");
    }

    @Override
    public boolean canHandle(String fileName, byte[] head) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".kvsheet");
    }

    @Override
    public ImportResult importFile(Path file, ImportContext context) throws IOException {
        String name = context.displayName();
        List<Problem> problems = new ArrayList<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<Relation> relations = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip();
            String[] f = colon < 0 ? new String[0] : line.substring(colon + 1).split("\\|", -1);
            try {
                switch (key) {
                    case "actor" -> {
                        String n = f[0].strip();
                        ActorType t = ActorType.of(f.length > 1 ? f[1].strip() : "other");
                        String role = f.length > 2 && !f[2].isBlank() ? f[2].strip() : null;
                        String aff = f.length > 3 && !f[3].isBlank() ? id(f[3]) : null;
                        actors.put(id(n), new Actor(id(n), n, t, null, role, aff, null, null));
                    }
                    case "relation" -> {
                        String[] ends = f[0].split("->");
                        if (ends.length != 2) {
                            throw new IllegalArgumentException("expected 'source -> target'");
                        }
                        for (String e : ends) {
                            actors.putIfAbsent(id(e), new Actor(id(e), e.strip(), ActorType.OTHER, null, null, null, null, null));
                        }
                        relations.add(new Relation("k" + (relations.size() + 1), id(ends[0]), id(ends[1]),
                                Polarity.of(f[1].strip()), f.length > 2 ? f[2].strip() : null,
                                f.length > 3 ? Double.parseDouble(f[3].strip()) : 0, null, null));
                    }
                    default -> throw new IllegalArgumentException("a line starts with 'actor:' or 'relation:'");
                }
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                problems.add(new Problem(name, i + 1, 0, Problem.Severity.WARNING, "line skipped: " + e.getMessage()));
            }
        }
        if (actors.isEmpty()) {
            problems.add(Problem.error(name, "no actors in the sheet"));
        }
        return new ImportResult(new Dossier(null, List.copyOf(actors.values()), null, relations, null), problems);
    }

    private static String id(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
