package dev.parley.importer.text.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over token keys: finds the longest listed phrase starting at a token. Each phrase keeps
 * how it is written, so a match can insist on the capitals of names and acronyms.
 */
final class Trie<V> {

    /** A listed phrase: its tokens as written, and the value it stands for. */
    record Entry<V>(List<String> written, V value, byte[] shape) {
        Entry(List<String> written, V value) {
            this(written, value, shapeOf(written));
        }
    }

    private static final byte ANY = 0;
    private static final byte CAPITAL = 1;
    private static final byte ACRONYM = 2;

    /** For each word: must the text write it with a capital, or all in capitals? */
    static byte[] shapeOf(List<String> written) {
        byte[] shape = new byte[written.size()];
        for (int k = 0; k < shape.length; k++) {
            String w = written.get(k);
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            boolean upper = true;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                    upper = false;
                    break;
                }
            }
            shape[k] = w.length() >= 2 && upper ? ACRONYM : Character.isUpperCase(w.codePointAt(0)) ? CAPITAL : ANY;
        }
        return shape;
    }

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        final List<Entry<V>> entries = new ArrayList<>(1);
        /** The same entries as an array, which a lookup reads with one reference fewer. */
        Entry<V>[] all = noEntries();
        /**
         * The same children by key number ({@link #index}): open addressing, {@code id + 1} in
         * {@code ids} and 0 for an empty slot, so that a lookup neither hashes nor compares strings.
         */
        int[] ids;
        Node<V>[] kids;

        Node<V> child(int id) {
            int mask = ids.length - 1;
            for (int i = mix(id) & mask; ids[i] != 0; i = (i + 1) & mask) {
                if (ids[i] == id + 1) {
                    return kids[i];
                }
            }
            return null;
        }

        @SuppressWarnings("unchecked")
        void index(Vocabulary vocabulary) {
            int capacity = Integer.highestOneBit(Math.max(1, next.size()) * 2) * 2;
            ids = new int[capacity];
            kids = new Node[capacity];
            for (Map.Entry<String, Node<V>> e : next.entrySet()) {
                int id = vocabulary.id(e.getKey());
                if (id < 0) {
                    throw new IllegalStateException("the vocabulary lacks the key " + e.getKey());
                }
                int i = mix(id) & (capacity - 1);
                while (ids[i] != 0) {
                    i = (i + 1) & (capacity - 1);
                }
                ids[i] = id + 1;
                kids[i] = e.getValue();
                e.getValue().index(vocabulary);
            }
        }

        private static int mix(int id) {
            int h = id * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Entry<V>[] noEntries() {
        return (Entry<V>[]) NO_ENTRIES;
    }

    private static final Entry<?>[] NO_ENTRIES = new Entry<?>[0];

    /** A match: tokens [first, last] and the entry. */
    record Match<V>(int first, int last, Entry<V> entry, List<Entry<V>> others) {
        Match(int first, int last, Entry<V> entry) {
            this(first, last, entry, List.of());
        }

        V value() {
            return entry.value();
        }
    }

    private final Node<V> root = new Node<>();
    private int size;
    private int bit;
    /** The vocabulary whose key numbers the nodes know, once {@link #index} has run. */
    private Vocabulary vocabulary;

    /**
     * Lets the nodes find their children by the key numbers of {@code vocabulary}, which must have
     * every key of every phrase; done once the lexicons are complete, never while articles are read.
     */
    @SuppressWarnings("unchecked")
    void index(Vocabulary vocabulary) {
        root.index(vocabulary);
        // the first step of every lookup goes straight to the node by key number: the root has the most
        // children, and a probe of its table would cost a read more for each word of an article
        rootById = new Node[vocabulary.keyCount()];
        for (Map.Entry<String, Node<V>> e : root.next.entrySet()) {
            rootById[vocabulary.id(e.getKey())] = e.getValue();
        }
        this.vocabulary = vocabulary;
    }

    /** The root's children by key number, once indexed. */
    private Node<V>[] rootById;

    /** This lexicon's bit in {@link Token#lexicons}, or 0 when it has none. */
    int bit() {
        return bit;
    }

    /** Gives this lexicon a bit and marks, in {@code firstWords}, the words its phrases start with. */
    void classify(int bit, java.util.Map<String, Integer> firstWords) {
        this.bit = bit;
        for (String k : root.next.keySet()) {
            firstWords.merge(k, bit, (x, y) -> x | y);
        }
    }

    /** Adds the words of every phrase, as written, to {@code out}. */
    void words(java.util.Collection<String> out) {
        List<Node<V>> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node<V> n = todo.remove(todo.size() - 1);
            for (Entry<V> e : n.entries) {
                out.addAll(e.written());
            }
            todo.addAll(n.next.values());
        }
    }

    /** Keys of the first words of phrases that start in lower case (most start with a capital). */
    private final java.util.Set<String> lowerStarts = new java.util.HashSet<>();

    /** Does some phrase start with the word at token i? */
    boolean startsAt(Doc doc, int i) {
        return doc.classified && bit != 0 ? (doc.lexicons(i) & bit) != 0 : root.next.containsKey(doc.tok(i).key());
    }

    void put(String phrase, V value) {
        if (vocabulary != null) {
            throw new IllegalStateException("a trie takes no phrase once indexed");
        }
        Doc d = new Doc(phrase);
        if (d.tokens.length == 0) {
            return;
        }
        Token first = d.tokens[0];
        if (!first.capitalised()) {
            lowerStarts.add(first.key());
        }
        Node<V> n = root;
        List<String> written = new ArrayList<>();
        for (Token t : d.tokens) {
            // keys are interned, as the vocabulary's are: a lookup with a token's key meets the same string
            n = n.next.computeIfAbsent(t.key().intern(), k -> new Node<>());
            written.add(t.text());
        }
        for (Entry<V> e : n.entries) {
            if (e.value().equals(value) && e.written().equals(written)) {
                return;
            }
        }
        n.entries.add(new Entry<>(List.copyOf(written), value));
        n.all = n.entries.toArray(noEntries());
        size++;
    }

    int size() {
        return size;
    }

    /**
     * The longest phrase starting at token {@code start} (within its sentence), whose capitals fit
     * the text; null when none.
     *
     * @param caseSensitive when true, capitalised and upper-case words of a phrase must be written
     *                      so in the text too; lower-case words of a phrase match any case
     */
    Match<V> longest(Doc doc, int start, boolean caseSensitive) {
        if (doc.classified && bit != 0 && (doc.lexicons(start) & bit) == 0) {
            return null;
        }
        if (caseSensitive && doc.word(start) && !doc.capitalised(start)
                && !lowerStarts.contains(doc.tok(start).key())) {
            return null; // no phrase can start with a word written in lower case here
        }
        Node<V> n = root;
        // the longest match so far: its last token, its node's entries and the chosen one (the others
        // that fit are looked for once, for the match returned)
        int bestLast = -1;
        Entry<V>[] bestEntries = null;
        int bestK = -1;
        int end = doc.sentenceEnd(doc.tok(start).sentence());
        boolean byId = vocabulary != null && doc.vocabulary == vocabulary;
        for (int i = start; i < end; i++) {
            if (byId) {
                int id = doc.keyId(i);
                n = id < 0 ? null : i == start ? rootById[id] : n.child(id);
            } else {
                n = n.next.get(doc.tok(i).key());
            }
            if (n == null) {
                break;
            }
            Entry<V>[] entries = n.all;
            for (int k = 0; k < entries.length; k++) {
                Entry<V> e = entries[k];
                if (!caseSensitive || fits(doc, start, e.shape())) {
                    bestLast = i;
                    bestEntries = entries;
                    bestK = k;
                    break;
                }
            }
        }
        if (bestEntries == null) {
            return null;
        }
        return new Match<>(start, bestLast, bestEntries[bestK],
                bestEntries.length == 1 ? List.of() : others(doc, start, bestEntries, bestK, caseSensitive));
    }

    /** The other entries of a node that fit too: "Brussels" is Belgium's capital and the seat of the EU. */
    private static <V> List<Entry<V>> others(Doc doc, int start, Entry<V>[] entries, int chosen, boolean caseSensitive) {
        List<Entry<V>> out = new ArrayList<>(1);
        for (int k = chosen + 1; k < entries.length; k++) {
            Entry<V> e = entries[k];
            if (!e.value().equals(entries[chosen].value()) && (!caseSensitive || fits(doc, start, e.shape()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Do the capitals of the text fit how the phrase is written? */
    static boolean fits(Doc doc, int start, byte[] shape) {
        for (int k = 0; k < shape.length; k++) {
            Token t = doc.tok(start + k);
            if (shape[k] == ACRONYM) {
                if (!t.allCaps() && !(t.text().length() >= 2 && t.acronymLike())) {
                    return false;
                }
            } else if (shape[k] == CAPITAL && !t.capitalised()) {
                return false;
            }
        }
        return true;
    }
}
