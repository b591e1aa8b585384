package dev.parley.model;

import java.util.Objects;

/** Where an actor is named: a span {@code [start, end)} of a source's text. */
public record Mention(String source, int start, int end) {
    public Mention {
        Objects.requireNonNull(source, "mention source");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
        }
    }
}
