package dev.parley.importer.text.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
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
    static final class Word {
        private final String text;
        private final String key;
        private final int lexicons;
        /** The bits of the lexicons with a phrase that goes on with the key, past its first word. */
        private final int later;
        private final long classes;
        private final boolean acronymLike;
        /** Written like an acronym in two characters or more (see {@link Doc#ACRONYM_LIKE}). */
        private final boolean longAcronym;
        /** The number of the key among the vocabulary's keys (see {@link #id}), -1 for a key it does not have. */
        private final int id;
        /**
         * What every token of the word needs from its strings, worked out once here: the key's hash,
         * an upper-case first letter, and the character of a one-character word.
         */
        private final int keyHash;
        private final boolean upperFirst;
        private final char single;
        /**
         * For a word of the table, its characters: a probe compares them without reading the string,
         * which is one memory read fewer for every token of an article.
         */
        private final char[] chars;

        Word(String text, String key, int lexicons, long classes) {
            this(text, key, lexicons, classes, -1, null, 0);
        }

        private Word(String text, String key, int lexicons, long classes, int id, char[] chars, int later) {
            this.later = later;
            this.text = text;
            this.key = key;
            this.lexicons = lexicons;
            this.classes = classes;
            this.acronymLike = Token.acronym(text);
            this.longAcronym = acronymLike && text.length() >= 2;
            this.id = id;
            this.keyHash = key.hashCode();
            this.upperFirst = !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
            this.single = text.length() == 1 ? text.charAt(0) : Character.MAX_VALUE;
            this.chars = chars;
        }

        /** A word no lexicon knows, with the classes of its key. */
        static Word unknown(String text, String key) {
            return new Word(text, key, 0, WordClass.of(key));
        }

        String text() {
            return text;
        }

        String key() {
            return key;
        }

        int lexicons() {
            return lexicons;
        }

        int later() {
            return later;
        }

        long classes() {
            return classes;
        }

        boolean acronymLike() {
            return acronymLike;
        }

        boolean longAcronym() {
            return longAcronym;
        }

        /**
         * The number of the key: equal keys, equal numbers, from 0 up; -1 when the vocabulary does not
         * have the key, which then starts no phrase and continues none ({@link Trie#index}).
         */
        int id() {
            return id;
        }

        int keyHash() {
            return keyHash;
        }

        boolean upperFirst() {
            return upperFirst;
        }

        /** The character of a one-character word, else {@link Character#MAX_VALUE}. */
        char single() {
            return single;
        }
    }

    /**
     * Open addressing with linear probing, null for an empty slot; {@link #hashes} holds each slot's
     * hash beside it, so that a probe past other words compares numbers in one array and reads no
     * word but the one it finds.
     */
    private final Word[] table;
    private final int[] hashes;
    private final int mask;
    /** The slot of a hash is its top bits after a multiplication ({@link #slot}): this many go. */
    private final int shift;
    /** The number of each key, while the vocabulary is built. */
    private final Map<String, Integer> ids = new HashMap<>();

    /**
     * @param written    words as the lexicons write them, and any other strings worth sharing; each
     *                   word's key, and the key with a capital as at the start of a sentence, join them
     * @param firstWords for each key that starts a phrase of some lexicon, the bits of those lexicons,
     *                   and, shifted by {@link #LATER}, those of the lexicons with a phrase that goes on
     *                   with it; every such key becomes a word too, so that any token's key finds its bits
     */
    Vocabulary(Collection<String> written, Map<String, Integer> firstWords) {
        int capacity = Integer.highestOneBit(Math.max(16, 3 * written.size() + firstWords.size())) * 2;
        this.table = new Word[capacity];
        this.hashes = new int[capacity];
        this.mask = capacity - 1;
        this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
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

    /**
     * The shift of the lexicon bits, in {@code firstWords}, of the lexicons whose phrases go on with
     * a word (see {@link Doc#continues}); those of the lexicons whose phrases start with it are below.
     */
    static final int LATER = 16;

    private Word add(String text, String key, Map<String, Integer> firstWords) {
        Word known = find(text);
        if (known != null) {
            return known;
        }
        // one string for each key, the interned one, so that comparing keys (with the tries' keys and
        // with literals in the rules) mostly meets the same object
        Word keyWord = text.equals(key) ? null : find(key);
        String k = keyWord != null ? keyWord.key() : key.intern();
        if (text.equals(k)) {
            text = k;
        }
        int hash = hash(text);
        int i = slot(hash);
        while (table[i] != null) {
            i = (i + 1) & mask;
        }
        int id = ids.computeIfAbsent(k, x -> ids.size());
        int bits = firstWords.getOrDefault(k, 0);
        table[i] = new Word(text, k, bits & ((1 << LATER) - 1), WordClass.of(k), id, text.toCharArray(),
                bits >>> LATER);
        hashes[i] = hash;
        return table[i];
    }

    /**
     * A word written otherwise than in the lexicons ("MALI"), with what they know of its key: every
     * key of theirs, and every word of a class, is in the vocabulary.
     */
    Word writtenOtherwise(String text, String key) {
        // the tokenizer has just looked up the text in vain: a word that is its own key needs no second probe
        Word k = key.equals(text) ? null : find(key);
        return k == null ? new Word(text, key, 0, 0)
                : new Word(text, k.key(), k.lexicons(), k.classes(), k.id(), null, k.later());
    }

    /** How many keys the vocabulary numbers (ids run from 0 to this, exclusive). */
    int keyCount() {
        return ids.size();
    }

    /** The number of a key ({@link Word#id}), -1 when the vocabulary does not have it. */
    int id(String key) {
        Integer id = ids.get(key);
        return id == null ? -1 : id;
    }

    /** The word written as {@code s}, or null when the lexicons do not have it. */
    Word find(String s) {
        int hash = hash(s);
        for (int i = slot(hash); table[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && table[i].text.equals(s)) {
                return table[i];
            }
        }
        return null;
    }

    /**
     * The word written as {@code s[start, end)}, whose hash ({@link #hash}) is {@code hash}, or null when the
     * lexicons do not have it.
     */
    Word find(char[] s, int start, int end, int hash) {
        for (int i = slot(hash); table[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && same(table[i].chars, s, start, end)) {
                return table[i];
            }
        }
        return null;
    }

    /**
     * Are {@code chars} the characters {@code s[start, end)}? A plain loop: {@code Arrays.equals} with ranges
     * is too large for C2 to inline where the tokenizer calls it, and words are short.
     */
    private static boolean same(char[] chars, char[] s, int start, int end) {
        if (chars.length != end - start) {
            return false;
        }
        for (int k = 0; k < chars.length; k++) {
            if (chars[k] != s[start + k]) {
                return false;
            }
        }
        return true;
    }

    private int slot(int hash) {
        return WordMap.slot(hash, shift);
    }

    static int hash(char[] s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + s[i];
        }
        return h;
    }

    /** The same hash as {@link #hash(char[], int, int)} over the whole string. */
    private static int hash(String s) {
        return s.hashCode();
    }
}
