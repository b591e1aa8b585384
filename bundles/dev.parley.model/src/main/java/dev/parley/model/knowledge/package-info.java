/**
 * World knowledge for importers: known states, organisations and groups, titles of persons, and
 * news outlets. The {@link dev.parley.model.knowledge.Gazetteer} service merges the built-in data
 * with {@link dev.parley.model.knowledge.GazetteerContribution} services of other bundles and the
 * user's files in {@code conf/gazetteer/}.
 */
@Export
@Version("1.0.0")
package dev.parley.model.knowledge;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
