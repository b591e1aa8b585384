package dev.parley.model.analysis;

import java.util.Objects;

/**
 * The computed standing of one actor.
 *
 * @param actor            actor id
 * @param influence        power, 0..1
 * @param interest         involvement in the dossier's central issue, 0..1
 * @param stance           toward the focal actors, -1..+1
 * @param camp             1 = the focal actors' side, 2 = the opposing side, 0 = no side
 * @param quadrant         Mendelow quadrant of influence and interest
 * @param assessed         which values an analyst's assessment set, e.g. "power, stance" (empty when none)
 * @param explanation      the reasons, in words
 */
public record ActorAnalysis(String actor, double influence, double interest, double stance, int camp,
                            Quadrant quadrant, String assessed, String explanation) {
    public ActorAnalysis {
        Objects.requireNonNull(actor, "actor");
        assessed = assessed == null ? "" : assessed;
    }

    /** True when an analyst's assessment overrides a computed value. */
    public boolean overridden() {
        return !assessed.isEmpty();
    }
}
