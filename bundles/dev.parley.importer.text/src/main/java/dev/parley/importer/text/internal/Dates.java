package dev.parley.importer.text.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in an article ("February 4, 2024", "4 February 2024", "2024-02-04") and the
 * announced future events they date (elections, votes, deadlines, summits).
 */
final class Dates {

    /** A dated, announced event, with the sentence that announces it. */
    record Event(String date, String kind, int sentence, List<Ent> actors) {
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{4})\\b");

    private static final Set<String> EVENT_NOUNS = Set.of("election", "elections", "vote", "votes", "referendum",
            "deadline", "summit", "poll", "polls", "inauguration", "handover", "transition", "talks", "meeting",
            "withdrawal", "ceasefire", "truce", "hearing", "trial", "conference", "session");
    private static final Set<String> FUTURE = Set.of("scheduled", "will", "due", "planned", "expected", "set",
            "deadline", "upcoming", "slated", "next", "by", "until", "expires", "expire");

    private final Extractor.Run run;
    private final Map<Integer, String> bySentence = new HashMap<>();

    Dates(Extractor.Run run) {
        this.run = run;
        Doc d = run.d;
        for (int s = 0; s < d.sentences.size(); s++) {
            int[] range = d.sentences.get(s);
            if (range[1] <= range[0]) {
                continue;
            }
            boolean candidate = false;
            for (int k = range[0]; k < range[1] && !candidate; k++) {
                Token t = d.tok(k);
                candidate = t.kind() == Token.Kind.NUMBER && t.key().length() == 4
                        || t.capitalised() && t.key().length() >= 3 && month(t.key()) > 0;
            }
            if (!candidate) {
                continue;
            }
            String text = d.text.substring(d.tok(range[0]).start(), d.tok(range[1] - 1).end());
            String iso = first(text);
            if (iso != null) {
                bySentence.put(s, iso);
            }
        }
    }

    /** The first full date (with a year) in a sentence, as ISO 8601; null when there is none. */
    String dateOf(int sentence) {
        return bySentence.get(sentence);
    }

    static String first(String text) {
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = MDY.matcher(text);
        while (m.find()) {
            if (m.group(3) != null && m.start() < bestAt) {
                best = iso(m.group(3), m.group(1), m.group(2));
                bestAt = m.start();
                break;
            }
        }
        m = DMY.matcher(text);
        while (m.find()) {
            if (m.group(3) != null && m.start() < bestAt) {
                best = iso(m.group(3), m.group(2), m.group(1));
                bestAt = m.start();
                break;
            }
        }
        m = ISO.matcher(text);
        if (m.find() && m.start() < bestAt) {
            best = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
            bestAt = m.start();
        }
        if (best == null) {
            m = MY.matcher(text);
            if (m.find()) {
                best = m.group(2) + "-" + String.format(Locale.ROOT, "%02d", month(m.group(1)));
            }
        }
        return best;
    }

    private static String iso(String year, String month, String day) {
        int d = Integer.parseInt(day);
        int mo = month(month);
        if (d < 1 || d > 31 || mo < 1) {
            return null;
        }
        return String.format(Locale.ROOT, "%s-%02d-%02d", year, mo, d);
    }

    static int month(String name) {
        if (name.length() < 3) {
            return -1;
        }
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (m) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> -1;
        };
    }

    /** Sentences that announce a dated event: an event noun, a future cue and a date. */
    List<Event> events() {
        List<Event> out = new ArrayList<>();
        Doc d = run.d;
        for (Map.Entry<Integer, String> e : bySentence.entrySet()) {
            int[] range = d.sentences.get(e.getKey());
            String kind = null;
            boolean future = false;
            List<Ent> actors = new ArrayList<>();
            for (int k = range[0]; k < range[1]; k++) {
                Token t = d.tok(k);
                if (kind == null && EVENT_NOUNS.contains(t.key())) {
                    kind = t.key().endsWith("s") && !t.key().equals("talks") ? t.key().substring(0, t.key().length() - 1) : t.key();
                }
                future |= FUTURE.contains(t.key());
                Mention m = run.at[k];
                if (m != null && !actors.contains(m.ent())) {
                    actors.add(m.ent());
                }
            }
            if (kind != null && future) {
                out.add(new Event(e.getValue(), kind, e.getKey(), actors));
            }
        }
        out.sort((x, y) -> Integer.compare(x.sentence(), y.sentence()));
        return out;
    }
}
