package dev.parley.importer.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word sets and maps the rules test keys against answer as {@code Set.of} and {@code Map.of} would. */
class WordsTest {

    @Test
    void setHasItsWordsAndNoOthers() {
        Words w = Words.of("truce", "ceasefire", "armistice");
        assertTrue(w.contains("truce"));
        assertTrue(w.contains(new String("ceasefire".toCharArray())), "an equal string, not the same object");
        assertFalse(w.contains("Truce"));
        assertFalse(w.contains(""));
        assertFalse(w.contains("truces"));
    }

    @Test
    void keysWhoseHashesAreSmallNumbersAreFoundAndTheirNeighboursTurnedAway() {
        // an empty slot holds the smallest hash no key has: "\0" hashes to 0 and "\1" to 1, so here it is 2
        Words w = Words.of("\0", "\1", "truce");
        assertTrue(w.contains("\0"));
        assertTrue(w.contains("\1"));
        assertTrue(w.contains("truce"));
        assertFalse(w.contains("\2"), "a key whose hash is the empty slots' own");
        assertFalse(w.contains("\3"));
        assertFalse(w.contains(""), "the empty string hashes to 0 like \"\\0\"");
        WordMap<Integer> m = new WordMap<>(Map.of("\2", 2, "\0", 0));
        assertEquals(2, m.get("\2"));
        assertEquals(0, m.get("\0"));
        assertNull(m.get("\1"));
    }

    @Test
    void aTokenIsInTheSetWhenItsKeyIs() {
        Words w = Words.of("truce", "un", "aa", "bb");
        Doc d = new Doc("The TRUCE held, the U.N. said; Aa and BB and truces. Truce!");
        for (Token t : d.tokens) {
            assertEquals(w.contains(t.key()), w.contains(t), t.text());
        }
        assertTrue(w.contains(d.tok(1)), "TRUCE, by its key");
        assertTrue(w.contains(d.tok(5)), "U.N., by its key");
        assertFalse(w.contains(d.tok(-1)), "no token before the first");
        assertFalse(w.contains((Token) null));
    }

    @Test
    void aDocumentFindsTheTokensOfAKeyInTextOrder() {
        // "aan" and "ac0" have the same String hash: the index must tell them apart
        assertEquals("aan".hashCode(), "ac0".hashCode());
        Doc d = new Doc("Aan said the truce held. The TRUCE, ac0 said, held; aan and AAN, truce (truce) and ac0.");
        for (String key : List.of("aan", "ac0", "truce", "the", ",", "(", "said", "held")) {
            List<Integer> scanned = new ArrayList<>();
            for (int i = 0; i < d.size(); i++) {
                if (d.is(i, key)) {
                    scanned.add(i);
                }
            }
            List<Integer> chained = new ArrayList<>();
            for (int i = d.firstWithKey(key); i >= 0; i = d.nextWithKey(i)) {
                chained.add(i);
            }
            assertEquals(scanned, chained, key);
            assertFalse(scanned.isEmpty(), key);
        }
        assertEquals(-1, d.firstWithKey("ceasefire"), "a key the text lacks");
        assertEquals(-1, d.firstWithKey("Truce"), "keys are lower case");
        // a set's tokens, merged in text order
        List<Integer> merged = new ArrayList<>();
        for (int i : d.withKeys(Words.of("truce", "aan", "nothing"))) {
            merged.add(i);
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            if (d.is(i, "truce") || d.is(i, "aan")) {
                expected.add(i);
            }
        }
        assertEquals(expected, merged);
        assertEquals(0, d.withKeys(Words.of("ceasefire")).length);
        assertEquals(0, new Doc("").withKeys(Words.of("truce")).length, "an empty text");
    }

    @Test
    void keysOfEqualHashAreToldApart() {
        // "Aa" and "BB" have the same String hash, as do the words made of them
        assertEquals("Aa".hashCode(), "BB".hashCode());
        Words w = Words.of("AaAa", "BBBB", "AaBB");
        assertTrue(w.contains("AaAa"));
        assertTrue(w.contains("BBBB"));
        assertTrue(w.contains("AaBB"));
        assertFalse(w.contains("BBAa"), "same hash as three keys, yet absent");
    }

    @Test
    void largeSetAgreesWithSetOf() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            words.add("w" + i * 7);
        }
        Words w = Words.of(words.toArray(String[]::new));
        Set<String> reference = Set.copyOf(words);
        for (int i = 0; i < 4000; i++) {
            String k = "w" + i;
            assertEquals(reference.contains(k), w.contains(k), k);
        }
    }

    @Test
    void aWordListedTwiceIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Words.of("pact", "deal", "pact"));
    }

    @Test
    void unionHasTheWordsOfBoth() {
        Words u = Words.union(Words.of("report", "statement"), Words.of("statement", "attack"));
        assertTrue(u.contains("report"));
        assertTrue(u.contains("statement"));
        assertTrue(u.contains("attack"));
        assertFalse(u.contains("move"));
        assertEquals(3, u.asMap().size());
    }

    @Test
    void mapGivesValuesAndDefaults() {
        Map<String, Integer> months = new HashMap<>();
        months.put("march", 3);
        months.put("mar", 3);
        months.put("october", 10);
        WordMap<Integer> m = new WordMap<>(months);
        assertEquals(3, m.get("mar"));
        assertEquals(10, m.get("october"));
        assertNull(m.get("may"));
        assertEquals(-1, m.getOrDefault("may", -1));
        assertTrue(m.containsKey("march"));
        assertFalse(m.containsKey("marc"));
        assertEquals(months, m.asMap());
    }

    @Test
    void emptyMapAnswersNo() {
        WordMap<String> m = new WordMap<>(Map.of());
        assertFalse(m.containsKey("anything"));
        assertNull(m.get("anything"));
    }
}
