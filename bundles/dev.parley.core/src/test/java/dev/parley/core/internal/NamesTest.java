package dev.parley.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void caseAccentsAndPunctuationAreIgnored() {
        assertEquals("sao tome", Names.key("São Tomé"));
        assertEquals(Names.key("Harbour Guild"), Names.key("HARBOUR-GUILD"));
        assertEquals(Names.key("Harbour Guild"), Names.key("  harbour   guild. "));
    }

    @Test
    void leadingTheAndPossessiveAreIgnored() {
        assertEquals("united nations", Names.key("The United Nations"));
        assertEquals(Names.key("United Nations"), Names.key("the United Nations"));
        assertEquals("norland", Names.key("Norland's"));
        assertEquals("norland", Names.key("Norland\u2019s"));
        // Only a leading "the" as a word goes.
        assertEquals("theo marsh", Names.key("Theo Marsh"));
        assertEquals("hill of the winds", Names.key("Hill of the Winds"));
    }

    @Test
    void initialismsMatchWithOrWithoutDots() {
        assertEquals(Names.key("UN"), Names.key("U.N."));
        assertEquals(Names.key("UN"), Names.key("u.n"));
        assertEquals(Names.key("USA"), Names.key("U.S.A."));
        assertEquals(Names.key("the UN"), Names.key("The U.N."));
        assertEquals(Names.key("JRR Tolkien"), Names.key("J.R.R. Tolkien"));
        assertNotEquals(Names.key("UN"), Names.key("U.S."));
    }

    @Test
    void dotsInsideWordsStillSeparateWords() {
        assertEquals(Names.key("St Petersburg Council"), Names.key("St.Petersburg Council"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", Names.key(null));
        assertEquals("", Names.key("..."));
    }
}
