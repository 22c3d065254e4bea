package org.codesign.ui.pareto;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.plot.PointColumns;

/**
 * The arrow keys' walk along the Pareto front: the front's shown points in the order of a
 * quantity (a view's horizontal axis), ties by slot. From a point on the front a step goes to its
 * neighbour; from a point off it, to the nearest front point on that side; from none, to the
 * front's first or last point.
 */
final class FrontWalk {
    private FrontWalk() {}

    /**
     * The slot {@code step} places from {@code from} along {@code along} (+1 right, -1 left);
     * {@code from} itself at the front's end, -1 when no front point is shown.
     */
    static int next(PointColumns c, Quantity along, int from, int step) {
        double[] v = c.column(along);
        List<Integer> front = new ArrayList<>();
        for (int i = c.nextPareto(0); i >= 0 && i < c.size(); i = c.nextPareto(i + 1)) {
            if (c.shown(i) && Double.isFinite(v[i])) {
                front.add(i);
            }
        }
        if (front.isEmpty()) {
            return -1;
        }
        Comparator<Integer> order =
                Comparator.<Integer>comparingDouble(i -> v[i]).thenComparingInt(i -> i);
        front.sort(order);
        boolean known = from >= 0 && from < c.size() && Double.isFinite(v[from]);
        if (!known) {
            return step > 0 ? front.get(0) : front.get(front.size() - 1);
        }
        int at = java.util.Collections.binarySearch(front, from, order);
        int target;
        if (at >= 0) {
            target = at + Integer.signum(step);
        } else {
            int insertion = -at - 1; // first front point after `from`
            target = step > 0 ? insertion : insertion - 1;
        }
        if (target < 0 || target >= front.size()) {
            return at >= 0 ? from : front.get(Math.max(0, Math.min(front.size() - 1, target)));
        }
        return front.get(target);
    }
}
