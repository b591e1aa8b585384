/**
 * Extension points that plugin bundles implement and register as OSGi services (whiteboard):
 * {@link dev.parley.model.spi.Importer} and {@link dev.parley.model.spi.ParleyCommand}.
 *
 * <p>Versioning: adding a method with a default to a consumer type is a minor change; adding an
 * abstract method or changing a signature is a major change.
 */
@Export
@Version("1.1.0")
package dev.parley.model.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
