/**
 * The desktop workbench's contribution API. A bundle adds to the window by registering services:
 * {@link dev.parley.model.ui.ViewContribution views}, {@link dev.parley.model.ui.CommandContribution
 * commands} (menus, toolbar, key bindings) and {@link dev.parley.model.ui.PerspectiveContribution
 * perspectives}. When the bundle stops, its contributions leave the open window. Views and commands
 * reach the open dossier, the selection, undoable edits and background work through
 * {@link dev.parley.model.ui.Workbench}. Everything here is called on the Swing event thread unless
 * it says otherwise.
 */
@Export
@Version("1.0.0")
package dev.parley.model.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
