package dev.parley.map.internal;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.ToolTipManager;

/**
 * Paints a map scene with zoom and pan, and lets the user drag markers and pick actors. Positions
 * the user dragged are kept as fractions of the scene's size, so they survive a rebuild at another
 * size or after an edit of the dossier.
 */
final class MapCanvas extends JPanel {

    static final double MIN_SCALE = 0.2;
    static final double MAX_SCALE = 8;
    /** Pixels the mouse may move between press and release for it to count as a click. */
    private static final int CLICK_SLOP = 3;

    private final Consumer<String> onPick;
    private Scene base;
    private Scene shown;
    /** Actor id to {dx, dy} as fractions of the scene's width and height. */
    private final Map<String, double[]> moves = new HashMap<>();
    private Set<String> highlighted = Set.of();
    private double scale = 1;
    private double tx;
    private double ty;

    /** @param onPick told the actor id clicked, or null for a click on empty space */
    MapCanvas(Consumer<String> onPick) {
        super(null);
        this.onPick = onPick;
        setOpaque(true);
        setBackground(Color.WHITE);
        ToolTipManager.sharedInstance().registerComponent(this);
        Mouse mouse = new Mouse();
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
        addMouseWheelListener(mouse);
    }

    /** Shows another scene; dragged positions are kept for the actors still in it. */
    void setScene(Scene scene) {
        base = scene;
        refresh();
    }

    Scene scene() {
        return shown;
    }

    /** Forgets where the user dragged markers to (a switch to another kind of map). */
    void clearMoves() {
        moves.clear();
        refresh();
    }

    void setHighlighted(List<String> actorIds) {
        highlighted = Set.copyOf(new LinkedHashSet<>(actorIds));
        repaint();
    }

    Set<String> highlighted() {
        return highlighted;
    }

    double scale() {
        return scale;
    }

    /** Zooms by {@code factor} keeping the scene point under ({@code sx}, {@code sy}) in place. */
    void zoom(double factor, double sx, double sy) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        tx = sx - (sx - tx) * next / scale;
        ty = sy - (sy - ty) * next / scale;
        scale = next;
        repaint();
    }

    /** Zooms about the middle of the component. */
    void zoom(double factor) {
        zoom(factor, getWidth() / 2.0, getHeight() / 2.0);
    }

    /** Scales the whole scene into the component and centres it. */
    void fit() {
        if (base == null || getWidth() <= 0 || getHeight() <= 0) {
            scale = 1;
            tx = 0;
            ty = 0;
        } else {
            scale = Math.min(getWidth() / (double) base.width, getHeight() / (double) base.height);
            tx = (getWidth() - base.width * scale) / 2;
            ty = (getHeight() - base.height * scale) / 2;
        }
        repaint();
    }

    void pan(double dx, double dy) {
        tx += dx;
        ty += dy;
        repaint();
    }

    /** Moves an actor's marker, label and edge ends by (dx, dy) scene units. */
    void moveActor(String id, double dx, double dy) {
        if (base == null) {
            return;
        }
        double[] m = moves.computeIfAbsent(id, k -> new double[2]);
        m[0] += dx / base.width;
        m[1] += dy / base.height;
        refresh();
    }

    /** Where an actor's marker is drawn, in scene units, or null when it is not drawn. */
    Point2D.Double position(String id) {
        if (shown == null) {
            return null;
        }
        for (int i = 0; i < shown.shapes.size(); i++) {
            if (shown.shapes.get(i) instanceof Scene.Circle c && shown.owners.get(i).equals(List.of(id))) {
                return new Point2D.Double(c.x(), c.y());
            }
        }
        return null;
    }

    Point2D.Double toScene(double sx, double sy) {
        return new Point2D.Double((sx - tx) / scale, (sy - ty) / scale);
    }

    Point2D.Double toScreen(double x, double y) {
        return new Point2D.Double(x * scale + tx, y * scale + ty);
    }

    /** The actor whose marker or label is at a scene point (the one drawn on top), or null. */
    String actorAt(Point2D p) {
        if (shown == null) {
            return null;
        }
        double slack = 3 / scale;
        for (int i = shown.shapes.size() - 1; i >= 0; i--) {
            List<String> ids = shown.owners.get(i);
            if (ids.size() != 1) {
                continue;
            }
            Scene.Shape sh = shown.shapes.get(i);
            if (sh instanceof Scene.Circle c && Math.hypot(p.getX() - c.x(), p.getY() - c.y()) <= c.r() + slack) {
                return ids.get(0);
            }
            if (sh instanceof Scene.Text t && p.getX() >= t.x() && p.getX() <= t.x() + Views.textWidth(t.text(), t.size())
                    && p.getY() >= t.y() - t.size() && p.getY() <= t.y() + 3) {
                return ids.get(0);
            }
        }
        return null;
    }

    /** The tooltip of the marker at a scene point: the actor's name and the reasons for its place. */
    String tooltipAt(Point2D p) {
        String id = actorAt(p);
        if (id == null) {
            return null;
        }
        for (int i = 0; i < shown.shapes.size(); i++) {
            if (shown.shapes.get(i) instanceof Scene.Circle c && shown.owners.get(i).equals(List.of(id))) {
                return c.title();
            }
        }
        return null;
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        String tip = tooltipAt(toScene(e.getX(), e.getY()));
        // wrap long explanations; the text is the actor's, so it is escaped
        return tip == null ? null : "<html><body style='width:320px'>" + escape(tip) + "</body></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void refresh() {
        if (base == null) {
            shown = null;
        } else if (moves.isEmpty()) {
            shown = base;
        } else {
            Map<String, double[]> offsets = new HashMap<>();
            moves.forEach((id, m) -> offsets.put(id, new double[] {m[0] * base.width, m[1] * base.height}));
            shown = base.moved(offsets);
        }
        repaint();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            if (shown == null) {
                return;
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            AffineTransform at = g.getTransform();
            at.translate(tx, ty);
            at.scale(scale, scale);
            g.setTransform(at);
            PngRenderer.draw(g, shown, highlighted);
        } finally {
            g.dispose();
        }
    }

    /** Press on a marker drags it, press elsewhere pans; a click without movement picks. */
    private final class Mouse extends MouseAdapter {
        private int pressX;
        private int pressY;
        private int lastX;
        private int lastY;
        private String dragged;
        private boolean moved;

        @Override
        public void mousePressed(MouseEvent e) {
            pressX = lastX = e.getX();
            pressY = lastY = e.getY();
            moved = false;
            dragged = actorAt(toScene(e.getX(), e.getY()));
        }

        @Override
        public void mouseDragged(MouseEvent e) {
            if (Math.abs(e.getX() - pressX) > CLICK_SLOP || Math.abs(e.getY() - pressY) > CLICK_SLOP) {
                moved = true;
            }
            if (moved) {
                double dx = e.getX() - lastX;
                double dy = e.getY() - lastY;
                if (dragged != null) {
                    moveActor(dragged, dx / scale, dy / scale);
                } else {
                    pan(dx, dy);
                }
                lastX = e.getX();
                lastY = e.getY();
            }
        }

        @Override
        public void mouseReleased(MouseEvent e) {
            if (!moved && e.getButton() == MouseEvent.BUTTON1) {
                onPick.accept(dragged);
            }
            dragged = null;
        }

        @Override
        public void mouseWheelMoved(MouseWheelEvent e) {
            zoom(Math.pow(1.1, -e.getPreciseWheelRotation()), e.getX(), e.getY());
        }
    }
}
