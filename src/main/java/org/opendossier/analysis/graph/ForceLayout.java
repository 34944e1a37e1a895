package org.opendossier.analysis.graph;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.opendossier.model.ActorGraph;
import org.opendossier.model.ActorGraph.Edge;
import org.opendossier.model.ActorGraph.Point;

/**
 * Places the nodes of an {@link ActorGraph} for drawing: Fruchterman–Reingold force-directed layout
 * (Fruchterman and Reingold, 1991): every pair of nodes pushes apart with k²/d, every edge pulls its ends
 * together with d²/k, and the step each node may take cools linearly over a fixed number of iterations. The
 * push of all nodes on one is summed with a Barnes–Hut quadtree (Barnes and Hut, 1986; θ = 1.2, the default of Gephi's ForceAtlas2), so an iteration
 * costs about n log n + edges: a network of 2,000 nodes lays out in well under 2 s.
 *
 * <p>Deterministic: the same graph, seed and starting positions give the same picture. Each node starts at a
 * position drawn from the seed and its actor id, so a node starts in the same place in every filtered view of
 * a network. Edges pull in proportion to {@code 1 + ln(weight)}, so strong co-occurrence draws actors closer
 * without one heavy pair collapsing the picture; a pull to the centre, growing with the distance, keeps isolated
 * actors and separate components in frame. The result is scaled uniformly (keeping its proportions) and centred
 * in the box asked for.
 */
public final class ForceLayout {
    /** The seed of {@link #ForceLayout()}. */
    public static final long DEFAULT_SEED = 0x0D0551E2L;

    /** The iterations of {@link #ForceLayout()}. */
    public static final int DEFAULT_ITERATIONS = 300;

    /** The pull to the centre, proportional to the distance; it sets the picture's overall scale. */
    private static final double GRAVITY = 4;

    private final long seed;
    private final int iterations;

    /** A layout with the default seed and iteration count. */
    public ForceLayout() {
        this(DEFAULT_SEED, DEFAULT_ITERATIONS);
    }

