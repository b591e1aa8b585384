package dev.parley.core.internal;

import java.text.Normalizer;
import java.util.Locale;

/** The comparison key of a name: case, accents, punctuation, a leading "the" and a possessive aside. */
final class Names {
    private Names() {
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        s = s.replaceAll("'s\\b", "");
        // The dot after a one-letter word is an initial: "u.n." is "un", as "UN" is.
        s = s.replaceAll("(?<![\\p{L}\\p{N}])(\\p{L})\\.", "$1");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
