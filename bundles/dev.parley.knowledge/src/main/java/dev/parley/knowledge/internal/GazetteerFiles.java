package dev.parley.knowledge.internal;

import dev.parley.model.ActorType;
import dev.parley.model.Problem;
import dev.parley.model.knowledge.KnownEntity;
import dev.parley.model.knowledge.Title;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads gazetteer TSV files. The header line (starting with {@code #}) says which of the four
 * formats a file has:
 * <ul>
 * <li>{@code #alpha3 alpha2 name formal aliases demonyms capital metonyms}: states</li>
 * <li>{@code #name type aliases full_name parent country}: organisations and groups</li>
 * <li>{@code #title kind prefix}: titles of persons</li>
 * <li>{@code #name aliases}: news outlets</li>
 * </ul>
 * Columns are separated by tabs, lists inside a column by {@code |}; other {@code #} lines are
 * comments.
 */
final class GazetteerFiles {

    /** What one file held. */
    static final class Content {
        final List<KnownEntity> entities = new ArrayList<>();
        final List<Title> titles = new ArrayList<>();
        final List<String> outlets = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
    }

    private enum Kind { STATES, ORGANISATIONS, TITLES, OUTLETS }

    private GazetteerFiles() {
    }

    static Content read(BufferedReader in, String fileName) throws IOException {
        Content c = new Content();
        String header = in.readLine();
        if (header != null && header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        Kind kind = header == null ? null : kindOf(header);
        if (kind == null) {
            c.problems.add(new Problem(fileName, 1, 0, Problem.Severity.ERROR,
                    "unknown gazetteer header; the first line must name the tab-separated columns of one of:"
                            + " '#alpha3 alpha2 name formal aliases demonyms capital metonyms',"
                            + " '#name type aliases full_name parent country', '#title kind prefix', '#name aliases'"));
            return c;
        }
        int columns = header.split("\t", -1).length;
        String line;
        int n = 1;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = Arrays.copyOf(line.split("\t", -1), columns);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i] == null ? "" : f[i].trim();
            }
            try {
                switch (kind) {
                    case STATES -> c.entities.add(new KnownEntity(need(f[2], "name"), ActorType.STATE,
                            concat(f[3], f[4]), list(f[5]), concat(f[6], f[7]), null,
                            need(f[0], "alpha3")));
                    case ORGANISATIONS -> c.entities.add(new KnownEntity(need(f[0], "name"), type(f[1]),
                            concat(f[2], f[3]), List.of(), List.of(), blankToNull(f[4]), blankToNull(f[5])));
                    case TITLES -> c.titles.add(new Title(need(f[0], "title").toLowerCase(java.util.Locale.ROOT),
                            blankToNull(f[1]), !"n".equalsIgnoreCase(f[2])));
                    case OUTLETS -> {
                        c.outlets.add(need(f[0], "name"));
                        c.outlets.addAll(list(f[1]));
                    }
                    default -> throw new IllegalStateException();
                }
            } catch (IllegalArgumentException e) {
                c.problems.add(new Problem(fileName, n, 0, Problem.Severity.ERROR, e.getMessage()));
            }
        }
        return c;
    }

    private static Kind kindOf(String header) {
        String h = header.substring(1).trim().toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("alpha3\t")) {
            return Kind.STATES;
        }
        if (h.startsWith("name\ttype\t")) {
            return Kind.ORGANISATIONS;
        }
        if (h.startsWith("title\t")) {
            return Kind.TITLES;
        }
        if (h.equals("name\taliases") || h.startsWith("name\taliases\t")) {
            return Kind.OUTLETS;
        }
        return null;
    }

    private static ActorType type(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("missing type");
        }
        return ActorType.of(s);
    }

    private static String need(String s, String what) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("missing " + what);
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    private static List<String> concat(String... columns) {
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            for (String v : list(c)) {
                if (!out.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
