package org.codesign.search;

/** Pareto dominance and constraint domination (Deb 2002), all objectives minimized. */
public final class Dominance {
    private Dominance() {}

    /** -1 if {@code a} dominates {@code b}, 1 if {@code b} dominates {@code a}, otherwise 0. */
    public static int compare(double[] a, double[] b) {
        boolean aBetter = false;
        boolean bBetter = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i]) {
                aBetter = true;
            } else if (b[i] < a[i]) {
                bBetter = true;
            }
            if (aBetter && bBetter) {
                return 0;
            }
        }
        return aBetter == bBetter ? 0 : (aBetter ? -1 : 1);
    }

    /** True if {@code a} dominates {@code b}. */
    public static boolean dominates(double[] a, double[] b) {
        return compare(a, b) < 0;
    }

    /** True if {@code a} is no worse than {@code b} in every objective. */
    public static boolean weaklyDominates(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Constraint domination: a feasible design beats an infeasible one, of two infeasible designs the
     * one with the lower total violation wins, and two feasible designs compare by Pareto dominance.
     * Returns -1 if {@code a} wins, 1 if {@code b} wins, otherwise 0.
     */
    public static int compare(Evaluation a, Evaluation b) {
        double va = a.totalViolation();
        double vb = b.totalViolation();
        if (va == 0 && vb == 0) {
            return compare(a.objectivesView(), b.objectivesView());
        }
        return Double.compare(va, vb) < 0 ? -1 : (va == vb ? 0 : 1);
    }
}
