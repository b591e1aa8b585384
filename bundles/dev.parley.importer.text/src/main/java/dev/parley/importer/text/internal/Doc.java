package dev.parley.importer.text.internal;

import static dev.parley.importer.text.internal.WordClass.ABBREVIATIONS;

import java.text.Normalizer;
import java.util.Locale;

/**
 * An article split into tokens, sentences and paragraphs. Offsets always point into the
 * original text; the working copy only has curly quotes and apostrophes made straight (one char
 * for one char), so no offset ever shifts.
 */
final class Doc {

    final String text;
    final Token[] tokens;
    /** Token index ranges [from, to) of each sentence, as two arrays (no object to follow per lookup). */
    private int[] sentenceFrom = new int[16];
    private int[] sentenceTo = new int[16];
    private int sentenceCount;
    /** True when every token knows which lexicons may match at it (see {@link Token#lexicons}). */
    final boolean classified;
    /** The vocabulary the tokens were looked up in, or null. */
    final Vocabulary vocabulary;
    /**
     * What the scans over every token test first, in arrays by token index so that a scan reads
     * one number per token instead of following two references: the token's lexicon bits
     * ({@link Token#lexicons}) with {@link #WORD}, {@link #CAPITALISED}, {@link #NUMBER} and
     * {@link #ALL_CAPS}, and its word classes ({@link Token#classes}).
     */
    private int[] flags;
    private long[] classes;
    /** The hash of each token's key, and its number ({@link Token#keyId}). */
    private int[] keyHashes;
    private int[] keyIds;
    static final int WORD = 1 << 16;
    static final int CAPITALISED = 1 << 17;
    static final int NUMBER = 1 << 18;
    static final int ALL_CAPS = 1 << 19;
    /** Written like an acronym ({@link Token#acronymLike}) in two characters or more, of any kind. */
    static final int ACRONYM_LIKE = 1 << 20;
    private static final int LEXICONS = 0xFFFF;
    /** Where the bits of the lexicons whose phrases go on with a token's word ({@link #continues}) start. */
    private static final int LATER = 21;

    Doc(String text) {
        this(text, null);
    }

    /** With a vocabulary, every token knows its lexicons, and the vocabulary's words are not copied. */
    Doc(String text, Vocabulary vocabulary) {
        this.text = text;
        char[] chars = flatten(text);
        this.vocabulary = vocabulary;
        this.classified = vocabulary != null;
        this.tokens = tokenize(chars);
        splitSentences();
    }

