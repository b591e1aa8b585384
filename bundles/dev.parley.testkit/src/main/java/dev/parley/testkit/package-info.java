/**
 * Helpers for testing Parley plugins: {@link dev.parley.testkit.ImporterHarness} runs an importer
 * over a file without OSGi; {@link dev.parley.testkit.ParleyRuntime} runs a copy of an assembled
 * Parley with plugin jars installed, for tests in the real framework.
 */
@Export
@Version("1.0.0")
package dev.parley.testkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
