package dev.parley.model.service;

import dev.parley.model.ImportResult;
import dev.parley.model.spi.Importer;
import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Runs the right importer over a file, checking the file first. */
@ProviderType
public interface ImportService {

    /** The importers now available. */
    List<Importer> importers();

    /**
     * Imports one file. Never throws: a missing, empty, unreadable, binary or unsupported file, and
     * an importer that fails, all come back as an {@link ImportResult} with an error problem.
     *
     * @param file        the file
     * @param displayName how to name it in messages (the path as the user typed it)
     */
    ImportResult importFile(Path file, String displayName);

    /** Imports one file, reporting progress to the context (which also names the file). */
    ImportResult importFile(Path file, dev.parley.model.spi.ImportContext context);
}
