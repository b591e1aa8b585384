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
    private final String text;
    private final String key;
    /** The number of the key in the vocabulary ({@link Vocabulary.Word#id}), -1 for a key it lacks. */
    private final int keyId;
    /** The key's hash: most keys a rule asks about differ from the token's, and their hashes say so. */
    private final int keyHash;
    private final Kind kind;
    private final boolean joined;
    private final int paragraph;
    private final boolean capitalised;
    /** Written as {@link #acronym} says, whatever the kind ("M23", but also "5G"). */
    private final boolean acronymLike;
    /** The character of a one-character punctuation token, else {@link Character#MAX_VALUE}. */
    private final char mark;
    /** The word classes of the key, as bits (see {@link WordClass}). */
    private final long classes;
    /** Set once, when the document is split into sentences. */
    int sentence;
    /** Which lexicons have a phrase starting with this word (bits of {@link Trie#bit()}); 0 without a vocabulary. */
    private final int lexicons;

    Token(int index, int start, int end, Vocabulary.Word word, Kind kind, boolean joined, int paragraph) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = word.text();
        this.key = word.key();
        this.keyId = word.id();
        this.keyHash = word.keyHash();
        this.kind = kind;
        this.joined = joined;
        this.paragraph = paragraph;
        this.classes = word.classes();
        this.lexicons = word.lexicons();
        this.capitalised = kind == Kind.WORD && word.upperFirst();
        this.acronymLike = word.acronymLike();
        this.mark = kind == Kind.PUNCT ? word.single() : Character.MAX_VALUE;
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
        return text;
    }

    String key() {
        return key;
    }

    int keyId() {
        return keyId;
    }

    Kind kind() {
        return kind;
    }

    boolean joined() {
        return joined;
    }

    /** The word classes of the key, as bits (see {@link WordClass}); 0 for a word of none. */
    long classes() {
        return classes;
    }

    int lexicons() {
        return lexicons;
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
        return kind == Kind.WORD && acronymLike;
    }

    boolean acronymLike() {
        return acronymLike;
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

    boolean is(String k) {
        return keyHash == k.hashCode() && key.equals(k);
    }

    /** Is the key a word of this class? */
    boolean in(WordClass c) {
        return (classes & c.bit()) != 0;
    }

    boolean isPunct(char c) {
        return mark == c;
    }
}
