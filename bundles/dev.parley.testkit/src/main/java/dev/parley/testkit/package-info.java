/**
 * Helpers for testing Parley plugins: {@link dev.parley.testkit.ImporterHarness} runs an importer
 * over a file without OSGi; {@link dev.parley.testkit.WorkbenchHarness} is a workbench without a
 * window for unit tests of views; {@link dev.parley.testkit.BundleFramework} boots an embedded
 * Felix with the module's own built bundle, for a test that its manifest and DS components wire up;
 * {@link dev.parley.testkit.ParleyRuntime} runs a copy of an assembled Parley with plugin jars
 * installed, for tests in the real application.
 */
@Export
@Version("1.1.0")
package dev.parley.testkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
