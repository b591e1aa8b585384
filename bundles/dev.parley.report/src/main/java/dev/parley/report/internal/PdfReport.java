package dev.parley.report.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The briefing as PDF: the same sections; evidence cited as [E3] and listed under Sources. */
final class PdfReport {
    private PdfReport() {
    }

    static byte[] render(Briefing b, byte[] gridPng, byte[] networkPng) throws IOException {
        try (PdfWriter w = new PdfWriter()) {
            w.heading(b.title, 1);
            w.paragraph("Report date " + b.date + " \u00b7 " + b.sources.size() + " source(s) \u00b7 " + b.actorCount
                    + " actors \u00b7 focal actor: " + b.focus, 9.5f, 0);
            w.heading("1. Bottom line up front", 2);
            for (Briefing.Claim c : b.bluf) {
                w.bullet(claim(c), 11);
            }
            w.heading("2. Key actors", 2);
            List<String[]> rows = new ArrayList<>();
            for (Briefing.Row r : b.actors) {
                rows.add(new String[] {r.name() + (r.assessed() ? " *" : ""), r.type(), r.role(), r.affiliation(),
                    String.format(Locale.ROOT, "%.2f", r.influence()), String.format(Locale.ROOT, "%.2f", r.interest()),
                    String.format(Locale.ROOT, "%+.2f", r.stance()), r.camp() == 0 ? "-" : Integer.toString(r.camp()),
                    r.quadrant()});
            }
            w.table(new String[] {"Actor", "Type", "Role", "Affiliation", "Infl.", "Inter.", "Stance", "Camp", "Quadrant"},
                    new float[] {0.19f, 0.11f, 0.15f, 0.13f, 0.07f, 0.07f, 0.08f, 0.06f, 0.14f}, rows, 8.5f);
            w.paragraph("* = analyst's assessment. The reasons behind every value are in the JSON and HTML briefings.", 8.5f, 0);
            w.heading("3. Stakeholder map", 2);
            w.image(gridPng, "Power/interest grid");
            w.image(networkPng, "Alignments network: cooperation solid green, conflict dashed red, affiliation dotted");
            w.heading("4. Alignments", 2);
            for (Briefing.Camp c : b.camps) {
                w.heading(c.label(), 3);
                w.paragraph(String.join(", ", c.members()), 10, 0);
                for (Briefing.Claim r : c.relations()) {
                    w.bullet(claim(r), 9.5f);
                }
            }
            w.heading("5. Key statements", 2);
            if (b.statements.isEmpty()) {
                w.paragraph("No attributed quotes in the sources.", 10, 0);
            }
            for (Briefing.Statements s : b.statements) {
                w.heading(s.speaker(), 3);
                for (Briefing.Claim q : s.quotes()) {
                    w.paragraph("\u201c" + q.text() + "\u201d [" + String.join(", ", q.evidence()) + "]", 10, 12);
                }
            }
            w.heading("6. Timeline and what to watch", 2);
            if (b.timeline.isEmpty()) {
                w.paragraph("The sources give no dates.", 10, 0);
            }
            for (Briefing.Dated t : b.timeline) {
                w.bullet(t.date() + (t.announced() ? " (announced)" : "") + ": " + claim(t.claim()), 10);
            }
            w.heading("7. Sources", 2);
            List<String[]> src = new ArrayList<>();
            for (Briefing.SourceLine s : b.sources) {
                src.add(new String[] {s.title() + (s.uri() == null ? "" : "\n" + s.uri()), s.date() == null ? "-" : s.date(), s.grade()});
            }
            w.table(new String[] {"Source", "Date", "Reliability"}, new float[] {0.66f, 0.17f, 0.17f}, src, 9);
            w.heading("Evidence", 3);
            for (Briefing.Ev e : b.evidence) {
                w.paragraph(e.id() + "  " + e.text() + " (" + e.sourceTitle() + ")", 9, 0);
            }
            w.heading("8. Method and confidence", 2);
            w.paragraph(Briefing.METHOD, 9.5f, 0);
            return w.finish("Parley briefing: " + b.title);
        }
    }

    private static String claim(Briefing.Claim c) {
        return c.text() + (c.evidence().isEmpty() ? "" : " [" + String.join(", ", c.evidence()) + "]");
    }
}
