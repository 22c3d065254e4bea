package org.codesign.ui.pareto.plot;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The intervals brushed on the parallel axes, by axis key, as places 0 (bottom of the axis as
 * the data run, before any inversion) … 1. Intervals on one axis are kept disjoint and sorted,
 * so a point lies on an axis's brush iff it lies in one of them (a union); a point is hit iff it
 * lies on the brush of every brushed axis (an intersection).
 */
public final class AxisIntervals {
    /** A closed interval lo ≤ hi of places on an axis. */
    public record Interval(double lo, double hi) {
        public Interval {
            if (!(lo <= hi)) {
                throw new IllegalArgumentException("interval: expected lo ≤ hi, got " + lo + " … " + hi);
            }
        }

        /** The interval between two places given in either order. */
        public static Interval between(double t0, double t1) {
            return new Interval(Math.min(t0, t1), Math.max(t0, t1));
        }

        public boolean contains(double t) {
            return t >= lo && t <= hi;
        }
    }

    private final Map<String, List<Interval>> byAxis = new LinkedHashMap<>();

    /** The axis's intervals, sorted and disjoint (empty when it is not brushed). */
    public List<Interval> of(String axis) {
        return List.copyOf(byAxis.getOrDefault(axis, List.of()));
    }

    /** Gives an axis exactly these intervals (merged where they overlap); none removes its brush. */
    public void put(String axis, List<Interval> intervals) {
        byAxis.remove(axis);
        for (Interval i : intervals) {
            add(axis, i.lo(), i.hi());
        }
    }

    /** The axis is brushed on this one interval only. */
    public void replace(String axis, double t0, double t1) {
        byAxis.put(axis, new ArrayList<>(List.of(Interval.between(t0, t1))));
    }

    /** Adds an interval to the axis's union: intervals it overlaps or touches merge with it. */
    public void add(String axis, double t0, double t1) {
        Interval next = Interval.between(t0, t1);
        List<Interval> merged = new ArrayList<>();
        double lo = next.lo();
        double hi = next.hi();
        for (Interval i : byAxis.getOrDefault(axis, List.of())) {
            if (i.hi() < lo || i.lo() > hi) {
                merged.add(i);
            } else {
                lo = Math.min(lo, i.lo());
                hi = Math.max(hi, i.hi());
            }
        }
        merged.add(new Interval(lo, hi));
        merged.sort((a, b) -> Double.compare(a.lo(), b.lo()));
        byAxis.put(axis, merged);
    }

    /** The interval of the axis that holds place {@code t}, or null. */
    public Interval at(String axis, double t) {
        for (Interval i : byAxis.getOrDefault(axis, List.of())) {
            if (i.contains(t)) {
                return i;
            }
        }
        return null;
    }

    /** Removes the axis's interval that holds place {@code t}; returns whether there was one. */
    public boolean removeAt(String axis, double t) {
        Interval hit = at(axis, t);
        if (hit == null) {
            return false;
        }
        List<Interval> rest = new ArrayList<>(byAxis.get(axis));
        rest.remove(hit);
        if (rest.isEmpty()) {
            byAxis.remove(axis);
        } else {
            byAxis.put(axis, rest);
        }
        return true;
    }

    public void removeAll(String axis) {
        byAxis.remove(axis);
    }

    public void clear() {
        byAxis.clear();
    }

    public boolean isEmpty() {
        return byAxis.isEmpty();
    }

    /** Forgets the intervals of axes that are gone. */
    public void retain(Collection<String> axes) {
        byAxis.keySet().retainAll(axes);
    }

    /**
     * The points (among {@code eligible}) that lie on every brushed axis's union of intervals;
     * {@code keys.get(a)}, {@code axes.get(a)} and {@code values[a][i]} are axis a's key, scale
     * and point i's value. None without intervals.
     */
    public BitSet select(List<String> keys, List<ParallelAxis> axes, double[][] values, BitSet eligible) {
        if (byAxis.isEmpty()) {
            return new BitSet();
        }
        BitSet hit = (BitSet) eligible.clone();
        for (int a = 0; a < keys.size(); a++) {
            List<Interval> on = byAxis.get(keys.get(a));
            if (on == null) {
                continue;
            }
            double[] lo = new double[on.size()];
            double[] hi = new double[on.size()];
            for (int k = 0; k < lo.length; k++) {
                lo[k] = on.get(k).lo();
                hi[k] = on.get(k).hi();
            }
            ParallelAxis axis = axes.get(a);
            double[] v = values[a];
            for (int i = hit.nextSetBit(0); i >= 0; i = hit.nextSetBit(i + 1)) {
                if (!inside(axis.position(v[i]), lo, hi)) {
                    hit.clear(i);
                }
            }
        }
        return hit;
    }

    private static boolean inside(double t, double[] lo, double[] hi) {
        for (int k = 0; k < lo.length; k++) {
            if (t >= lo[k] && t <= hi[k]) {
                return true;
            }
        }
        return false;
    }
}
