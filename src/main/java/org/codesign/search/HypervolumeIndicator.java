package org.codesign.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Hypervolume of normalized objectives: points are first normalized with {@link ObjectiveBounds}
 * (ideal -> 0, nadir -> 1), then measured against {@code reference}, given in normalized
 * coordinates (1.0 = the nadir; 1.1 is a common choice that lets the front's ends count).
 * Infeasible individuals are ignored.
 */
public record HypervolumeIndicator(ObjectiveBounds bounds, double[] reference) {

    public HypervolumeIndicator {
        Checks.notNull("bounds", bounds);
        Checks.notNull("reference", reference);
        if (reference.length != bounds.objectiveCount()) {
            throw new IllegalArgumentException("reference: has " + reference.length + " objectives but the bounds have "
                    + bounds.objectiveCount());
        }
        Checks.finite("reference", reference);
        reference = reference.clone();
    }

    /** Reference point {@code margin} in every normalized objective (e.g. 1.0 or 1.1). */
    public static HypervolumeIndicator of(double[] ideal, double[] nadir, double margin) {
        double[] ref = new double[ideal.length];
        Arrays.fill(ref, margin);
        return new HypervolumeIndicator(new ObjectiveBounds(ideal, nadir), ref);
    }

    @Override
    public double[] reference() {
        return reference.clone();
    }

    /** Hypervolume of raw (unnormalized) objective vectors. */
    public double of(double[][] objectives) {
        return Hypervolume.of(bounds.normalize(objectives), reference);
    }

    /** Hypervolume of the feasible individuals. */
    public double ofIndividuals(Collection<Individual> individuals) {
        List<double[]> pts = new ArrayList<>(individuals.size());
        for (Individual ind : individuals) {
            if (ind.isFeasible()) {
                pts.add(bounds.normalize(ind.objectivesView()));
            }
        }
        return Hypervolume.of(pts.toArray(new double[0][]), reference);
    }

    /** The largest possible value: the box between the ideal (0) and the reference point. */
    public double maximum() {
        double v = 1;
        for (double r : reference) {
            v *= Math.max(0, r);
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HypervolumeIndicator h && bounds.equals(h.bounds) && Arrays.equals(reference, h.reference);
    }

    @Override
    public int hashCode() {
        return 31 * bounds.hashCode() + Arrays.hashCode(reference);
    }

    @Override
    public String toString() {
        return "HypervolumeIndicator[" + bounds + ", reference=" + Arrays.toString(reference) + "]";
    }
}
