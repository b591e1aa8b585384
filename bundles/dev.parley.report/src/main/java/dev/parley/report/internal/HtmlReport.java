package dev.parley.report.internal;

import java.util.List;
import java.util.Locale;

/**
 * A self-contained HTML briefing: inline CSS and SVG maps, no external requests, and a
 * Content-Security-Policy that forbids scripts. Every text from the sources is escaped.
 */
final class HtmlReport {
    private HtmlReport() {
    }

    static String render(Briefing b, String gridSvg, String networkSvg) {
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "img-src data:; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'\">\n");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<title>").append(esc(b.title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>").append(esc(b.title)).append("</h1>\n<p class=\"meta\">Report date ").append(esc(b.date))
                .append(" \u00b7 ").append(b.sources.size()).append(" source").append(b.sources.size() == 1 ? "" : "s")
                .append(" \u00b7 ").append(b.actorCount).append(" actors \u00b7 focal actor: ").append(esc(b.focus))
                .append("</p></header>\n");
        h.append("<nav><a href=\"#bluf\">Bottom line</a> <a href=\"#actors\">Key actors</a> <a href=\"#map\">Map</a> "
                + "<a href=\"#alignments\">Alignments</a> <a href=\"#statements\">Statements</a> "
                + "<a href=\"#timeline\">Timeline</a> <a href=\"#sources\">Sources</a> <a href=\"#method\">Method</a></nav>\n");
        h.append("<section id=\"bluf\"><h2>1. Bottom line up front</h2>\n<ul class=\"bluf\">\n");
        for (Briefing.Claim c : b.bluf) {
            h.append("<li>").append(claim(c)).append("</li>\n");
        }
        h.append("</ul></section>\n");
        h.append("<section id=\"actors\"><h2>2. Key actors</h2>\n<table>\n<thead><tr><th>Actor</th><th>Type</th><th>Role</th>"
                + "<th>Affiliation</th><th>Influence</th><th>Interest</th><th>Stance</th><th>Camp</th><th>Quadrant</th>"
                + "</tr></thead>\n<tbody>\n");
        for (Briefing.Row r : b.actors) {
            h.append("<tr title=\"").append(esc(r.explanation())).append("\"><td>").append(esc(r.name()))
                    .append(r.assessed() ? " *" : "").append("</td><td>").append(esc(r.type())).append("</td><td>")
                    .append(esc(r.role())).append("</td><td>").append(esc(r.affiliation())).append("</td><td class=\"n\">")
                    .append(num(r.influence())).append("</td><td class=\"n\">").append(num(r.interest()))
                    .append("</td><td class=\"n\">").append(String.format(Locale.ROOT, "%+.2f", r.stance()))
                    .append("</td><td class=\"n\">").append(r.camp() == 0 ? "\u2013" : Integer.toString(r.camp()))
                    .append("</td><td>").append(esc(r.quadrant())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<p class=\"note\">Hover a row for the reasons behind its values. "
                + "* = analyst's assessment.</p></section>\n");
        h.append("<section id=\"map\"><h2>3. Stakeholder map</h2>\n<figure>").append(inline(gridSvg))
                .append("<figcaption>Power/interest grid</figcaption></figure>\n<figure>").append(inline(networkSvg))
                .append("<figcaption>Alignments network: cooperation solid, conflict dashed</figcaption></figure></section>\n");
        h.append("<section id=\"alignments\"><h2>4. Alignments</h2>\n");
        for (Briefing.Camp c : b.camps) {
            h.append("<h3>").append(esc(c.label())).append("</h3>\n<p>").append(esc(String.join(", ", c.members())))
                    .append("</p>\n");
            if (!c.relations().isEmpty()) {
                h.append("<ul>\n");
                for (Briefing.Claim r : c.relations()) {
                    h.append("<li>").append(claim(r)).append("</li>\n");
                }
                h.append("</ul>\n");
            }
        }
        h.append("</section>\n<section id=\"statements\"><h2>5. Key statements</h2>\n");
        if (b.statements.isEmpty()) {
            h.append("<p>No attributed quotes in the sources.</p>\n");
        }
        for (Briefing.Statements s : b.statements) {
            h.append("<h3>").append(esc(s.speaker())).append("</h3>\n");
            for (Briefing.Claim q : s.quotes()) {
                h.append("<blockquote>\u201c").append(esc(q.text())).append("\u201d ").append(refs(q.evidence()))
                        .append("</blockquote>\n");
            }
        }
        h.append("</section>\n<section id=\"timeline\"><h2>6. Timeline and what to watch</h2>\n");
        if (b.timeline.isEmpty()) {
            h.append("<p>The sources give no dates.</p>\n");
        } else {
            h.append("<table><thead><tr><th>Date</th><th>What</th></tr></thead><tbody>\n");
            for (Briefing.Dated t : b.timeline) {
                h.append("<tr><td>").append(esc(t.date())).append(t.announced() ? " (announced)" : "").append("</td><td>")
                        .append(claim(t.claim())).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n<section id=\"sources\"><h2>7. Sources</h2>\n<table><thead><tr><th>Source</th><th>Date</th>"
                + "<th>Reliability</th></tr></thead><tbody>\n");
        for (Briefing.SourceLine s : b.sources) {
            h.append("<tr><td>");
            if (s.uri() != null && (s.uri().startsWith("http://") || s.uri().startsWith("https://"))) {
                h.append("<a href=\"").append(esc(s.uri())).append("\" rel=\"noreferrer noopener\">").append(esc(s.title()))
                        .append("</a>");
            } else {
                h.append(esc(s.title()));
            }
            h.append("</td><td>").append(esc(s.date() == null ? "\u2013" : s.date())).append("</td><td>")
                    .append(esc(s.grade())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<h3>Evidence</h3>\n<ol class=\"evidence\">\n");
        for (Briefing.Ev e : b.evidence) {
            h.append("<li id=\"").append(e.id()).append("\"><b>").append(e.id()).append("</b> ").append(esc(e.text()))
                    .append(" <span class=\"src\">(").append(esc(e.sourceTitle())).append(")</span></li>\n");
        }
        h.append("</ol></section>\n<section id=\"method\"><h2>8. Method and confidence</h2>\n<p>").append(esc(Briefing.METHOD))
                .append("</p></section>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String claim(Briefing.Claim c) {
        return esc(c.text()) + (c.evidence().isEmpty() ? "" : " " + refs(c.evidence()));
    }

    private static String refs(List<String> ids) {
        StringBuilder sb = new StringBuilder("<span class=\"refs\">[");
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append("<a href=\"#").append(ids.get(i)).append("\">").append(ids.get(i)).append("</a>");
        }
        return sb.append("]</span>").toString();
    }

    /** An SVG document as an inline element. */
    static String inline(String svg) {
        int i = svg.indexOf("<svg");
        return i < 0 ? "" : svg.substring(i);
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static final String CSS = """
            body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 1100px; margin: 0 auto; padding: 1.5em;
                   color: #1a1a1a; line-height: 1.45; }
            header h1 { margin-bottom: 0.2em; }
            .meta, .note, .src { color: #555; font-size: 0.9em; }
            nav { border-top: 1px solid #ccc; border-bottom: 1px solid #ccc; padding: 0.4em 0; margin: 1em 0; }
            nav a { margin-right: 1em; }
            h2 { border-bottom: 2px solid #0072b2; padding-bottom: 0.15em; margin-top: 1.6em; }
            ul.bluf li { font-size: 1.08em; margin-bottom: 0.4em; }
            table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
            th, td { border: 1px solid #ddd; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
            th { background: #f0f4f8; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            figure { margin: 1em 0; }
            figure svg { width: 100%; height: auto; border: 1px solid #ddd; }
            figcaption { color: #555; font-size: 0.9em; }
            blockquote { border-left: 3px solid #0072b2; margin: 0.5em 0; padding: 0.2em 0.8em; background: #f7f9fb; }
            .refs a { font-size: 0.85em; }
            ol.evidence li { margin-bottom: 0.3em; }
            ol.evidence li:target { background: #fff3c4; }
            """;
}
