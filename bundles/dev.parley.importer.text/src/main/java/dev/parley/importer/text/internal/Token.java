package dev.parley.importer.text.internal;

/**
 * One token of an article.
 *
 * @param index     position in the document's token list
 * @param start     offset of the first char in the source text
 * @param end       offset after the last char
 * @param text      the token as written (curly apostrophes and quotes already made straight)
 * @param key       lower-case, without accents and dots: what lexicons are looked up by
 * @param kind      what sort of token
 * @param joined    true when no white space separates it from the token before
 * @param sentence  index of its sentence
 * @param paragraph index of its paragraph (a line break starts a new one)
 */
record Token(int index, int start, int end, String text, String key, Kind kind, boolean joined, int sentence,
             int paragraph) {

    enum Kind { WORD, NUMBER, POSSESSIVE, QUOTE, PUNCT }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Starts with an upper-case letter. */
    boolean capitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** All letters upper case, at least two of them (an acronym such as UN, U.N., MINUSMA, M23). */
    boolean allCaps() {
        if (kind != Kind.WORD) {
            return false;
        }
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
        return key.equals(k);
    }

    boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }
}
