package dev.parley.map.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a map shows, independent of how it is rendered: shapes in drawing order. */
final class Scene {

    /** Something drawn. Colours are "#rrggbb"; dash 0 means a solid line. */
    sealed interface Shape permits Rect, Circle, Line, Text {
    }

    record Rect(double x, double y, double w, double h, String fill, String stroke, double strokeWidth)
            implements Shape {
    }

    record Circle(double x, double y, double r, String fill, String stroke, double strokeWidth, String title)
            implements Shape {
    }

    record Line(double x1, double y1, double x2, double y2, String color, double width, double dash, boolean arrow)
            implements Shape {
    }

    /** anchor: start, middle or end. */
    record Text(double x, double y, String text, double size, String anchor, String color, boolean bold)
            implements Shape {
    }

    final int width;
    final int height;
    final String title;
    final List<Shape> shapes = new ArrayList<>();
    /**
     * Parallel to {@link #shapes}: the actor ids each shape belongs to, so an interactive view can hit-test
     * and move a node with its label and its edges' ends. A marker or label has one id, an edge its source
     * and target ids, anything else none.
     */
    final List<List<String>> owners = new ArrayList<>();

    Scene(int width, int height, String title) {
        this.width = width;
        this.height = height;
        this.title = title;
    }

    Scene add(Shape s) {
        return add(s, new String[0]);
    }

    /** Adds a shape that belongs to actors: one id for a marker or its label, two (from, to) for an edge. */
    Scene add(Shape s, String... actorIds) {
        shapes.add(s);
        owners.add(List.of(actorIds));
        return this;
    }

    /** The ids of the actors drawn, in drawing order of their markers. */
    Set<String> actors() {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i) instanceof Circle && owners.get(i).size() == 1) {
                ids.add(owners.get(i).get(0));
            }
        }
        return ids;
    }

    /**
     * A copy with actors moved by {@code offsets} (actor id to {dx, dy}): a marker and its label move
     * whole; an edge's ends follow their actors and stay the same distance from the markers' centres
     * as before, so an arrow head still touches the ring.
     */
    Scene moved(Map<String, double[]> offsets) {
        Scene out = new Scene(width, height, title);
        Map<String, double[]> centres = new java.util.HashMap<>();
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i) instanceof Circle c && owners.get(i).size() == 1) {
                centres.putIfAbsent(owners.get(i).get(0), new double[] {c.x(), c.y()});
            }
        }
        for (int i = 0; i < shapes.size(); i++) {
            Shape sh = shapes.get(i);
            List<String> ids = owners.get(i);
            String[] idArray = ids.toArray(new String[0]);
            if (ids.size() == 1 && offsets.containsKey(ids.get(0))) {
                double[] o = offsets.get(ids.get(0));
                sh = shifted(sh, o[0], o[1]);
            } else if (ids.size() == 2 && sh instanceof Line l
                    && (offsets.containsKey(ids.get(0)) || offsets.containsKey(ids.get(1)))) {
                double[] a = centres.getOrDefault(ids.get(0), new double[] {l.x1(), l.y1()});
                double[] b = centres.getOrDefault(ids.get(1), new double[] {l.x2(), l.y2()});
                double gapA = Math.hypot(l.x1() - a[0], l.y1() - a[1]);
                double gapB = Math.hypot(l.x2() - b[0], l.y2() - b[1]);
                double[] oa = offsets.getOrDefault(ids.get(0), new double[2]);
                double[] ob = offsets.getOrDefault(ids.get(1), new double[2]);
                double ax = a[0] + oa[0];
                double ay = a[1] + oa[1];
                double bx = b[0] + ob[0];
                double by = b[1] + ob[1];
                double len = Math.max(1e-9, Math.hypot(bx - ax, by - ay));
                double ux = (bx - ax) / len;
                double uy = (by - ay) / len;
                sh = new Line(ax + ux * gapA, ay + uy * gapA, bx - ux * gapB, by - uy * gapB, l.color(), l.width(), l.dash(),
                        l.arrow());
            }
            out.add(sh, idArray);
        }
        return out;
    }

    private static Shape shifted(Shape sh, double dx, double dy) {
        if (sh instanceof Circle c) {
            return new Circle(c.x() + dx, c.y() + dy, c.r(), c.fill(), c.stroke(), c.strokeWidth(), c.title());
        }
        if (sh instanceof Text t) {
            return new Text(t.x() + dx, t.y() + dy, t.text(), t.size(), t.anchor(), t.color(), t.bold());
        }
        if (sh instanceof Rect r) {
            return new Rect(r.x() + dx, r.y() + dy, r.w(), r.h(), r.fill(), r.stroke(), r.strokeWidth());
        }
        Line l = (Line) sh;
        return new Line(l.x1() + dx, l.y1() + dy, l.x2() + dx, l.y2() + dy, l.color(), l.width(), l.dash(), l.arrow());
    }

    /** Colour of a camp: 1 blue, 2 vermilion, none grey (a palette readable with colour blindness). */
    static String campColour(int camp) {
        return switch (camp) {
            case 1 -> "#0072b2";
            case 2 -> "#d55e00";
            default -> "#7f7f7f";
        };
    }
}
