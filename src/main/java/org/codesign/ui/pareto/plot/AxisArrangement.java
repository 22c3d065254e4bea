package org.codesign.ui.pareto.plot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order in which the parallel axes stand, left to right, and which of them run upside down,
 * by axis key. It outlives the axes themselves: they are rebuilt as points arrive, and an axis
 * keeps its place and direction for as long as it exists.
 */
public final class AxisArrangement {
    private final List<String> order = new ArrayList<>();
    private final Set<String> inverted = new HashSet<>();

    /**
     * Follows the axes there are now ({@code keys}, in their natural order): axes that stay keep
     * their places, axes that are gone leave, and a new axis stands right after its natural
     * predecessor (first if it has none here).
     */
    public void fit(List<String> keys) {
        order.retainAll(keys);
        inverted.retainAll(keys);
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            if (!order.contains(key)) {
                int after = k == 0 ? -1 : order.indexOf(keys.get(k - 1));
                order.add(after + 1, key);
            }
        }
    }

    /** The axis keys left to right. */
    public List<String> order() {
        return List.copyOf(order);
    }

    public int size() {
        return order.size();
    }

    public String keyAt(int position) {
        return order.get(position);
    }

    public int positionOf(String key) {
        return order.indexOf(key);
    }

    /** Moves the axis at {@code from} to stand at {@code to}; the axes between shift by one. */
    public void move(int from, int to) {
        if (from < 0 || from >= order.size() || to < 0 || to >= order.size()) {
            throw new IndexOutOfBoundsException(
                    "axis position: expected 0 … " + (order.size() - 1) + ", got " + from + " → " + to);
        }
        order.add(to, order.remove(from));
    }

    /** Turns an axis upside down, or back. */
    public void invert(String key) {
        if (!inverted.remove(key)) {
            inverted.add(key);
        }
    }

    public boolean inverted(String key) {
        return inverted.contains(key);
    }

    /** Where a place on an axis is drawn: 1 − t on an inverted axis (NaN stays NaN). */
    public double shown(String key, double t) {
        return inverted.contains(key) ? 1 - t : t;
    }
}
