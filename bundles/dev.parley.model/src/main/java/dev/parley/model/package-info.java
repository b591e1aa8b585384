/**
 * The Parley dossier model: immutable records and enums shared by every bundle.
 *
 * <p>A {@link dev.parley.model.Dossier} holds sources, actors, quotes, relations and analyst
 * assessments. Offsets ({@code start}, {@code end}) are UTF-16 char indexes into
 * {@link dev.parley.model.Source#text()}, end exclusive.
 */
@Export
@Version("1.0.0")
package dev.parley.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
