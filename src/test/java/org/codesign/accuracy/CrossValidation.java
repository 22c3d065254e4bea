package org.codesign.accuracy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.codesign.accuracy.AccuracyCalibration.Observation;

/** Held-out errors: refit without each group of observations, predict the group. */
final class CrossValidation {
    private CrossValidation() {}

    /** Mean absolute held-out error per table when each group (by {@code grouping}) is left out in turn. */
    static Map<String, Double> leaveGroupsOut(List<Observation> data, Function<Observation, String> grouping) {
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : data) {
            groups.computeIfAbsent(grouping.apply(o), g -> new ArrayList<>()).add(o);
        }
        Map<String, double[]> sums = new LinkedHashMap<>(); // table → {sum of |error|, count}
        for (Observation o : data) {
            sums.putIfAbsent(o.table(), new double[2]);
        }
        for (List<Observation> heldOut : groups.values()) {
            List<Observation> training =
                    data.stream().filter(o -> !heldOut.contains(o)).toList();
            AccuracyCoefficients fitted = AccuracyCalibration.fit(training);
            for (Observation o : heldOut) {
                double[] s = sums.get(o.table());
                s[0] += Math.abs(fitted.top1(o.features()) - o.top1());
                s[1]++;
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        sums.forEach((table, s) -> out.put(table, s[0] / s[1]));
        return out;
    }

    static Map<String, Double> leaveOneOut(List<Observation> data) {
        return leaveGroupsOut(data, o -> o.table() + "/" + o.id());
    }
}
