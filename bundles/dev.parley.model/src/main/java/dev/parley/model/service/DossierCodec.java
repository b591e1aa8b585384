package dev.parley.model.service;

import dev.parley.model.Dossier;
import dev.parley.model.DossierFormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import org.osgi.annotation.versioning.ProviderType;

/** The one JSON form of a dossier (format {@code parley-dossier}, version 1). */
@ProviderType
public interface DossierCodec {

    /**
     * Reads a dossier.
     *
     * @throws DossierFormatException malformed JSON (with line and column), another format, a newer
     *                                version, or a field with a wrong value
     */
    Dossier read(Reader in) throws IOException;

    /** Writes a dossier as pretty-printed JSON. */
    void write(Dossier dossier, Writer out) throws IOException;

    /** The JSON text of a dossier. */
    String toJson(Dossier dossier);

    /** Parses JSON text. */
    Dossier fromJson(String json) throws DossierFormatException;
}
