package dev.parley.model.analysis;

import dev.parley.model.Dossier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes a dossier and its analysis in another format (GEXF, GraphML, CSV tables, reports).
 * Register implementations as services; {@code parley export --format NAME} finds them by
 * {@link #format()}.
 */
@ConsumerType
public interface Exporter {

    /** Short name used on the command line, e.g. {@code graphml}. */
    String format();

    /** One line for help texts. */
    String description();

    /**
     * Writes the export.
     *
     * @param target the path the user gave; an exporter that writes several files derives their
     *               names from it
     * @return the files written
     */
    List<Path> export(Dossier dossier, Analysis analysis, Path target) throws IOException;
}
