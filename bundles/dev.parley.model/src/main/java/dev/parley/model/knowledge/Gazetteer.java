package dev.parley.model.knowledge;

import dev.parley.model.Problem;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** All the world knowledge now available. */
@ProviderType
public interface Gazetteer {

    /** Known states, organisations, missions and groups. */
    List<KnownEntity> entities();

    /** Titles and roles of persons. */
    List<Title> titles();

    /** Names and aliases of news outlets, which are cited as sources rather than being actors. */
    List<String> outlets();

    /**
     * Goes up whenever the knowledge changes (a contribution came or went); users that compile the
     * knowledge into their own structures rebuild them when it changes.
     */
    long revision();

    /** Lines of the user's gazetteer files that could not be read, each naming file and line. */
    List<Problem> problems();
}
