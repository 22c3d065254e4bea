package org.codesign.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.codesign.eval.Metric;
import org.codesign.space.Parameter;

/**
 * Checks the stored points of a study's runs against its spaces: every gene is an index into
 * its parameter's (non-empty) value list and no run uses a point index twice. A point that breaks either
 * would decode to a different (or no) configuration when the study is opened.
 */
final class StoredPoints {
    static final double LARGEST = 1e15;

    private StoredPoints() {}

    static void check(String file, Study study) throws StudyFormatException {
        if (study.runs().stream().allMatch(r -> r.points().isEmpty())) {
            return; // a space being edited may have an empty list; validation explains it before a search
        }
        List<Parameter> parameters =
                new ArrayList<>(study.networkSpace().design().parameters());
        parameters.addAll(study.hardwareSpace().design().parameters());
        int networkGenes = study.networkSpace().design().parameters().size();
        for (int g = 0; g < parameters.size(); g++) {
            if (parameters.get(g).values().isEmpty()) {
                String space = g < networkGenes ? "/networkSpace" : "/hardwareSpace";
                throw new StudyFormatException(
                        file,
                        space + "/parameters/" + parameters.get(g).name(),
                        "the value list is empty (allowed: one or more values)");
            }
        }
        for (int r = 0; r < study.runs().size(); r++) {
            checkHypervolume(
                    file, "/runs/" + r + "/hypervolume", study.runs().get(r).hypervolume());
            checkRun(file, r, study.runs().get(r).columns(), parameters);
        }
    }

    /**
     * Iterates the columns: a million points take milliseconds and make no object. Problems are
     * reported in row order, a repeated index at its second use.
     */
    private static void checkRun(String file, int r, RunPoints points, List<Parameter> parameters)
            throws StudyFormatException {
        int[] sizes = parameters.stream().mapToInt(p -> p.values().size()).toArray();
        Metric[] metrics = Metric.values();
        int[] repeat = firstRepeat(points);
        for (int p = 0; p < points.size(); p++) {
            long index = points.index(p);
            if (p == repeat[1]) {
                throw new StudyFormatException(
                        file,
                        at(r, p) + "/index",
                        "the index " + index + " is already used by " + at(r, repeat[0]) + " (indices must be unique)");
            }
            if (index < 0 || points.generation(p) < 0) {
                throw new StudyFormatException(
                        file,
                        at(r, p) + (index < 0 ? "/index" : "/generation"),
                        "must not be negative (allowed: 0 or more)");
            }
            int genes = Math.min(points.genomeLength(p), sizes.length);
            for (int g = 0; g < genes; g++) {
                int gene = points.gene(p, g);
                if (gene < 0 || gene >= sizes[g]) {
                    throw new StudyFormatException(
                            file,
                            at(r, p) + "/genome/" + g,
                            "the gene " + gene + " is not an index into the " + sizes[g] + " values of "
                                    + parameters.get(g).name() + " (allowed: 0 to " + (sizes[g] - 1) + ")");
                }
            }
            for (Metric m : metrics) {
                double v = points.metric(m, p);
                if (!Double.isNaN(v) && !(v >= 0 && v <= (m == Metric.ACCURACY ? 100 : LARGEST))) {
                    checkMetric(file, at(r, p) + "/metrics/" + m.key(), m, v); // the message (built only on failure)
                }
            }
        }
    }

    private static String at(int r, int p) {
        return "/runs/" + r + "/points/" + p;
    }

    /**
     * {first use, second use} of the first index used twice in row order, {-1, -1} if none. Rows in
     * increasing index order (every run the app or the store writes) need one pass.
     */
    private static int[] firstRepeat(RunPoints points) {
        boolean increasing = true;
        for (int p = 1; p < points.size() && increasing; p++) {
            increasing = points.index(p) > points.index(p - 1);
        }
        if (increasing) {
            return new int[] {-1, -1};
        }
        Map<Long, Integer> seen = new HashMap<>();
        for (int p = 0; p < points.size(); p++) {
            Integer first = seen.putIfAbsent(points.index(p), p);
            if (first != null) {
                return new int[] {first, p};
            }
        }
        return new int[] {-1, -1};
    }

    /** The same ranges as the objectives' bounds: a percentage for accuracy, else a non-negative quantity. */
    static void checkMetric(String file, String at, Metric metric, double value) throws StudyFormatException {
        double max = metric == Metric.ACCURACY ? 100 : LARGEST;
        if (!(value >= 0 && value <= max)) {
            throw new StudyFormatException(
                    file,
                    at,
                    value + " is out of range for " + metric.key() + " (allowed: 0 to "
                            + (metric == Metric.ACCURACY ? "100" : "1e15") + ")");
        }
    }

    private static void checkHypervolume(String file, String at, List<double[]> hypervolume)
            throws StudyFormatException {
        for (int i = 0; i < hypervolume.size(); i++) {
            double[] pair = hypervolume.get(i);
            for (int j = 0; j < 2; j++) {
                if (!(pair[j] >= 0 && pair[j] <= LARGEST)) {
                    throw new StudyFormatException(
                            file,
                            at + "/" + i + "/" + j,
                            pair[j] + " is out of range (allowed: 0 to 1e15; pairs are [evaluations, hypervolume])");
                }
            }
        }
    }
}
