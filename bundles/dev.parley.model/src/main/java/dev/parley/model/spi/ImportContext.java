package dev.parley.model.spi;

import org.osgi.annotation.versioning.ProviderType;

/** Given by Parley to an importer for one file. */
@ProviderType
public interface ImportContext {

    /** The file's name as the user gave it; use it in {@link dev.parley.model.Problem}s. */
    String displayName();

    /** Reports progress on long files (units of the importer's choice, e.g. bytes). */
    default void progress(long done, long total) {
    }

    /**
     * Options the user gave for this import, e.g. {@code mapping} (a column mapping file) or
     * {@code encoding}; empty when none.
     */
    default java.util.Map<String, String> options() {
        return java.util.Map.of();
    }

    /** True when the user cancelled or the time budget ran out; stop early and return. */
    default boolean cancelled() {
        return false;
    }

    /** A context with no progress reporting, for tests and simple callers. */
    static ImportContext named(String displayName) {
        return () -> displayName;
    }
}
