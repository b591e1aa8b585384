package dev.parley.model.report;

/**
 * What a briefing says about itself.
 *
 * @param title the report's title; null for one made from the sources
 * @param date  ISO-8601 date of the report; null for today
 */
public record ReportOptions(String title, String date) {
}
