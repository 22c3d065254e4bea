package org.codesign.search.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.codesign.cost.relax.HardwareVars;
import org.codesign.space.Dataflow;

/**
 * Rounds a relaxed solution's hardware to the space's listed values: each continuous size has a
 * listed neighbour below and above it (in log scale), and of the up to 2^5 combinations the
 * nearest ones (summed squared log distance) are kept. Every combination is a legal
 * configuration of the space; the mapper then maps each layer to it (the legal divisors), and a
 * combination no mapping fits comes back infeasible from the model and is left behind by the
 * local search.
 */
public final class Rounding {
    private Rounding() {}

    /** A rounded design: the listed sizes and their log distance from the relaxed ones. */
    public record Rounded(Dataflow dataflow, double[] sizes, double distance) {}

    /** The {@code keep} nearest listed neighbours of a solution's hardware, nearest first. */
    public static List<Rounded> nearest(HardwareChoices choices, Dataflow d, double[] x, int keep) {
        double[][] options = new double[HardwareVars.COUNT][];
        for (int i = 0; i < HardwareVars.COUNT; i++) {
            options[i] = bracket(choices.values(d, i), Math.exp(x[i]));
        }
        List<Rounded> all = new ArrayList<>();
        combine(options, 0, new double[HardwareVars.COUNT], x, d, all);
        all.sort(Comparator.comparingDouble(Rounded::distance));
        return all.subList(0, Math.min(keep, all.size()));
    }

    /** The listed values right below and right above {@code v} (one value at either end of the list). */
    static double[] bracket(double[] sorted, double v) {
        double below = sorted[0];
        double above = sorted[sorted.length - 1];
        for (double s : sorted) {
            if (s <= v) {
                below = s;
            }
            if (s >= v && s < above) {
                above = s;
            }
        }
        if (v <= sorted[0]) {
            return new double[] {sorted[0]};
        }
        if (v >= sorted[sorted.length - 1]) {
            return new double[] {sorted[sorted.length - 1]};
        }
        return below == above ? new double[] {below} : new double[] {below, above};
    }

    private static void combine(double[][] options, int i, double[] pick, double[] x, Dataflow d, List<Rounded> out) {
        if (i == options.length) {
            double dist = 0;
            for (int k = 0; k < pick.length; k++) {
                double e = Math.log(pick[k]) - x[k];
                dist += e * e;
            }
            out.add(new Rounded(d, pick.clone(), dist));
            return;
        }
        for (double v : options[i]) {
            pick[i] = v;
            combine(options, i + 1, pick, x, d, out);
        }
    }
}