    public ForceLayout(long seed, int iterations) {
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be 0 or more, not " + iterations);
        }
        this.seed = seed;
        this.iterations = iterations;
    }

    /** Positions in the unit box, [0, 1] × [0, 1]. */
    public Map<Long, Point> layout(ActorGraph graph) {
        return layout(graph, 1, 1, Map.of());
    }

    /** Positions in the box [0, width] × [0, height]. */
    public Map<Long, Point> layout(ActorGraph graph, double width, double height) {
        return layout(graph, width, height, Map.of());
    }

    /**
     * Positions in the box [0, width] × [0, height], starting from {@code start} where it has a node (in the
     * same box), so that a view that changes its filter moves its nodes little.
     *
     * @return every node's position, in the order of {@link ActorGraph#nodes()}
     */
    public Map<Long, Point> layout(ActorGraph graph, double width, double height, Map<Long, Point> start) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(start, "start");
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException(
                    "the layout box must have a positive size, not " + width + " × " + height);
        }
        int n = graph.nodes().size();
        long[] ids = new long[n];
        Map<Long, Integer> index = HashMap.newHashMap(n);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            long id = graph.nodes().get(i).actorId();
            ids[i] = id;
            index.put(id, i);
            Point p = start.get(id);
            if (p != null) {
                x[i] = p.x() / width;
                y[i] = p.y() / height;
            } else {
                SplittableRandom random = new SplittableRandom(seed ^ (id * 0x9E3779B97F4A7C15L));
                x[i] = random.nextDouble();
                y[i] = random.nextDouble();
            }
        }
        int m = graph.edges().size();
        int[] from = new int[m];
        int[] to = new int[m];
        double[] pull = new double[m];
        for (int e = 0; e < m; e++) {
            Edge edge = graph.edges().get(e);
            from[e] = index.get(edge.fromActorId());
            to[e] = index.get(edge.toActorId());
            pull[e] = 1 + Math.log(edge.weight());
        }
        if (n > 1) {
            simulate(x, y, from, to, pull);
        }
        return fit(ids, x, y, width, height);
    }

    private void simulate(double[] x, double[] y, int[] from, int[] to, double[] pull) {
        int n = x.length;
        double k = Math.sqrt(1.0 / n);
        double[] dx = new double[n];
        double[] dy = new double[n];
        QuadTree tree = new QuadTree(n);
        double temperature = 0.1;
        double cooling = temperature / Math.max(1, iterations);
        for (int round = 0; round < iterations; round++) {
            Arrays.fill(dx, 0);
            Arrays.fill(dy, 0);
            tree.build(x, y);
            for (int i = 0; i < n; i++) {
                tree.repel(i, x, y, k * k, dx, dy);
            }
            for (int e = 0; e < from.length; e++) {
                int a = from[e];
                int b = to[e];
                double ddx = x[a] - x[b];
                double ddy = y[a] - y[b];
                double d = Math.sqrt(ddx * ddx + ddy * ddy);
                double force = d / k * pull[e]; // d²/k, divided by d for the unit vector
                dx[a] -= ddx * force;
                dy[a] -= ddy * force;
                dx[b] += ddx * force;
                dy[b] += ddy * force;
            }
            for (int i = 0; i < n; i++) {
                dx[i] -= (x[i] - 0.5) * GRAVITY;
                dy[i] -= (y[i] - 0.5) * GRAVITY;
                double length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length > 0) {
                    double step = Math.min(length, temperature);
                    x[i] += dx[i] / length * step;
                    y[i] += dy[i] / length * step;
                }
            }
            temperature -= cooling;
        }
    }

    /** Scales and centres the positions into the box, keeping their proportions. */
    private static Map<Long, Point> fit(long[] ids, double[] x, double[] y, double width, double height) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ids.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        double scale = Math.min(
                spanX > 0 ? width / spanX : Double.POSITIVE_INFINITY,
                spanY > 0 ? height / spanY : Double.POSITIVE_INFINITY);
        Map<Long, Point> out = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            double px = Double.isInfinite(scale) ? width / 2 : (x[i] - minX) * scale + (width - spanX * scale) / 2;
            double py = Double.isInfinite(scale) ? height / 2 : (y[i] - minY) * scale + (height - spanY * scale) / 2;
            out.put(ids[i], new Point(clamp(px, width), clamp(py, height)));
        }
        return Collections.unmodifiableMap(out);
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }

    /**
     * A Barnes–Hut quadtree over the current positions, rebuilt every iteration in flat arrays: a cell far
     * enough away (its side over its distance below {@link #THETA}) pushes as one body at its centre of mass.
     */
    private static final class QuadTree {
        private static final double THETA = 1.2;
        private static final int EMPTY = -1;
        private static final int INNER = -2;
        private static final double SMALLEST = 1e-9;

        private int capacity;
        private double[] centreX;
        private double[] centreY;
        private double[] half;
        private double[] massX;
        private double[] massY;
        private int[] mass;
        private int[] body;
        private int[] children;
        private int[] stack;
        private int cells;

        QuadTree(int nodes) {
            allocate(Math.max(16, nodes * 4));
        }

        private void allocate(int size) {
            capacity = size;
            centreX = Arrays.copyOf(centreX == null ? new double[0] : centreX, size);
            centreY = Arrays.copyOf(centreY == null ? new double[0] : centreY, size);
            half = Arrays.copyOf(half == null ? new double[0] : half, size);
            massX = Arrays.copyOf(massX == null ? new double[0] : massX, size);
            massY = Arrays.copyOf(massY == null ? new double[0] : massY, size);
            mass = Arrays.copyOf(mass == null ? new int[0] : mass, size);
            body = Arrays.copyOf(body == null ? new int[0] : body, size);
            children = Arrays.copyOf(children == null ? new int[0] : children, size * 4);
            stack = new int[size * 4];
        }

        void build(double[] x, double[] y) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                minX = Math.min(minX, x[i]);
                maxX = Math.max(maxX, x[i]);
                minY = Math.min(minY, y[i]);
                maxY = Math.max(maxY, y[i]);
            }
            cells = 0;
            newCell((minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY) / 2 + SMALLEST);
            for (int i = 0; i < x.length; i++) {
                insert(i, x, y);
            }
        }

        private int newCell(double cx, double cy, double h) {
            if (cells == capacity) {
                allocate(capacity * 2);
            }
            int c = cells++;
            centreX[c] = cx;
            centreY[c] = cy;
            half[c] = h;
            massX[c] = 0;
            massY[c] = 0;
            mass[c] = 0;
            body[c] = EMPTY;
            return c;
        }

        private void insert(int i, double[] x, double[] y) {
            int cell = 0;
            while (true) {
                massX[cell] += x[i];
                massY[cell] += y[i];
                mass[cell]++;
                if (body[cell] == EMPTY) {
                    body[cell] = i;
                    return;
                }
                if (body[cell] >= 0) {
                    if (half[cell] < SMALLEST) {
                        return; // on (nearly) the same spot as the body here: counted in the cell's mass only
                    }
                    int resident = body[cell];
                    body[cell] = INNER;
                    double h = half[cell] / 2;
                    for (int q = 0; q < 4; q++) {
                        int child = newCell(
                                centreX[cell] + ((q & 1) == 0 ? -h : h), centreY[cell] + ((q & 2) == 0 ? -h : h), h);
                        children[cell * 4 + q] = child;
                    }
                    int target = children[cell * 4 + quadrant(cell, x[resident], y[resident])];
                    massX[target] += x[resident];
                    massY[target] += y[resident];
                    mass[target]++;
                    body[target] = resident;
                }
                cell = children[cell * 4 + quadrant(cell, x[i], y[i])];
            }
        }

        private int quadrant(int cell, double px, double py) {
            return (px < centreX[cell] ? 0 : 1) + (py < centreY[cell] ? 0 : 2);
        }

        /** Adds to (dx, dy) the push of every other node on node i: k²/d away from each. */
        void repel(int i, double[] x, double[] y, double k2, double[] dx, double[] dy) {
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int cell = stack[--top];
                int m = mass[cell];
                if (m == 0 || body[cell] == i && m == 1) {
                    continue;
                }
                double cx = massX[cell] / m;
                double cy = massY[cell] / m;
                double ddx = x[i] - cx;
                double ddy = y[i] - cy;
                double d2 = ddx * ddx + ddy * ddy;
                boolean inside =
                        Math.abs(x[i] - centreX[cell]) <= half[cell] && Math.abs(y[i] - centreY[cell]) <= half[cell];
                boolean far = !inside && 4 * half[cell] * half[cell] < THETA * THETA * d2;
                if (body[cell] == INNER && !far) {
                    for (int q = 0; q < 4; q++) {
                        stack[top++] = children[cell * 4 + q];
                    }
                    continue;
                }
                int pushers = body[cell] == i ? m - 1 : m;
                if (d2 < 1e-18) {
                    // Nodes on one spot: part them along a direction fixed by the node's index.
                    double angle = i * 2.399963; // the golden angle, so that neighbours go different ways
                    dx[i] += Math.cos(angle) * k2 * 1e3 * pushers;
                    dy[i] += Math.sin(angle) * k2 * 1e3 * pushers;
                    continue;
                }
                double force = k2 / d2 * pushers; // k²/d, divided by d again to scale the unit vector
                dx[i] += ddx * force;
                dy[i] += ddy * force;
            }
        }
    }
}
