package dev.parley.model.spi;

import dev.parley.model.ImportResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns one file into a partial dossier. Register an implementation as an OSGi service; Parley
 * offers every file to the importers whose {@link #canHandle} accepts it.
 *
 * <p>An importer is stateless and thread-safe. It never writes a stored dossier: it returns an
 * {@link ImportResult} and Parley merges it. A file it cannot read yields problems, not exceptions;
 * an exception it throws fails that one file with a message naming the importer.
 */
@ConsumerType
public interface Importer {

    /** Short name, e.g. {@code text} or {@code dossier}. */
    String name();

    /** One line for {@code parley help}: what it reads. */
    String description();

    /** File name extensions it reads, lower-case and without the dot, e.g. {@code txt}. */
    Set<String> extensions();

    /** Media types it reads, e.g. {@code text/plain}. */
    Set<String> mediaTypes();

    /**
     * Whether this importer reads the file.
     *
     * @param fileName the file's name (not the path)
     * @param head     the file's first bytes (up to 8 KiB; fewer when the file is shorter)
     */
    boolean canHandle(String fileName, byte[] head);

    /**
     * Which importer is asked first when several accept a file: higher first. Importers that
     * recognise a file by its content (GDELT, ACLED) rank above those that go by extension alone.
     */
    default int priority() {
        return 0;
    }

    /**
     * Reads the file.
     *
     * @param file    a regular, readable, non-empty file
     * @param context names the file for messages and takes progress reports
     * @throws IOException when reading fails; Parley reports it against the file
     */
    ImportResult importFile(Path file, ImportContext context) throws IOException;
}
