package dev.parley.report.internal;

import java.util.List;
import java.util.Locale;

/** The briefing as Markdown, with evidence references [E3] resolved in the Evidence list. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String render(Briefing b) {
        StringBuilder m = new StringBuilder(16_384);
        m.append("# ").append(text(b.title)).append("\n\n");
        m.append("Report date ").append(b.date).append(" · ").append(b.sources.size()).append(" source(s) · ")
                .append(b.actorCount).append(" actors · focal actor: ").append(text(b.focus)).append("\n\n");
        m.append("## 1. Bottom line up front\n\n");
        for (Briefing.Claim c : b.bluf) {
            m.append("- ").append(claim(c)).append('\n');
        }
        m.append("\n## 2. Key actors\n\n| Actor | Type | Role | Affiliation | Influence | Interest | Stance | Camp | Quadrant |\n");
        m.append("|---|---|---|---|---:|---:|---:|---:|---|\n");
        for (Briefing.Row r : b.actors) {
            m.append("| ").append(cell(r.name())).append(r.assessed() ? " \\*" : "").append(" | ").append(cell(r.type()))
                    .append(" | ").append(cell(r.role())).append(" | ").append(cell(r.affiliation())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f | %.2f | %+.2f | %s", r.influence(), r.interest(), r.stance(),
                            r.camp() == 0 ? "–" : Integer.toString(r.camp())))
                    .append(" | ").append(cell(r.quadrant())).append(" |\n");
        }
        m.append("\n## 3. Stakeholder map\n\nSee the HTML or PDF briefing, or `parley map` for the grid and network images.\n");
        m.append("\n## 4. Alignments\n\n");
        for (Briefing.Camp c : b.camps) {
            m.append("### ").append(text(c.label())).append("\n\n").append(text(String.join(", ", c.members()))).append("\n\n");
            for (Briefing.Claim r : c.relations()) {
                m.append("- ").append(claim(r)).append('\n');
            }
            m.append('\n');
        }
        m.append("## 5. Key statements\n\n");
        for (Briefing.Statements s : b.statements) {
            m.append("### ").append(text(s.speaker())).append("\n\n");
            for (Briefing.Claim q : s.quotes()) {
                m.append("> “").append(text(q.text())).append("” ").append(refs(q.evidence())).append("\n\n");
            }
        }
        m.append("## 6. Timeline and what to watch\n\n");
        for (Briefing.Dated t : b.timeline) {
            m.append("- **").append(t.date()).append("**").append(t.announced() ? " (announced)" : "").append(": ")
                    .append(claim(t.claim())).append('\n');
        }
        if (b.timeline.isEmpty()) {
            m.append("The sources give no dates.\n");
        }
        m.append("\n## 7. Sources\n\n| Source | Date | Reliability |\n|---|---|---|\n");
        for (Briefing.SourceLine s : b.sources) {
            String title = cell(s.title());
            m.append("| ").append(s.uri() != null && s.uri().startsWith("http") ? "[" + title + "](<" + s.uri().replace(">", "%3E") + ">)"
                    : title).append(" | ").append(s.date() == null ? "–" : cell(s.date())).append(" | ").append(s.grade()).append(" |\n");
        }
        m.append("\n### Evidence\n\n");
        for (Briefing.Ev e : b.evidence) {
            m.append("- **").append(e.id()).append("** ").append(text(e.text())).append(" (").append(text(e.sourceTitle()))
                    .append(")\n");
        }
        m.append("\n## 8. Method and confidence\n\n").append(Briefing.METHOD).append('\n');
        return m.toString();
    }

    private static String claim(Briefing.Claim c) {
        return text(c.text()) + (c.evidence().isEmpty() ? "" : " " + refs(c.evidence()));
    }

    private static String refs(List<String> ids) {
        return "[" + String.join(", ", ids) + "]";
    }

    /** Text from the sources: Markdown and HTML syntax neutralised, on one line. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*").replace("_", "\\_")
                .replace("`", "\\`").replace("[", "\\[").replace("]", "\\]").replaceAll("\\s*\\R\\s*", " ");
    }

    private static String cell(String s) {
        return text(s).replace("|", "\\|");
    }
}
