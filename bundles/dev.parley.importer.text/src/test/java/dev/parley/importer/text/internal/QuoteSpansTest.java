package dev.parley.importer.text.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quoted spans are found from the quote marks alone; an unclosed quote ends with its paragraph. */
class QuoteSpansTest {

    private static int index(Doc d, String word, int nth) {
        for (int i = 0, seen = 0; i < d.size(); i++) {
            if (d.is(i, word) && seen++ == nth) {
                return i;
            }
        }
        throw new AssertionError(word);
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraphNotAtTheNextMark() {
        Doc d = new Doc("The envoy said \u201cthe talks are over.\n\nNo one replied.\n\nLater he added \u201cwe will return\u201d to Doha.");
        List<int[]> spans = Quotes.spans(d);
        assertEquals(2, spans.size());
        assertArrayEquals(new int[] {index(d, "said", 0) + 1, index(d, "no", 0)}, spans.get(0),
                "closed at the first token of the next paragraph, not at the quote two paragraphs on");
        assertArrayEquals(new int[] {index(d, "added", 0) + 1, index(d, "to", 0) - 1}, spans.get(1));
    }

    @Test
    void anUnclosedQuoteInTheLastParagraphRunsToTheEnd() {
        Doc d = new Doc("She said \u201cwe will not leave\u201d and then \u201cnever again");
        List<int[]> spans = Quotes.spans(d);
        assertEquals(2, spans.size());
        assertArrayEquals(new int[] {index(d, "then", 0) + 1, d.size()}, spans.get(1));
    }

    @Test
    void aClosingMarkWithNoOpeningOpensNothingAndAnOpeningMarkRestarts() {
        Doc d = new Doc("It ended\u201d there. He said \u201cfirst part \u201csecond part\u201d done.");
        List<int[]> spans = Quotes.spans(d);
        assertEquals(2, spans.size());
        int first = index(d, "said", 0) + 1;
        int second = index(d, "part", 0) + 1;
        assertArrayEquals(new int[] {first, second}, spans.get(0));
        assertArrayEquals(new int[] {second, index(d, "done", 0) - 1}, spans.get(1));
    }
}
