package dev.parley.model.service;

import dev.parley.model.Dossier;
import java.io.IOException;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/** Loads and saves dossier files ({@code NAME.parley}). */
@ProviderType
public interface DossierStore {

    /** Reads a dossier file. */
    Dossier load(Path file) throws IOException;

    /**
     * Saves atomically: the file holds either the old or the new dossier at every moment, and the
     * previous version is kept as {@code NAME.parley.bak}.
     */
    void save(Dossier dossier, Path file) throws IOException;
}
