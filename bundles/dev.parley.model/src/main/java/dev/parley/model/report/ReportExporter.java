package dev.parley.model.report;

import dev.parley.model.Dossier;
import dev.parley.model.analysis.Analysis;
import java.io.IOException;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ConsumerType;

/** Writes a briefing in one format. Register as a service; {@code parley brief --format} picks it by name. */
@ConsumerType
public interface ReportExporter {

    /** Short name, e.g. {@code html}. */
    String format();

    /** File name extension without the dot, e.g. {@code html}. */
    String extension();

    /** One line for help texts. */
    String description();

    /** Writes the briefing to {@code target}, whole or not at all. */
    void write(Dossier dossier, Analysis analysis, ReportOptions options, Path target) throws IOException;
}
