package dev.parley.model.knowledge;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * More world knowledge from another bundle: register an implementation as an OSGi service and the
 * {@link Gazetteer} includes it while the service is there.
 */
@ConsumerType
public interface GazetteerContribution {

    /** Entities to add; an entity with the name of a built-in one adds aliases to it. */
    List<KnownEntity> entities();

    /** Titles to add. */
    default List<Title> titles() {
        return List.of();
    }

    /** News outlets to add. */
    default List<String> outlets() {
        return List.of();
    }
}
