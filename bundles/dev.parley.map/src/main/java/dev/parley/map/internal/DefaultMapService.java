package dev.parley.map.internal;

import dev.parley.model.Dossier;
import dev.parley.model.analysis.Analysis;
import dev.parley.model.analysis.MapOptions;
import dev.parley.model.analysis.MapService;
import org.osgi.service.component.annotations.Component;

/** Builds a scene for the chosen view and renders it as SVG or PNG. */
@Component(service = MapService.class)
public final class DefaultMapService implements MapService {

    static Scene scene(Dossier d, Analysis a, MapOptions o) {
        return o.view() == MapOptions.View.NETWORK ? Views.network(d, a, o) : Views.grid(d, a, o);
    }

    @Override
    public String svg(Dossier dossier, Analysis analysis, MapOptions options) {
        return SvgRenderer.render(scene(dossier, analysis, options));
    }

    @Override
    public byte[] png(Dossier dossier, Analysis analysis, MapOptions options) {
        return PngRenderer.render(scene(dossier, analysis, options));
    }
}
