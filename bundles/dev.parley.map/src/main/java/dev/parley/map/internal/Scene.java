package dev.parley.map.internal;

import java.util.ArrayList;
import java.util.List;

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

    Scene(int width, int height, String title) {
        this.width = width;
        this.height = height;
        this.title = title;
    }

    Scene add(Shape s) {
        shapes.add(s);
        return this;
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
