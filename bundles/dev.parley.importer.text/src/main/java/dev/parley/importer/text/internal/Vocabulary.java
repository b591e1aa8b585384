package dev.parley.importer.text.internal;

import java.util.Collection;
import java.util.Map;

/**
 * The words of the lexicons, found by the characters of a token, so that splitting an article
 * makes no new strings for them and looks each token up once: the word as written, its lookup key
 * and the lexicons that have a phrase starting with it. Built with the lexicon and never changed
 * afterwards, so threads share it; it learns nothing from the articles it reads.
 */
final class Vocabulary {

    /**
     * A word as written, with its key ({@link Doc#key} for words and numbers, the text itself for
     * punctuation), its lexicon bits ({@link Token#lexicons}), the word classes of the key, and
     * whether it is written like an acronym ({@link Token#acronym}).
     */
    record Word(String text, String key, int lexicons, long classes, boolean acronymLike) {

        /** A word no lexicon knows, with the classes of its key. */
        static Word unknown(String text, String key) {
            return new Word(text, key, 0, WordClass.of(key), Token.acronym(text));
        }
    }

    /**
     * Open addressing. A probe reads only the hashes (0 for an empty slot), so a word that is not
     * there costs one read, and a word that is there, one word besides.
     */
    private final Word[] table;
    private final int[] hashes;
    private final int mask;

    /**
     * @param written    words as the lexicons write them, and any other strings worth sharing; each
     *                   word's key, and the key with a capital as at the start of a sentence, join them
     * @param firstWords for each key that starts a phrase of some lexicon, the bits of those lexicons;
     *                   every such key becomes a word too, so that any token's key finds its bits
     */
    Vocabulary(Collection<String> written, Map<String, Integer> firstWords) {
        int capacity = Integer.highestOneBit(Math.max(16, 3 * written.size() + firstWords.size())) * 4;
        this.table = new Word[capacity];
        this.hashes = new int[capacity];
        this.mask = capacity - 1;
        for (String k : firstWords.keySet()) {
            add(k, k, firstWords);
        }
        for (String w : written) {
            if (w.isEmpty()) {
                continue;
            }
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                add(w, w, firstWords);
                continue;
            }
            String key = add(Doc.key(w), Doc.key(w), firstWords).text();
            add(w, key, firstWords);
            String capital = Character.toUpperCase(key.charAt(0)) + key.substring(1);
            add(capital, Doc.key(capital), firstWords);
        }
    }

    private Word add(String text, String key, Map<String, Integer> firstWords) {
        Word known = find(text);
        if (known != null) {
            return known;
        }
        // one string for each key, so that comparing keys mostly meets the same object
        Word keyWord = text.equals(key) ? null : find(key);
        String k = keyWord != null ? keyWord.text() : key;
        int hash = hash(text);
        int i = hash & mask;
        while (hashes[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = new Word(text, k, firstWords.getOrDefault(k, 0), WordClass.of(k), Token.acronym(text));
        hashes[i] = hash;
        return table[i];
    }

    /**
     * A word written otherwise than in the lexicons ("MALI"), with what they know of its key: every
     * key of theirs, and every word of a class, is in the vocabulary.
     */
    Word writtenOtherwise(String text, String key) {
        Word k = find(key);
        return k == null ? new Word(text, key, 0, 0, Token.acronym(text))
                : new Word(text, k.key(), k.lexicons(), k.classes(), Token.acronym(text));
    }

    /** The word written as {@code s}, or null when the lexicons do not have it. */
    Word find(String s) {
        int hash = hash(s);
        for (int i = hash & mask; hashes[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == hash && table[i].text.equals(s)) {
                return table[i];
            }
        }
        return null;
    }

    /** The word written as {@code s[start, end)}, or null when the lexicons do not have it. */
    Word find(char[] s, int start, int end) {
        int hash = hash(s, start, end);
        for (int i = hash & mask; hashes[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == hash && same(table[i].text, s, start, end)) {
                return table[i];
            }
        }
        return null;
    }

    private static boolean same(String text, char[] s, int start, int end) {
        if (text.length() != end - start) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) != s[start + k]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + s[i];
        }
        return spread(h);
    }

    /** The same hash as {@link #hash(char[], int, int)} over the whole string. */
    private static int hash(String s) {
        return spread(s.hashCode());
    }

    /** Spreads the high bits into the low ones, which pick the slot; 0 marks an empty slot. */
    private static int spread(int h) {
        h ^= h >>> 16;
        return h != 0 ? h : 1;
    }
}
