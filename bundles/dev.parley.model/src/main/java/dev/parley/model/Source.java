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
 * @param reliability the analyst's grade on the Admiralty scale ("B2": source A-F, information 1-6);
 *                  null when not graded
 */
public record Source(String id, String title, String uri, String published, String mediaType,
                     String sha256, String text, String reliability) {
    public Source {
        Objects.requireNonNull(id, "source id");
        text = text == null ? "" : text;
        if (reliability != null && !reliability.isBlank() && !reliability.matches("[A-Fa-f][1-6]")) {
            throw new IllegalArgumentException("reliability '" + reliability
                    + "' is not an Admiralty grade (a letter A-F and a digit 1-6, e.g. B2)");
        }
        reliability = reliability == null || reliability.isBlank() ? null : reliability.toUpperCase(java.util.Locale.ROOT);
    }

    /** A source not graded yet. */
    public Source(String id, String title, String uri, String published, String mediaType, String sha256,
                  String text) {
        this(id, title, uri, published, mediaType, sha256, text, null);
    }
}
