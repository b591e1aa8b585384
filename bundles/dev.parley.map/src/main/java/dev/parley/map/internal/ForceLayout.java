package dev.parley.map.internal;

import java.util.Random;

/**
 * Force-directed layout with Barnes–Hut repulsion (a quadtree, theta 0.9): O(n log n) per
 * iteration. Cooperation ties pull their ends together, conflict ties pull weakly and push apart up
 * close, so camps separate. The same graph and seed give the same positions.
 */
public final class ForceLayout {

    /** Positions in the unit square [0,1] x [0,1]. */
    public record Result(double[] x, double[] y, int iterations, long nanos) {
    }

    private static final double THETA = 0.9;

    private ForceLayout() {
    }

    /**
     * @param sign of each edge: +1 cooperation, -1 conflict, 0 neutral
     */
    public static Result layout(int n, int[] from, int[] to, int[] sign, long seed, int iterations) {
        long t0 = System.nanoTime();
        double[] x = new double[n];
        double[] y = new double[n];
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble();
            y[i] = r.nextDouble();
        }
        if (n <= 1) {
            if (n == 1) {
                x[0] = 0.5;
                y[0] = 0.5;
            }
            return new Result(x, y, 0, System.nanoTime() - t0);
        }
        double k = Math.sqrt(1.0 / n);
        double[] dx = new double[n];
        double[] dy = new double[n];
        Quad tree = new Quad();
        for (int it = 0; it < iterations; it++) {
            double temperature = 0.1 * (1.0 - it / (double) iterations) + 0.002;
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            tree.build(x, y, n);
            for (int i = 0; i < n; i++) {
                tree.repulse(i, x[i], y[i], k * k, dx, dy);
            }
            for (int e = 0; e < from.length; e++) {
                int a = from[e];
                int b = to[e];
                double ddx = x[a] - x[b];
                double ddy = y[a] - y[b];
                double d = Math.sqrt(ddx * ddx + ddy * ddy) + 1e-9;
                double pull = (sign[e] > 0 ? 1.0 : 0.3) * d * d / k;
                if (sign[e] < 0 && d < 3 * k) {
                    pull -= 2 * k * k / d; // adversaries keep their distance
                }
                double fx = ddx / d * pull;
                double fy = ddy / d * pull;
                dx[a] -= fx;
                dy[a] -= fy;
                dx[b] += fx;
                dy[b] += fy;
            }
            for (int i = 0; i < n; i++) {
                // gentle gravity keeps loose parts on the page
                dx[i] += (0.5 - x[i]) * 0.05 * k * n / Math.max(1, n / 10.0);
                dy[i] += (0.5 - y[i]) * 0.05 * k * n / Math.max(1, n / 10.0);
                double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 1e-12;
                double step = Math.min(len, temperature);
                x[i] += dx[i] / len * step;
                y[i] += dy[i] / len * step;
            }
        }
        normalise(x);
        normalise(y);
        return new Result(x, y, iterations, System.nanoTime() - t0);
    }

    private static void normalise(double[] v) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double d : v) {
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        double span = max - min;
        for (int i = 0; i < v.length; i++) {
            v[i] = span < 1e-12 ? 0.5 : (v[i] - min) / span;
        }
    }

    /** A quadtree over the points, kept in flat arrays and rebuilt each iteration. */
    static final class Quad {
        private int[] child = new int[0];   // 4 per cell, -1 none
        private double[] cx;
        private double[] cy;
        private double[] mass;
        private double[] size;
        private double[] ox;
        private double[] oy;
        private int[] point;                 // the single point of a leaf, -1 otherwise
        private int cells;

        void build(double[] x, double[] y, int n) {
            int capacity = Math.max(16, 4 * n + 16);
            if (child.length < capacity * 4) {
                child = new int[capacity * 4];
                cx = new double[capacity];
                cy = new double[capacity];
                mass = new double[capacity];
                size = new double[capacity];
                ox = new double[capacity];
                oy = new double[capacity];
                point = new int[capacity];
            }
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                minX = Math.min(minX, x[i]);
                minY = Math.min(minY, y[i]);
                maxX = Math.max(maxX, x[i]);
                maxY = Math.max(maxY, y[i]);
            }
            cells = 0;
            newCell(minX, minY, Math.max(maxX - minX, maxY - minY) + 1e-9);
            for (int i = 0; i < n; i++) {
                insert(0, i, x, y, 0);
            }
        }

        private int newCell(double x0, double y0, double s) {
            if (cells == point.length) {
                grow();
            }
            int c = cells++;
            ox[c] = x0;
            oy[c] = y0;
            size[c] = s;
            mass[c] = 0;
            cx[c] = 0;
            cy[c] = 0;
            point[c] = -1;
            child[4 * c] = child[4 * c + 1] = child[4 * c + 2] = child[4 * c + 3] = -1;
            return c;
        }

        private void grow() {
            int cap = point.length * 2;
            child = java.util.Arrays.copyOf(child, cap * 4);
            cx = java.util.Arrays.copyOf(cx, cap);
            cy = java.util.Arrays.copyOf(cy, cap);
            mass = java.util.Arrays.copyOf(mass, cap);
            size = java.util.Arrays.copyOf(size, cap);
            ox = java.util.Arrays.copyOf(ox, cap);
            oy = java.util.Arrays.copyOf(oy, cap);
            point = java.util.Arrays.copyOf(point, cap);
        }

        private void insert(int c, int i, double[] x, double[] y, int depth) {
            while (true) {
                // running centre of mass
                cx[c] = (cx[c] * mass[c] + x[i]) / (mass[c] + 1);
                cy[c] = (cy[c] * mass[c] + y[i]) / (mass[c] + 1);
                mass[c] += 1;
                if (mass[c] == 1) {
                    point[c] = i;
                    return;
                }
                if (depth > 40) {
                    return; // coincident points: keep them lumped
                }
                if (point[c] >= 0) {
                    int old = point[c];
                    point[c] = -1;
                    pushDown(c, old, x, y);
                }
                c = childFor(c, x[i], y[i]);
                depth++;
            }
        }

        private void pushDown(int c, int p, double[] x, double[] y) {
            int q = childFor(c, x[p], y[p]);
            cx[q] = x[p];
            cy[q] = y[p];
            mass[q] = 1;
            point[q] = p;
        }

        private int childFor(int c, double px, double py) {
            double half = size[c] / 2;
            int idx = (px >= ox[c] + half ? 1 : 0) + (py >= oy[c] + half ? 2 : 0);
            int q = child[4 * c + idx];
            if (q < 0) {
                q = newCell(ox[c] + (idx & 1) * half, oy[c] + (idx >> 1) * half, half);
                child[4 * c + idx] = q;
            }
            return q;
        }

        /** Adds to (dx, dy) the repulsion on point i from every other point, far groups taken as one. */
        void repulse(int i, double px, double py, double k2, double[] dx, double[] dy) {
            int[] stack = new int[64];
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int c = stack[--top];
                if (mass[c] == 0 || point[c] == i) {
                    continue;
                }
                double ddx = px - cx[c];
                double ddy = py - cy[c];
                double d2 = ddx * ddx + ddy * ddy + 1e-12;
                boolean leaf = point[c] >= 0;
                if (leaf || size[c] * size[c] < THETA * THETA * d2) {
                    double f = k2 * mass[c] / d2;
                    dx[i] += ddx * f;
                    dy[i] += ddy * f;
                    continue;
                }
                for (int q = 0; q < 4; q++) {
                    int ch = child[4 * c + q];
                    if (ch >= 0) {
                        if (top == stack.length) {
                            stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                        }
                        stack[top++] = ch;
                    }
                }
            }
        }
    }
}
