package dev.parley.model;

import java.util.Objects;

/** A span of a source that supports a relation, with its text copied for reading without the source. */
public record Evidence(String source, int start, int end, String text) {
    public Evidence {
        Objects.requireNonNull(source, "evidence source");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
        }
        text = text == null ? "" : text;
    }
}
