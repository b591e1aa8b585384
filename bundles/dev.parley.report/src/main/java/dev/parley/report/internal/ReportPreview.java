package dev.parley.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The briefing as simple HTML for Swing's HTML kit (HTML 3.2, little CSS, no SVG) and as plain text,
 * made from the same {@link Briefing} as the exported files. The maps are {@code img} elements whose
 * sources the caller resolves from the document's image cache, so nothing is fetched.
 *
 * @param html the preview page
 * @param text the same content as plain lines: headings, "- " bullets, short paragraphs
 */
record ReportPreview(String html, String text) {

    /** Image sources of the two maps, keys of the preview document's image cache. */
    static final String GRID_SRC = "http://preview.parley.invalid/grid.png";
    static final String NETWORK_SRC = "http://preview.parley.invalid/network.png";

    /** @param maps whether the map images are available; if not, a line says where the maps are */
    static ReportPreview of(Briefing b, boolean maps) {
        Builder p = new Builder();
        p.heading(1, b.title);
        p.paragraph("Report date " + b.date + " \u00b7 " + b.sources.size() + " source(s) \u00b7 " + b.actorCount
                + " actors \u00b7 focal actor: " + b.focus, true);
        p.heading(2, "1. Bottom line up front");
        p.bullets(b.bluf.stream().map(ReportPreview::claim).toList());
        p.heading(2, "2. Key actors");
        p.actors(b.actors);
        p.heading(2, "3. Stakeholder map");
        if (maps) {
            p.image(GRID_SRC, "Power/interest grid");
            p.image(NETWORK_SRC, "Alignments network: cooperation solid, conflict dashed, affiliation dotted");
        } else {
            p.paragraph("The maps are in the exported HTML and PDF briefings, and in the Stakeholder map view.", true);
        }
        p.heading(2, "4. Alignments");
        for (Briefing.Camp c : b.camps) {
            p.heading(3, c.label());
            p.paragraph(String.join(", ", c.members()), false);
            p.bullets(c.relations().stream().map(ReportPreview::claim).toList());
        }
        p.heading(2, "5. Key statements");
        if (b.statements.isEmpty()) {
            p.paragraph("No attributed quotes in the sources.", false);
        }
        for (Briefing.Statements s : b.statements) {
            p.heading(3, s.speaker());
            p.bullets(s.quotes().stream().map(q -> "\u201c" + q.text() + "\u201d " + refs(q.evidence())).toList());
        }
        p.heading(2, "6. Timeline and what to watch");
        if (b.timeline.isEmpty()) {
            p.paragraph("The sources give no dates.", false);
        }
        p.bullets(b.timeline.stream()
                .map(t -> t.date() + (t.announced() ? " (announced)" : "") + ": " + claim(t.claim())).toList());
        p.heading(2, "7. Sources");
        p.bullets(b.sources.stream().map(s -> s.title() + " \u00b7 " + (s.date() == null ? "no date" : s.date())
                + " \u00b7 reliability " + s.grade()).toList());
        p.heading(3, "Evidence");
        p.bullets(b.evidence.stream().map(e -> e.id() + " " + e.text() + " (" + e.sourceTitle() + ")").toList());
        p.heading(2, "8. Method and confidence");
        p.paragraph(Briefing.METHOD, false);
        return new ReportPreview(p.html(), p.text.toString());
    }

    private static String claim(Briefing.Claim c) {
        return c.text() + (c.evidence().isEmpty() ? "" : " " + refs(c.evidence()));
    }

    private static String refs(List<String> ids) {
        return "[" + String.join(", ", ids) + "]";
    }

    /** Writes HTML and text side by side, so the two cannot drift apart. */
    private static final class Builder {
        private final StringBuilder html = new StringBuilder(16_384);
        private final StringBuilder text = new StringBuilder(8_192);

        Builder() {
            html.append("<html><head><style>body { font-family: sans-serif; margin: 8px; } "
                    + "h2 { color: #00527f; margin-top: 14px; } h3 { margin-top: 8px; } .meta { color: #555555; } "
                    + "th { background-color: #f0f4f8; text-align: left; } td.n { text-align: right; }</style></head><body>\n");
        }

        void heading(int level, String s) {
            html.append("<h").append(level).append('>').append(HtmlReport.esc(s)).append("</h").append(level).append(">\n");
            line(s);
        }

        void paragraph(String s, boolean meta) {
            html.append(meta ? "<p class=\"meta\">" : "<p>").append(HtmlReport.esc(s)).append("</p>\n");
            line(s);
        }

        void bullets(List<String> items) {
            if (items.isEmpty()) {
                return;
            }
            html.append("<ul>\n");
            for (String s : items) {
                html.append("<li>").append(HtmlReport.esc(s)).append("</li>\n");
                line("- " + s);
            }
            html.append("</ul>\n");
        }

        void actors(List<Briefing.Row> rows) {
            html.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Actor</th><th>Type</th>"
                    + "<th>Role</th><th>Affiliation</th><th>Influence</th><th>Interest</th><th>Stance</th><th>Camp</th>"
                    + "<th>Quadrant</th></tr>\n");
            for (Briefing.Row r : rows) {
                String stance = String.format(Locale.ROOT, "%+.2f", r.stance());
                String camp = r.camp() == 0 ? "\u2013" : Integer.toString(r.camp());
                html.append("<tr><td>").append(HtmlReport.esc(r.name())).append(r.assessed() ? " *" : "")
                        .append("</td><td>").append(HtmlReport.esc(r.type())).append("</td><td>")
                        .append(HtmlReport.esc(r.role())).append("</td><td>").append(HtmlReport.esc(r.affiliation()))
                        .append("</td><td class=\"n\">").append(HtmlReport.num(r.influence()))
                        .append("</td><td class=\"n\">").append(HtmlReport.num(r.interest()))
                        .append("</td><td class=\"n\">").append(stance).append("</td><td class=\"n\">").append(camp)
                        .append("</td><td>").append(HtmlReport.esc(r.quadrant())).append("</td></tr>\n");
                List<String> parts = new ArrayList<>();
                parts.add(r.type());
                if (r.role() != null) {
                    parts.add(r.role());
                }
                if (r.affiliation() != null) {
                    parts.add("of " + r.affiliation());
                }
                line("- " + r.name() + (r.assessed() ? " *" : "") + ": " + String.join(", ", parts) + "; influence "
                        + HtmlReport.num(r.influence()) + ", interest " + HtmlReport.num(r.interest()) + ", stance " + stance
                        + ", camp " + camp + ", " + r.quadrant());
            }
            html.append("</table>\n<p class=\"meta\">* = analyst's assessment.</p>\n");
        }

        void image(String src, String caption) {
            html.append("<p><img src=\"").append(src).append("\" alt=\"").append(HtmlReport.esc(caption))
                    .append("\"><br><span class=\"meta\">").append(HtmlReport.esc(caption)).append("</span></p>\n");
            line("[" + caption + "]");
        }

        private void line(String s) {
            text.append(s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ")).append('\n');
        }

        String html() {
            return html + "</body></html>\n";
        }
    }
}
