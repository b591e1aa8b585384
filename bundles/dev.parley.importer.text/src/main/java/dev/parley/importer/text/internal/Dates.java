package dev.parley.importer.text.internal;

import static dev.parley.importer.text.internal.WordClass.EVENT_NOUNS;
import static dev.parley.importer.text.internal.WordClass.FUTURE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Dates written in an article ("February 4, 2024", "4 February 2024", "2024-02-04") and the
 * announced future events they date (elections, votes, deadlines, summits).
 */
final class Dates {

    /** A dated, announced event, with the sentence that announces it. */
    record Event(String date, String kind, int sentence, List<Ent> actors) {
    }

    /** Month names and their usual abbreviations, as token keys. */
    private static final WordMap<Integer> MONTHS = new WordMap<>(Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10),
            Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
            Map.entry("dec", 12)));

    private final Extractor.Run run;
    /** The first full date of each sentence, or null. */
    private final String[] bySentence;

    Dates(Extractor.Run run) {
        this.run = run;
        Doc d = run.d;
        this.bySentence = new String[d.sentenceCount()];
        // every date has a number in it (a day or a year): only sentences with one are read
        boolean[] numbered = new boolean[bySentence.length];
        for (int i = 0; i < d.size(); i++) {
            if (d.number(i)) {
                numbered[d.tok(i).sentence()] = true;
            }
        }
        for (int s = 0; s < bySentence.length; s++) {
            if (numbered[s]) {
                bySentence[s] = first(d, d.sentenceStart(s), d.sentenceEnd(s));
            }
        }
    }

    /** The first full date (with a year) in a sentence, as ISO 8601; null when there is none. */
    String dateOf(int sentence) {
        return bySentence[sentence];
    }

    /**
     * The first full date among tokens [from, to) as ISO 8601: "February 4, 2024", "Feb. 4th 2024",
     * "4 February 2024" and "2024-02-04" give a day; failing those, "February 2024" gives a month.
     */
    static String first(Doc d, int from, int to) {
        String monthOnly = null;
        for (int k = from; k < to; k++) {
            Token t = d.tok(k);
            if (t.kind() == Token.Kind.WORD) {
                int month = month(t);
                if (month < 0) {
                    continue;
                }
                int j = skipDot(d, k + 1, to, t);
                int day = day(d, j, to);
                if (day > 0) {
                    int y = year(d, skipComma(d, j + 1, to), to);
                    if (y > 0) {
                        return iso(y, month, day);
                    }
                } else if (monthOnly == null) {
                    int y = year(d, j, to);
                    if (y > 0) {
                        monthOnly = yearMonth(y, month);
                    }
                }
            } else if (t.kind() == Token.Kind.NUMBER) {
                int day = day(d, k, to);
                if (day > 0 && k + 1 < to) {
                    Token m = d.tok(k + 1);
                    int month = m.kind() == Token.Kind.WORD ? month(m) : -1;
                    if (month > 0) {
                        int y = year(d, skipComma(d, skipDot(d, k + 2, to, m), to), to);
                        if (y > 0) {
                            return iso(y, month, day);
                        }
                    }
                }
                int y = year(d, k, to);
                if (y > 0 && k + 4 < to && isDash(d.tok(k + 1)) && isDash(d.tok(k + 3))) {
                    int mo = twoDigits(d.tok(k + 2));
                    int dd = twoDigits(d.tok(k + 4));
                    if (mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31 && !joinedAfter(d, k + 4, to)) {
                        return iso(y, mo, dd);
                    }
                }
            }
        }
        return monthOnly;
    }

    private static String iso(int year, int month, int day) {
        return yearMonth(year, month) + (day < 10 ? "-0" : "-") + day;
    }

    private static String yearMonth(int year, int month) {
        return year + (month < 10 ? "-0" : "-") + month;
    }

    /** The month a capitalised word names ("February", "Feb"), or -1. */
    private static int month(Token t) {
        if (!t.capitalised() || !t.in(WordClass.MONTHS)) {
            return -1;
        }
        Integer m = MONTHS.get(t.key());
        return m == null ? -1 : m;
    }

    /** Past the full stop of an abbreviated month ("Feb."). */
    private static int skipDot(Doc d, int j, int to, Token month) {
        return j < to && month.key().length() <= 4 && d.tok(j).isPunct('.') && d.tok(j).joined() ? j + 1 : j;
    }

    private static int skipComma(Doc d, int j, int to) {
        return j < to && d.tok(j).isPunct(',') ? j + 1 : j;
    }

    /** A day of the month at token j ("4", "04", "4th"), or -1. */
    private static int day(Doc d, int j, int to) {
        if (j >= to) {
            return -1;
        }
        Token t = d.tok(j);
        if (t.kind() != Token.Kind.NUMBER) {
            return -1;
        }
        String k = t.key();
        int digits = 0;
        while (digits < k.length() && Character.isDigit(k.charAt(digits))) {
            digits++;
        }
        String suffix = k.substring(digits);
        if (digits < 1 || digits > 2 || !(suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd")
                || suffix.equals("rd") || suffix.equals("th"))) {
            return -1;
        }
        int day = Integer.parseInt(k.substring(0, digits));
        return day >= 1 && day <= 31 && !joinedAfter(d, j, to) ? day : -1;
    }

    /** A four-digit year at token j, or -1. */
    private static int year(Doc d, int j, int to) {
        if (j >= to) {
            return -1;
        }
        Token t = d.tok(j);
        String k = t.key();
        if (t.kind() != Token.Kind.NUMBER || k.length() != 4) {
            return -1;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(k.charAt(i))) {
                return -1;
            }
        }
        int year = Integer.parseInt(k);
        return year >= 1000 ? year : -1;
    }

    private static int twoDigits(Token t) {
        String k = t.key();
        return t.kind() == Token.Kind.NUMBER && k.length() == 2 && Character.isDigit(k.charAt(0))
                && Character.isDigit(k.charAt(1)) && t.joined() ? Integer.parseInt(k) : -1;
    }

    private static boolean isDash(Token t) {
        return t.isPunct('-') && t.joined();
    }

    /** True when a letter or digit token is glued to token j ("4-5", "12x"): then it is no date part. */
    private static boolean joinedAfter(Doc d, int j, int to) {
        if (j + 1 >= to) {
            return false;
        }
        Token n = d.tok(j + 1);
        return n.joined() && (n.kind() == Token.Kind.WORD || n.kind() == Token.Kind.NUMBER);
    }

    /** Sentences that announce a dated event: an event noun, a future cue and a date. */
    List<Event> events() {
        List<Event> out = new ArrayList<>();
        Doc d = run.d;
        for (int s = 0; s < bySentence.length; s++) {
            if (bySentence[s] == null) {
                continue;
            }
            String kind = null;
            boolean future = false;
            List<Ent> actors = new ArrayList<>();
            for (int k = d.sentenceStart(s); k < d.sentenceEnd(s); k++) {
                Token t = d.tok(k);
                if (kind == null && t.in(EVENT_NOUNS)) {
                    kind = t.key().endsWith("s") && !t.key().equals("talks") ? t.key().substring(0, t.key().length() - 1) : t.key();
                }
                future |= t.in(FUTURE);
                Mention m = run.at[k];
                if (m != null && !actors.contains(m.ent())) {
                    actors.add(m.ent());
                }
            }
            if (kind != null && future) {
                out.add(new Event(bySentence[s], kind, s, actors));
            }
        }
        return out;
    }
}
