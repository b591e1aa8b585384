/**
 * Briefing reports: {@link dev.parley.model.report.ReportExporter} services write a dossier and its
 * analysis as a briefing (HTML, PDF, Markdown, JSON, or formats other bundles add).
 */
@Export
@Version("1.0.0")
package dev.parley.model.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
