package dev.parley.model.analysis;

import dev.parley.model.Dossier;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Scores the actors of a dossier. */
@ProviderType
public interface AnalysisService {

    /**
     * Analyses a dossier.
     *
     * @param focus ids, names or aliases of the focal actors; empty for the most central actor
     * @throws IllegalArgumentException when a focus names no actor of the dossier
     */
    Analysis analyze(Dossier dossier, List<String> focus);
}
