package dev.parley.importer.text.internal;

/**
 * A span of tokens [first, last] that names or refers to an actor.
 *
 * @param form how it refers: by name, alias, demonym, metonym, a government phrase, a description,
 *             a surname, a pronoun, or a title with a name
 */
record Mention(int first, int last, Ent ent, Form form) {

    enum Form { NAME, ALIAS, DEMONYM, METONYM, GOVERNMENT, DESCRIPTION, SURNAME, PRONOUN, TITLED }

    /** A reference that names the actor (not a pronoun or a bare description). */
    boolean naming() {
        return form != Form.PRONOUN && form != Form.DESCRIPTION;
    }
}
