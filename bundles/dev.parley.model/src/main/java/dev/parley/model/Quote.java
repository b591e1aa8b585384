package dev.parley.model;

import java.util.Objects;

/**
 * Words attributed to an actor.
 *
 * @param speaker id of the actor who said it
 * @param text    the quoted words, without quote marks
 * @param source  id of the source; {@code start}/{@code end} locate the words in its text
 */
public record Quote(String id, String speaker, String text, String source, int start, int end) {
    public Quote {
        Objects.requireNonNull(id, "quote id");
        Objects.requireNonNull(speaker, "quote speaker");
        text = text == null ? "" : text;
    }
}
