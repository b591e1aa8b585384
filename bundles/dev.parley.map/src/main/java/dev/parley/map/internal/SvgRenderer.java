package dev.parley.map.internal;

import java.util.Locale;

/** Writes a scene as a standalone SVG document. All text is escaped. */
final class SvgRenderer {
    private SvgRenderer() {
    }

    static String render(Scene s) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\">%n", s.width, s.height, s.width, s.height));
        sb.append("<title>").append(esc(s.title)).append("</title>\n");
        sb.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555555\"/>"
                + "</marker></defs>\n");
        for (Scene.Shape shape : s.shapes) {
                if (shape instanceof Scene.Rect r) sb.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"/>%n",
                        r.x(), r.y(), r.w(), r.h(), r.fill(), r.stroke(), r.strokeWidth()));
                if (shape instanceof Scene.Circle c) sb.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\">"
                                + "<title>%s</title></circle>%n",
                        c.x(), c.y(), c.r(), c.fill(), c.stroke(), c.strokeWidth(), esc(c.title())));
                if (shape instanceof Scene.Line l) sb.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s%s/>%n",
                        l.x1(), l.y1(), l.x2(), l.y2(), l.color(), l.width(),
                        l.dash() > 0 ? String.format(Locale.ROOT, " stroke-dasharray=\"%.1f %.1f\"", l.dash(), l.dash()) : "",
                        l.arrow() ? " marker-end=\"url(#arrow)\"" : ""));
                if (shape instanceof Scene.Text t) sb.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\" fill=\"%s\"%s>%s</text>%n",
                        t.x(), t.y(), t.size(), t.anchor(), t.color(), t.bold() ? " font-weight=\"bold\"" : "", esc(t.text())));
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
