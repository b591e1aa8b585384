package dev.parley.model.service;

import dev.parley.model.Dossier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Merges dossiers. Actors with the same canonical name or alias (case and punctuation aside) become
 * one; their aliases, mentions, quotes, relations and evidence are all kept. Ids in the addition are
 * renamed where they clash.
 */
@ProviderType
public interface DossierMerger {

    /** The union of both; {@code base} wins for an actor's type, role, affiliation and country. */
    Dossier merge(Dossier base, Dossier addition);
}
