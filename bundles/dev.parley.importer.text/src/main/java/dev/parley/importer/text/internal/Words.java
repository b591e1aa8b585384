package dev.parley.importer.text.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fixed set of token keys that a rule tests words against ("move", "decision", ...). It answers
 * what {@code Set.of(...).contains(key)} answers, at the cost of a {@link WordMap} lookup: a key it
 * does not have, nearly every one tested, is turned away without reading a string.
 */
final class Words extends WordMap<Boolean> {

    private Words(Map<String, Boolean> words) {
        super(words);
    }

    static Words of(String... words) {
        Map<String, Boolean> set = new LinkedHashMap<>();
        for (String w : words) {
            if (set.put(w, Boolean.TRUE) != null) {
                throw new IllegalArgumentException("listed twice: " + w);
            }
        }
        return new Words(set);
    }

    /** The keys of both sets. */
    static Words union(Words a, Words b) {
        Map<String, Boolean> set = new LinkedHashMap<>(a.asMap());
        set.putAll(b.asMap());
        return new Words(set);
    }

    boolean contains(String key) {
        return containsKey(key);
    }

    /** Is the key of token i (a token of the document) one of the words? */
    boolean containsAt(Doc d, int i) {
        return containsKeyAt(d, i);
    }

    /** Is the token's key one of the words? False for no token (past either end of a text). */
    boolean contains(Token t) {
        return containsKeyOf(t);
    }
}
