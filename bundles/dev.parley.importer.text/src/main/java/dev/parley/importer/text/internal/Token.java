package dev.parley.importer.text.internal;

/**
 * One token of an article: its offsets in the source text ({@code start}, {@code end}), its text
 * as written (curly apostrophes and quotes made straight), its lookup {@code key} (lower case,
 * without accents and dots), whether white space separates it from the token before, and the
 * sentence and paragraph it belongs to (a line break starts a new paragraph).
 */
final class Token {

    enum Kind { WORD, NUMBER, POSSESSIVE, QUOTE, PUNCT }

    private final int index;
    private final int start;
    private final int end;
    /**
     * The word as the vocabulary knows it: text, key, key number and hash, word classes and lexicon
     * bits. Shared by every token written the same way, so a token carries only what is its own.
     */
    private final Vocabulary.Word word;
    private final Kind kind;
    private final boolean joined;
    private final boolean capitalised;
    /** The character of a one-character punctuation token, else {@link Character#MAX_VALUE}. */
    private final char mark;
    private final int paragraph;
    /**
     * The hash of the key, copied from the word: {@link #is}, which the rules call for nearly every
     * token they pass, mostly answers no from this alone without reading the word. (The field fits in
     * the room the object's alignment leaves anyway.)
     */
    private final int keyHash;
    /** Set once, when the document is split into sentences. */
    int sentence;

    Token(int index, int start, int end, Vocabulary.Word word, Kind kind, boolean joined, int paragraph) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.word = word;
        this.kind = kind;
        this.joined = joined;
        this.paragraph = paragraph;
        this.capitalised = kind == Kind.WORD && word.upperFirst();
        this.mark = kind == Kind.PUNCT ? word.single() : Character.MAX_VALUE;
        this.keyHash = word.keyHash();
    }

    int index() {
        return index;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String text() {
        return word.text();
    }

    String key() {
        return word.key();
    }

    int keyId() {
        return word.id();
    }

    Kind kind() {
        return kind;
    }

    boolean joined() {
        return joined;
    }

    /** The word classes of the key, as bits (see {@link WordClass}); 0 for a word of none. */
    long classes() {
        return word.classes();
    }

    int lexicons() {
        return word.lexicons();
    }

    int sentence() {
        return sentence;
    }

    int paragraph() {
        return paragraph;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Starts with an upper-case letter. */
    boolean capitalised() {
        return capitalised;
    }

    /** All letters upper case, at least two of them (an acronym such as UN, U.N., MINUSMA, M23). */
    boolean allCaps() {
        return kind == Kind.WORD && word.acronymLike();
    }

    boolean acronymLike() {
        return word.acronymLike();
    }

    static boolean acronym(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2 || (letters == 1 && text.length() >= 2 && !text.endsWith("."));
    }

    /** The hash of {@link #key}, worked out once for the word. */
    int keyHash() {
        return keyHash;
    }

    boolean is(String k) {
        return keyHash == k.hashCode() && word.key().equals(k);
    }

    /** Is the key a word of this class? */
    boolean in(WordClass c) {
        return (word.classes() & c.bit()) != 0;
    }

    boolean isPunct(char c) {
        return mark == c;
    }
}