    /** Straight quotes and apostrophes, one char for one char. */
    private static char[] flatten(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] < '\u00A0') {
                continue; // none of the marks below is ASCII
            }
            switch (c[i]) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> c[i] = '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> c[i] = '"';
                case '\u2010', '\u2011' -> c[i] = '-';
                case '\u00A0', '\u2007', '\u202F' -> c[i] = ' ';
                default -> {
                }
            }
        }
        return c;
    }

    /** The lookup key of a word: lower case, no accents, no dots ("U.N." and "UN" both "un"). */
    static String key(String word) {
        boolean plain = true;
        for (int i = 0; i < word.length() && plain; i++) {
            char c = word.charAt(i);
            plain = c < 128 && c != '.' && !(c >= 'A' && c <= 'Z');
        }
        if (plain) {
            return word;
        }
        String s = word;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                s = withoutMarks(Normalizer.normalize(s, Normalizer.Form.NFKD));
                break;
            }
        }
        s = s.toLowerCase(Locale.ROOT);
        if (s.indexOf('.') >= 0 && s.length() > 1) {
            s = s.replace(".", "");
        }
        return s;
    }

    /** The string without its combining marks (\p{M}: the accents NFKD splits off), with no regex. */
    private static String withoutMarks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /** Tokens are kept in an array that grows as needed; one at the end has the exact length. */
    private Token[] out;
    private int count;

    private Token[] tokenize(char[] s) {
        int capacity = 16 + s.length / 5;
        out = new Token[capacity];
        flags = new int[capacity];
        classes = new long[capacity];
        keyHashes = new int[capacity];
        keyIds = new int[capacity];
        int n = s.length;
        int i = 0;
        int paragraph = 0;
        boolean space = true;
        while (i < n) {
            char c = s[i];
            if (isWhitespace(c)) {
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                    paragraph++;
                    while (i < n && isWhitespace(s[i])) {
                        i++;
                    }
                    space = true;
                    continue;
                }
                space = true;
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (isLetter(c)) {
                i = wordEnd(s, i);
                // "Mali's": the possessive is a token of its own
                if (i + 1 < n && s[i] == '\'' && (s[i + 1] == 's' || s[i + 1] == 'S')
                        && (i + 2 >= n || !isLetterOrDigit(s[i + 2]))) {
                    add(s, start, i, wordHash, Token.Kind.WORD, space, paragraph);
                    add(s, i, i + 2, Token.Kind.POSSESSIVE, false, paragraph);
                    i += 2;
                    space = false;
                    continue;
                }
                // "the United States' envoy": a plural possessive
                if (i + 1 <= n && i < n && s[i] == '\'' && s[i - 1] == 's'
                        && (i + 1 >= n || !isLetterOrDigit(s[i + 1]))
                        && (i + 2 >= n || isWhitespace(s[i + 1]))) {
                    add(s, start, i, wordHash, Token.Kind.WORD, space, paragraph);
                    add(s, i, i + 1, Token.Kind.POSSESSIVE, false, paragraph);
                    i += 1;
                    space = false;
                    continue;
                }
                kind = Token.Kind.WORD;
            } else if (isDigit(c)) {
                while (i < n && (isDigit(s[i])
                        || ((s[i] == ',' || s[i] == '.') && i + 1 < n && isDigit(s[i + 1])))) {
                    i++;
                }
                // "M23"-like names start with a letter; "15th", "2nd" stay numbers
                while (i < n && isLetter(s[i])) {
                    i++;
                }
                kind = Token.Kind.NUMBER;
            } else if (c == '"') {
                i++;
                kind = Token.Kind.QUOTE;
            } else {
                i++;
                kind = Token.Kind.PUNCT;
            }
            if (kind == Token.Kind.WORD) {
                add(s, start, i, wordHash, kind, space, paragraph);
            } else {
                add(s, start, i, kind, space, paragraph);
            }
            space = false;
        }
        Token[] result = java.util.Arrays.copyOf(out, count);
        out = null;
        return result;
    }

    /** The hash ({@link String#hashCode}) of the characters of the word {@link #wordEnd} read last. */
    private int wordHash;

    /**
     * End of a word starting at i: letters, digits, inner apostrophes, and dotted initialisms. The word's hash,
     * worked out as its characters are read, is left in {@link #wordHash} for the vocabulary's lookup.
     */
    private int wordEnd(char[] s, int i) {
        int n = s.length;
        int start = i;
        // U.N. / U.S.A. / D.R.: single letters each followed by a dot
        int j = i;
        while (j + 1 < n && isLetter(s[j]) && s[j + 1] == '.'
                && (j == start || s[j - 1] == '.')) {
            j += 2;
        }
        if (j - start >= 4) {
            wordHash = Vocabulary.hash(s, start, j);
            return j;
        }
        int h = 0;
        while (i < n) {
            char c = s[i];
            if (isLetterOrDigit(c) || c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (c == '\'' && i + 1 < n && isLetter(s[i + 1]) && i > start
                    && !(s[i + 1] == 's' && (i + 2 >= n || !isLetter(s[i + 2])))) {
                i++; // O'Brien, d'Ivoire
            } else {
                break;
            }
            h = 31 * h + c;
        }
        wordHash = h;
        return i;
    }

    // The tests the tokenizer makes at every character, with the answers for ASCII worked out here.

    private static boolean isLetter(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }

    private static boolean isWhitespace(char c) {
        return c < 128 ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F')
                : Character.isWhitespace(c);
    }

    private void add(char[] chars, int start, int end, Token.Kind kind, boolean space, int paragraph) {
        add(chars, start, end, Vocabulary.hash(chars, start, end), kind, space, paragraph);
    }

    /** Adds the token of {@code chars[start, end)}, whose hash ({@link String#hashCode}) is {@code hash}. */
    private void add(char[] chars, int start, int end, int hash, Token.Kind kind, boolean space, int paragraph) {
        Vocabulary.Word w = vocabulary == null ? null : vocabulary.find(chars, start, end, hash);
        if (w == null) {
            String text = new String(chars, start, end - start);
            String key = kind == Token.Kind.WORD || kind == Token.Kind.NUMBER ? key(text) : text;
            w = vocabulary == null ? Vocabulary.Word.unknown(text, key) : vocabulary.writtenOtherwise(text, key);
        }
        if (count == out.length) {
            out = java.util.Arrays.copyOf(out, count * 2);
            flags = java.util.Arrays.copyOf(flags, count * 2);
            classes = java.util.Arrays.copyOf(classes, count * 2);
            keyHashes = java.util.Arrays.copyOf(keyHashes, count * 2);
            keyIds = java.util.Arrays.copyOf(keyIds, count * 2);
        }
        Token t = new Token(count, start, end, w, kind, !space && count > 0, paragraph);
        out[count] = t;
        // while the word is at hand: what the scans test first (the arrays may run past the last token)
        flags[count] = (w.lexicons() & LEXICONS) | (t.isWord() ? WORD : 0) | (t.capitalised() ? CAPITALISED : 0)
                | (kind == Token.Kind.NUMBER ? NUMBER : 0) | (t.allCaps() ? ALL_CAPS : 0)
                | (w.longAcronym() ? ACRONYM_LIKE : 0) | w.later() << LATER;
        classes[count] = w.classes();
        keyHashes[count] = w.keyHash();
        keyIds[count] = w.id();
        count++;
    }

    /** Past this many tokens a "sentence" is cut at the next comma, and hard past twice as many. */
    static final int LONG_SENTENCE = 120;

    private void splitSentences() {
        int from = 0;
        int n = tokens.length;
        for (int i = 0; i < n; i++) {
            Token t = tokens[i];
            boolean end = false;
            int last = i;
            int length = i - from + 1;
            if (i + 1 < n && tokens[i + 1].paragraph() != t.paragraph()) {
                end = true;
            } else if (length >= 2 * LONG_SENTENCE
                    || (length >= LONG_SENTENCE && (t.isPunct(',') || t.isPunct(';')))) {
                // no real sentence runs this long: keep every later scan local
                end = true;
            } else if (t.isPunct('.') || t.isPunct('!') || t.isPunct('?') || t.isPunct('\u2026')) {
                // closing quotes and brackets belong to the sentence they close
                while (last + 1 < n && tokens[last + 1].paragraph() == t.paragraph()
                        && (tokens[last + 1].kind() == Token.Kind.QUOTE || tokens[last + 1].isPunct(')'))
                        && tokens[last + 1].joined()) {
                    last++;
                }
                if (last + 1 >= n) {
                    end = true;
                } else {
                    Token next = tokens[last + 1];
                    boolean startsNew = next.paragraph() != t.paragraph() || next.capitalised()
                            || next.kind() == Token.Kind.NUMBER || next.kind() == Token.Kind.QUOTE;
                    // an initial ("George W. Bush"), but not a one-letter name after a lower-case word ("said on X.")
                    boolean abbreviation = t.isPunct('.') && i > 0 && t.joined()
                            && (tokens[i - 1].in(ABBREVIATIONS)
                            || (tokens[i - 1].text().length() == 1 && Character.isUpperCase(tokens[i - 1].text().charAt(0))
                            && !(i > 1 && tokens[i - 2].isWord() && !tokens[i - 2].capitalised())));
                    end = startsNew && !abbreviation && !next.joined();
                }
            } else if (i + 1 < n && tokens[i + 1].paragraph() != t.paragraph()
                    && t.kind() == Token.Kind.WORD && t.text().endsWith(".") && t.text().length() >= 4) {
                end = true;
            }
            if (end) {
                addSentence(from, last + 1);
                from = last + 1;
                i = last;
            }
        }
        if (from < n) {
            addSentence(from, n);
        }
    }

    private void addSentence(int from, int to) {
        int index = sentenceCount++;
        if (index == sentenceFrom.length) {
            sentenceFrom = java.util.Arrays.copyOf(sentenceFrom, index * 2);
            sentenceTo = java.util.Arrays.copyOf(sentenceTo, index * 2);
        }
        sentenceFrom[index] = from;
        sentenceTo[index] = to;
        for (int k = from; k < to; k++) {
            tokens[k].sentence = index;
        }
    }

    /** Is token i a word ({@link Token#isWord})? False past either end. */
    boolean word(int i) {
        return i >= 0 && i < tokens.length && (flags[i] & WORD) != 0;
    }

    /** Is token i a word with a capital ({@link Token#capitalised})? False past either end. */
    boolean capitalised(int i) {
        return i >= 0 && i < tokens.length && (flags[i] & CAPITALISED) != 0;
    }

    /** Is token i a word in capitals ({@link Token#allCaps})? False past either end. */
    boolean allCaps(int i) {
        return i >= 0 && i < tokens.length && (flags[i] & ALL_CAPS) != 0;
    }

    /**
     * Is token i written like an acronym ({@link Token#acronymLike}) in two characters or more? False
     * past either end.
     */
    boolean acronymLike(int i) {
        return i >= 0 && i < tokens.length && (flags[i] & ACRONYM_LIKE) != 0;
    }

    /**
     * May token i be a word, past the first, of a phrase of the lexicon with this bit ({@link
     * Trie#bit})? False when no phrase of it goes on with the token's key; always true for a document
     * made without a vocabulary.
     */
    boolean continues(int i, int lexicon) {
        return !classified || (flags[i] >>> LATER & lexicon) != 0;
    }

    /**
     * Is the key of token i {@code k} ({@link Token#is})? False past either end. The rules ask this
     * thousands of times per article from long methods, so it is kept under the size the JIT inlines
     * at any call site (35 bytes of bytecode): the range checks live in the two helpers.
     */
    boolean is(int i, String k) {
        return hashAt(i) == k.hashCode() && keyAt(i).equals(k);
    }

    /** The hash of the key of token i; 0 past either end. */
    private int hashAt(int i) {
        return i >= 0 && i < tokens.length ? keyHashes[i] : 0;
    }

    /** The key of token i; past either end a string no key equals (a key is never empty). */
    private String keyAt(int i) {
        return i >= 0 && i < tokens.length ? tokens[i].key() : "";
    }

    /** The hash of the key of token i. */
    int keyHash(int i) {
        return keyHashes[i];
    }

    /** The number of the key of token i ({@link Token#keyId}). */
    int keyId(int i) {
        return keyIds[i];
    }

    // ---- the tokens of each key, for scans that look for a few words only (built on first use)

    /**
     * For each slot of a key hash ({@link WordMap#slot}), one plus the first token whose key's hash has that slot
     * (0 for none); {@link #nextInSlot} chains the others in text order. Keys are compared when the index is read,
     * not when it is built, which is then one store per token.
     */
    private int[] firstInSlot;
    /** For each token, the next token whose key's hash has the same slot, or -1. */
    private int[] nextInSlot;
    private int slotShift;

    /**
     * The first token whose key is {@code k}, or -1. With {@link #nextWithKey} a rule that starts at one
     * word reads that word's tokens only, not every token of the article.
     */
    int firstWithKey(String k) {
        if (firstInSlot == null) {
            indexKeys();
        }
        int h = k.hashCode();
        int i = firstInSlot[WordMap.slot(h, slotShift)] - 1;
        while (i >= 0 && !(keyHashes[i] == h && tokens[i].key().equals(k))) {
            i = nextInSlot[i];
        }
        return i;
    }

    /** The next token after token i with the same key, or -1 (see {@link #firstWithKey}). */
    int nextWithKey(int i) {
        int h = keyHashes[i];
        String k = tokens[i].key();
        int j = nextInSlot[i];
        while (j >= 0 && !(keyHashes[j] == h && tokens[j].key().equals(k))) {
            j = nextInSlot[j];
        }
        return j;
    }

    /** The tokens whose keys are words of the set, in text order. */
    int[] withKeys(WordMap<?> words) {
        return withKeys(words.asMap().keySet());
    }

    /** The tokens whose keys are among the keys given (each once), in text order. */
    int[] withKeys(Iterable<String> keys) {
        int[] out = new int[8];
        int n = 0;
        for (String k : keys) {
            for (int i = firstWithKey(k); i >= 0; i = nextWithKey(i)) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, 2 * n);
                }
                out[n++] = i;
            }
        }
        java.util.Arrays.sort(out, 0, n);
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /**
     * Chains the tokens by the slot of their key's hash, in a table of one to two slots per token: a chain
     * then holds little but its key's tokens, and the table stays small for the longest text (8 MB).
     */
    private void indexKeys() {
        int n = tokens.length;
        int capacity = Integer.highestOneBit(Math.max(8, n)) * 2;
        int[] first = new int[capacity];
        int[] next = new int[n];
        int shift = Integer.numberOfLeadingZeros(capacity) + 1;
        for (int i = n - 1; i >= 0; i--) { // backwards, so that each chain runs forwards
            int s = WordMap.slot(keyHashes[i], shift);
            next[i] = first[s] - 1;
            first[s] = i + 1;
        }
        this.slotShift = shift;
        this.nextInSlot = next;
        this.firstInSlot = first;
    }

    /** Is token i a number? False past either end. */
    boolean number(int i) {
        return i >= 0 && i < tokens.length && (flags[i] & NUMBER) != 0;
    }

    /** The lexicon bits of token i ({@link Token#lexicons}); 0 past either end. */
    int lexicons(int i) {
        return i >= 0 && i < tokens.length ? flags[i] & LEXICONS : 0;
    }

    /** Is the key of token i a word of one of the classes whose bits are {@code bits}? False past either end. */
    boolean in(int i, long bits) {
        return i >= 0 && i < tokens.length && (classes[i] & bits) != 0;
    }

    /** Is the key of token i a word of this class ({@link Token#in})? False past either end. */
    boolean in(int i, WordClass c) {
        return in(i, c.bit());
    }

    Token tok(int i) {
        return i >= 0 && i < tokens.length ? tokens[i] : null;
    }

    int size() {
        return tokens.length;
    }

    /** The source text from the start of token a to the end of token b (inclusive). */
    String span(int a, int b) {
        return text.substring(tokens[a].start(), tokens[b].end());
    }

    /** Is the text of tokens a..b the string s (false for null)? No string is made. */
    boolean spanIs(int a, int b, String s) {
        int start = tokens[a].start();
        int length = tokens[b].end() - start;
        return s != null && s.length() == length && text.regionMatches(start, s, 0, length);
    }

    int sentenceCount() {
        return sentenceCount;
    }

    /** The first token of a sentence. */
    int sentenceStart(int sentence) {
        if (sentence >= sentenceCount) {
            throw new IndexOutOfBoundsException(sentence);
        }
        return sentenceFrom[sentence];
    }

    /** The token after the last of a sentence. */
    int sentenceEnd(int sentence) {
        if (sentence >= sentenceCount) {
            throw new IndexOutOfBoundsException(sentence);
        }
        return sentenceTo[sentence];
    }
}
