/**
 * Services the Parley platform provides to commands and plugins: reading and writing dossiers,
 * merging, and running importers.
 */
@Export
@Version("1.1.0")
package dev.parley.model.service;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
