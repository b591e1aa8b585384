package dev.parley.model;

import java.util.Objects;

/**
 * One imported document.
 *
 * @param id        unique within a dossier; importers use {@code "s-" + first 12 hex digits of sha256}
 *                  so the same document imported twice is recognised as one source
 * @param title     headline or file name
 * @param uri       where it came from (a URL, or a {@code file:} URI); may be null
 * @param published ISO-8601 date or date-time of publication; may be null
 * @param mediaType e.g. {@code text/plain}
 * @param sha256    hex digest of the original bytes
 * @param text      the text that mention and evidence offsets point into
 */
public record Source(String id, String title, String uri, String published, String mediaType,
                     String sha256, String text) {
    public Source {
        Objects.requireNonNull(id, "source id");
        text = text == null ? "" : text;
    }
}
