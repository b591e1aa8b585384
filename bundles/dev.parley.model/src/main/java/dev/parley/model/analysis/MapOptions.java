package dev.parley.model.analysis;

/**
 * How to draw a stakeholder map.
 *
 * @param view      the power/interest grid or the signed network
 * @param width     pixels (or SVG user units)
 * @param height    pixels
 * @param seed      layout seed; the same dossier and seed give the same picture
 * @param maxActors the most actors drawn (the most influential); the rest are listed as left out
 */
public record MapOptions(View view, int width, int height, long seed, int maxActors) {

    /** Which picture. */
    public enum View { GRID, NETWORK }

    public MapOptions {
        view = view == null ? View.GRID : view;
        if (width < 200 || height < 200) {
            throw new IllegalArgumentException("a map needs at least 200 x 200 pixels");
        }
        maxActors = maxActors <= 0 ? 40 : maxActors;
    }

    /** A 1200 x 900 map of the given view, seed 1, at most 40 actors. */
    public static MapOptions of(View view) {
        return new MapOptions(view, 1200, 900, 1, 40);
    }
}
