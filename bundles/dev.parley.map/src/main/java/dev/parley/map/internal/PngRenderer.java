package dev.parley.map.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import javax.imageio.ImageIO;

/** Draws a scene with Java2D into a PNG (headless). */
final class PngRenderer {
    private PngRenderer() {
    }

    static byte[] render(Scene s) {
        // the CLI draws without a display; a desktop workbench that said java.awt.headless=false keeps its windows
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        BufferedImage img = new BufferedImage(s.width, s.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, s.width, s.height);
            draw(g, s, Set.of());
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws the shapes of a scene, in scene coordinates, onto any Java2D surface: the PNG and the
     * workbench's map view share it.
     *
     * @param highlighted actor ids whose markers get a thicker ring (the selection); empty for none
     */
    static void draw(Graphics2D g, Scene s, Set<String> highlighted) {
        for (int i = 0; i < s.shapes.size(); i++) {
            Scene.Shape shape = s.shapes.get(i);
            if (shape instanceof Scene.Rect r) {
                Rectangle2D rect = new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h());
                if (!"none".equals(r.fill())) {
                    g.setColor(Color.decode(r.fill()));
                    g.fill(rect);
                }
                if (!"none".equals(r.stroke()) && r.strokeWidth() > 0) {
                    g.setColor(Color.decode(r.stroke()));
                    g.setStroke(new BasicStroke((float) r.strokeWidth()));
                    g.draw(rect);
                }
            }
            if (shape instanceof Scene.Circle c) {
                Ellipse2D e = new Ellipse2D.Double(c.x() - c.r(), c.y() - c.r(), 2 * c.r(), 2 * c.r());
                g.setColor(Color.decode(c.fill()));
                g.fill(e);
                g.setColor(Color.decode(c.stroke()));
                boolean marked = !highlighted.isEmpty() && s.owners.get(i).size() == 1
                        && highlighted.contains(s.owners.get(i).get(0));
                g.setStroke(new BasicStroke((float) (marked ? c.strokeWidth() + 3 : c.strokeWidth())));
                g.draw(e);
            }
            if (shape instanceof Scene.Line l) {
                g.setColor(Color.decode(l.color()));
                g.setStroke(l.dash() > 0 ? new BasicStroke((float) l.width(), BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {(float) l.dash(), (float) l.dash()}, 0f)
                        : new BasicStroke((float) l.width()));
                g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
                if (l.arrow()) {
                    arrowHead(g, l);
                }
            }
            if (shape instanceof Scene.Text t) {
                g.setColor(Color.decode(t.color()));
                g.setFont(new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, (int) Math.round(t.size())));
                FontMetrics fm = g.getFontMetrics();
                int w = fm.stringWidth(t.text());
                double x = switch (t.anchor()) {
                    case "middle" -> t.x() - w / 2.0;
                    case "end" -> t.x() - w;
                    default -> t.x();
                };
                g.drawString(t.text(), (float) x, (float) t.y());
            }
        }
    }

    private static void arrowHead(Graphics2D g, Scene.Line l) {
        double angle = Math.atan2(l.y2() - l.y1(), l.x2() - l.x1());
        double size = 8;
        Path2D p = new Path2D.Double();
        p.moveTo(l.x2(), l.y2());
        p.lineTo(l.x2() - size * Math.cos(angle - 0.4), l.y2() - size * Math.sin(angle - 0.4));
        p.lineTo(l.x2() - size * Math.cos(angle + 0.4), l.y2() - size * Math.sin(angle + 0.4));
        p.closePath();
        g.setColor(new Color(0x55, 0x55, 0x55));
        g.fill(p);
    }
}
