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
    /** A word with a capital inside as well as lower case ("LeT", "AfDB"): "Let" at a sentence's start is no such name. */
    private static final byte MIXED = 3;

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
            shape[k] = w.length() >= 2 && upper ? ACRONYM : !Character.isUpperCase(w.codePointAt(0)) ? ANY
                    : innerCapital(w) ? MIXED : CAPITAL;
        }
        return shape;
    }

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        final List<Entry<V>> entries = new ArrayList<>(1);
        /** The same entries as an array, which a lookup reads with one reference fewer. */
        Entry<V>[] all = noEntries();
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
     * Lets lookups find children by the key numbers of {@code vocabulary}, which must have every key
     * of every phrase; done once the lexicons are complete, never while articles are read.
     */
    @SuppressWarnings("unchecked")
    void index(Vocabulary vocabulary) {
        // number the nodes, the root 0, and count the edges
        List<Node<V>> nodes = new ArrayList<>();
        nodes.add(root);
        int edgeCount = 0;
        for (int k = 0; k < nodes.size(); k++) {
            edgeCount += nodes.get(k).next.size();
            nodes.addAll(nodes.get(k).next.values());
        }
        Map<Node<V>, Integer> number = new java.util.IdentityHashMap<>();
        entriesOf = new Entry[nodes.size()][];
        firstShapeOf = new long[nodes.size()];
        for (int k = 0; k < nodes.size(); k++) {
            number.put(nodes.get(k), k);
            entriesOf[k] = nodes.get(k).all;
            firstShapeOf[k] = entriesOf[k].length == 0 ? UNPACKED : packed(entriesOf[k][0].shape());
        }
        if (nodes.size() > MAX_NODES || vocabulary.keyCount() > MAX_KEYS) {
            throw new IllegalStateException("too many phrases or words to index: " + nodes.size() + " nodes, "
                    + vocabulary.keyCount() + " keys");
        }
        int slots = Integer.highestOneBit(Math.max(1, edgeCount - root.next.size()) * 2) * 2;
        edges = new long[slots];
        edgeMask = slots - 1;
        rootRef = new int[vocabulary.keyCount()];
        for (int k = 0; k < nodes.size(); k++) {
            for (Map.Entry<String, Node<V>> e : nodes.get(k).next.entrySet()) {
                int id = vocabulary.id(e.getKey());
                if (id < 0) {
                    throw new IllegalStateException("the vocabulary lacks the key " + e.getKey());
                }
                Node<V> child = e.getValue();
                int ref = number.get(child) << 1 | (child.all.length > 0 ? 1 : 0);
                if (k == 0) {
                    rootRef[id] = ref;
                    continue;
                }
                int slot = mix(k, id) & edgeMask;
                while (edges[slot] != 0) {
                    slot = (slot + 1) & edgeMask;
                }
                edges[slot] = edge(k, id) | ref;
            }
        }
        lowerStartById = new boolean[vocabulary.keyCount()];
        for (String k : lowerStarts) {
            lowerStartById[vocabulary.id(k)] = true;
        }
        this.vocabulary = vocabulary;
    }

    /*
     * The indexed form, which a lookup reads instead of the nodes: a step from one node to the next
     * reads one slot of one array, where following the nodes' maps and arrays would read four or five
     * objects one after the other, each a likely miss of the cache. A node is referred to by its
     * number times two, plus one when phrases end at it.
     */

    /**
     * The edges from every node but the root, by node and key number, in open addressing: each slot
     * the node's number (from 1, as the root has none here; 0 for an empty slot) in the top bits, the key
     * number in the middle ones and the child's reference in the low ones (see {@link #edge}).
     */
    private long[] edges;
    private int edgeMask;
    private static final int REF_BITS = 21;
    private static final int KEY_BITS = 21;
    private static final int MAX_NODES = (1 << (REF_BITS - 1)) - 1;
    private static final int MAX_KEYS = 1 << KEY_BITS;
    private static final long REF_MASK = (1L << REF_BITS) - 1;

    /** The high bits of an edge's slot: from which node, with which key. */
    private static long edge(int node, int id) {
        return (long) node << (KEY_BITS + REF_BITS) | (long) id << REF_BITS;
    }

    /**
     * The root's children by key number (0 for none, as the root is no one's child): the first step of
     * every lookup goes straight there, the root having the most children.
     */
    private int[] rootRef;
    /** The entries of each node, by number. */
    private Entry<V>[][] entriesOf;
    /**
     * The shape of each node's first entry, two bits a word ({@link #packed}): a case-sensitive lookup
     * tries it without reading the entries, and reads them only when it does not fit.
     */
    private long[] firstShapeOf;
    /** No shape packed: too long, or no entry. */
    private static final long UNPACKED = -1L;

    /** A phrase's shape, word k in bits 2k and 2k + 1; {@link #UNPACKED} for more than 31 words. */
    static long packed(byte[] shape) {
        if (shape.length > 31) {
            return UNPACKED;
        }
        long p = 0;
        for (int k = 0; k < shape.length; k++) {
            p |= (long) shape[k] << (2 * k);
        }
        return p;
    }

    /** {@link #fits} for a packed shape of {@code length} words. */
    static boolean fits(Doc doc, int start, long shape, int length) {
        for (int k = 0; k < length; k++) {
            if (!fitsWord(doc, start + k, (int) (shape >>> (2 * k)) & 3)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #lowerStarts} by key number, once indexed: a case-sensitive lookup at a word in lower
     * case reads one flag instead of hashing the key's string.
     */
    private boolean[] lowerStartById;

    private static int mix(int node, int id) {
        int h = node * 0x9E3779B9 + id * 0x85EBCA6B;
        return h ^ (h >>> 16);
    }

    /** The reference of the child of node {@code node} (not the root) by key number {@code id}, 0 for none. */
    private int child(int node, int id) {
        long wanted = edge(node, id);
        for (int slot = mix(node, id) & edgeMask; ; slot = (slot + 1) & edgeMask) {
            long e = edges[slot];
            if (e == 0) {
                return 0;
            }
            if ((e & ~REF_MASK) == wanted) {
                return (int) (e & REF_MASK);
            }
        }
    }

    /** This lexicon's bit in {@link Token#lexicons}, or 0 when it has none. */
    int bit() {
        return bit;
    }

    /**
     * Gives this lexicon a bit and marks, in {@code firstWords}, the words its phrases start with, and,
     * with the bit shifted by {@link Vocabulary#LATER}, the words they go on with (see {@link
     * Doc#continues}).
     */
    void classify(int bit, java.util.Map<String, Integer> firstWords) {
        this.bit = bit;
        for (String k : root.next.keySet()) {
            firstWords.merge(k, bit, (x, y) -> x | y);
        }
        List<Node<V>> todo = new ArrayList<>(root.next.values());
        while (!todo.isEmpty()) {
            Node<V> n = todo.remove(todo.size() - 1);
            for (Map.Entry<String, Node<V>> e : n.next.entrySet()) {
                firstWords.merge(e.getKey(), bit << Vocabulary.LATER, (x, y) -> x | y);
                todo.add(e.getValue());
            }
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
        V shared = value;
        for (Entry<V> e : n.entries) {
            if (e.value().equals(value)) {
                if (e.written().equals(written)) {
                    return;
                }
                shared = e.value(); // one object for equal values at a node: see others()
            }
        }
        n.entries.add(new Entry<>(List.copyOf(written), shared));
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
    /**
     * Does a phrase read without regard to case go on past token i, a quotation mark inside it ('stood "shoulder to
     * shoulder" with')? Names, read by their capitals, stop there.
     */
    private static boolean throughQuote(Doc doc, int start, int i, boolean caseSensitive) {
        return !caseSensitive && i > start && doc.tok(i).kind() == Token.Kind.QUOTE;
    }

    Match<V> longest(Doc doc, int start, boolean caseSensitive) {
        if (doc.classified && bit != 0 && (doc.lexicons(start) & bit) == 0) {
            return null;
        }
        boolean byId = vocabulary != null && doc.vocabulary == vocabulary;
        if (caseSensitive && doc.word(start) && !doc.capitalised(start) && !(byId
                ? doc.keyId(start) >= 0 && lowerStartById[doc.keyId(start)]
                : lowerStarts.contains(doc.tok(start).key()))) {
            return null; // no phrase can start with a word written in lower case here
        }
        Node<V> n = root;
        // the longest match so far: its last token, its node's entries and the chosen one (the others
        // that fit are looked for once, for the match returned)
        int bestLast = -1;
        Entry<V>[] bestEntries = null;
        int bestK = -1;
        int end = doc.sentenceEnd(doc.tok(start).sentence());
        int node = 0;
        int bestNode = -1;
        for (int i = start; i < end; i++) {
            Entry<V>[] entries;
            if (byId) {
                int id = doc.keyId(i);
                // a word that goes on no phrase of this lexicon ends the walk without a probe of the edges
                int ref = id < 0 ? 0 : i == start ? rootRef[id]
                        : bit == 0 || doc.continues(i, bit) ? child(node, id) : 0;
                if (ref == 0) {
                    if (throughQuote(doc, start, i, caseSensitive)) {
                        continue;
                    }
                    break;
                }
                node = ref >>> 1;
                if ((ref & 1) == 0) {
                    continue; // no phrase ends here: the entries need not be read
                }
                long first = firstShapeOf[node];
                if (!caseSensitive || first != UNPACKED && fits(doc, start, first, i - start + 1)) {
                    // the first entry fits: its node's entries are read once, for the match returned
                    bestLast = i;
                    bestNode = node;
                    bestEntries = null;
                    continue;
                }
                entries = entriesOf[node];
            } else {
                Node<V> next = n.next.get(doc.tok(i).key());
                if (next == null && throughQuote(doc, start, i, caseSensitive)) {
                    continue;
                }
                n = next;
                if (n == null) {
                    break;
                }
                entries = n.all;
            }
            for (int k = 0; k < entries.length; k++) {
                Entry<V> e = entries[k];
                if (!caseSensitive || fits(doc, start, e.shape())) {
                    bestLast = i;
                    bestEntries = entries;
                    bestK = k;
                    bestNode = -1;
                    break;
                }
            }
        }
        if (bestNode >= 0) {
            bestEntries = entriesOf[bestNode];
            bestK = 0;
        }
        if (bestEntries == null) {
            return null;
        }
        return new Match<>(start, bestLast, bestEntries[bestK],
                bestEntries.length == 1 ? List.of() : others(doc, start, bestEntries, bestK, caseSensitive));
    }

    /**
     * The other entries of a node that fit too: "Brussels" is Belgium's capital and the seat of the EU.
     * Entries of equal values at a node share one value object ({@link #put}), so comparing references
     * tells them apart without comparing the values' fields.
     */
    private static <V> List<Entry<V>> others(Doc doc, int start, Entry<V>[] entries, int chosen, boolean caseSensitive) {
        List<Entry<V>> out = new ArrayList<>(1);
        for (int k = chosen + 1; k < entries.length; k++) {
            Entry<V> e = entries[k];
            if (e.value() != entries[chosen].value() && (!caseSensitive || fits(doc, start, e.shape()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Do the capitals of the text fit how the phrase is written? */
    static boolean fits(Doc doc, int start, byte[] shape) {
        for (int k = 0; k < shape.length; k++) {
            if (!fitsWord(doc, start + k, shape[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Is token i written as a phrase's word of this shape needs ({@link #ACRONYM}, {@link #MIXED}, {@link #CAPITAL},
     * any other: any case)? The document's flags answer without reading the token or its word, but for a mixed one.
     */
    private static boolean fitsWord(Doc doc, int i, int shape) {
        return shape == ACRONYM ? doc.allCaps(i) || doc.acronymLike(i)
                : shape == MIXED ? doc.allCaps(i) || doc.capitalised(i) && innerCapital(doc.tok(i).text())
                : shape != CAPITAL || doc.capitalised(i);
    }

    /** Has the word a capital letter after its first character ("LeT", "McKinsey")? */
    static boolean innerCapital(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
