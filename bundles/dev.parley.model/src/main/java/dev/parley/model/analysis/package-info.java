/**
 * Stakeholder analysis over a dossier: influence, interest, stance toward the focal actors, camps
 * and Mendelow quadrants, each with an explanation; the stakeholder map; and graph exporters.
 */
@Export
@Version("1.0.0")
package dev.parley.model.analysis;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
