package dev.parley.model.analysis;

import dev.parley.model.Dossier;
import org.osgi.annotation.versioning.ProviderType;

/** Draws stakeholder maps. One scene, two renderers: SVG text and PNG bytes. */
@ProviderType
public interface MapService {

    /** The map as a standalone SVG document. */
    String svg(Dossier dossier, Analysis analysis, MapOptions options);

    /** The map as a PNG image. */
    byte[] png(Dossier dossier, Analysis analysis, MapOptions options);
}
