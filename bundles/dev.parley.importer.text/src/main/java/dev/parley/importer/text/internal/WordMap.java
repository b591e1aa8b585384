package dev.parley.importer.text.internal;

import java.util.Map;

/**
 * A fixed map from token keys to what a rule makes of them ("backed" to "support", "january" to 1).
 * It answers what {@code Map.of(...).get(key)} answers, but a lookup of a key it does not have,
 * which is nearly every lookup, reads two small arrays and no string: each slot keeps the key's hash
 * beside the key (and an empty slot a hash no key has), and the slot is picked by the top bits of the hash times an odd constant, with no
 * division. {@link Words} is the same table without values.
 */
class WordMap<V> {

    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;
    private final int shift;
    /**
     * The hash an empty slot holds: one no key has, so that a probe reads the array of hashes alone until it
     * meets an empty slot or the hash it looks for.
     */
    private final int empty;
    private final Map<String, V> all;

    WordMap(Map<String, V> map) {
        this.all = Map.copyOf(map);
        // at most a quarter full, so that a probe for an absent key mostly meets an empty slot at once
        int capacity = Integer.highestOneBit(Math.max(4, map.size() * 4 - 1)) * 2;
        this.keys = new String[capacity];
        this.hashes = new int[capacity];
        this.values = new Object[capacity];
        this.mask = capacity - 1;
        this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (String k : all.keySet()) {
            taken.add(k.hashCode());
        }
        int free = 0;
        while (taken.contains(free)) {
            free++;
        }
        this.empty = free;
        java.util.Arrays.fill(hashes, free);
        for (Map.Entry<String, V> e : all.entrySet()) {
            int h = e.getKey().hashCode();
            int i = slot(h);
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = e.getKey();
            hashes[i] = h;
            values[i] = e.getValue();
        }
    }

    /** The slot of the key, or -1. */
    private int find(String key) {
        return find(key.hashCode(), key, null);
    }

    /**
     * The slot of a token's key, or -1, found by the hash the token keeps: a lookup that meets an empty slot or
     * another hash, nearly every lookup, reads neither the token's word nor its key's string.
     */
    private int find(Token t) {
        return find(t.keyHash(), null, t);
    }

    /** The slot of the key of hash h: the key given, else the token's (read only when a slot has that hash). */
    private int find(int h, String key, Token t) {
        if (h == empty) {
            return -1;
        }
        for (int i = slot(h); ; i = (i + 1) & mask) {
            int held = hashes[i];
            if (held == empty) {
                return -1;
            }
            if (held == h) {
                String k = keys[i];
                String wanted = key != null ? key : t.key();
                if (k == wanted || k.equals(wanted)) {
                    return i;
                }
            }
        }
    }

    /**
     * Is the key of token i of the document one of the keys? The hash is read from the document's array of hashes,
     * so a scan over every token reads the token itself only when a slot has its hash.
     */
    final boolean containsKeyAt(Doc d, int i) {
        int h = d.keyHash(i);
        if (h == empty) {
            return false;
        }
        for (int s = slot(h); ; s = (s + 1) & mask) {
            int held = hashes[s];
            if (held == empty) {
                return false;
            }
            if (held == h && (keys[s] == d.tok(i).key() || keys[s].equals(d.tok(i).key()))) {
                return true;
            }
        }
    }

    /** Is the token's key one of the keys? False for no token. */
    final boolean containsKeyOf(Token t) {
        return t != null && find(t) >= 0;
    }

    final boolean containsKey(String key) {
        return find(key) >= 0;
    }

    final V get(String key) {
        return getOrDefault(key, null);
    }

    @SuppressWarnings("unchecked")
    final V getOrDefault(String key, V otherwise) {
        int i = find(key);
        return i < 0 ? otherwise : (V) values[i];
    }

    /** The keys and values, as a map. */
    final Map<String, V> asMap() {
        return all;
    }

    private int slot(int hash) {
        return slot(hash, shift);
    }

    /**
     * The first slot to probe for a hash in a table of 2^(32 - shift) slots: its top bits after
     * multiplying by an odd constant near 2^32 / phi. The low bits of a string hash alone crowd short
     * words together, which makes linear probing read long runs of full slots. The vocabulary's table
     * uses it too.
     */
    static int slot(int hash, int shift) {
        return (hash * 0x9E3779B9) >>> shift;
    }
}
