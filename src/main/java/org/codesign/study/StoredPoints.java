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
            List<EvaluatedPoint> points = study.runs().get(r).points();
            Map<Long, Integer> seen = new HashMap<>();
            for (int p = 0; p < points.size(); p++) {
                String at = "/runs/" + r + "/points/" + p;
                EvaluatedPoint point = points.get(p);
                Integer first = seen.putIfAbsent(point.index(), p);
                if (first != null) {
                    throw new StudyFormatException(
                            file,
                            at + "/index",
                            "the index " + point.index() + " is already used by " + "/runs/" + r + "/points/" + first
                                    + " (indices must be unique)");
                }
                if (point.index() < 0 || point.generation() < 0) {
                    throw new StudyFormatException(
                            file,
                            at + (point.index() < 0 ? "/index" : "/generation"),
                            "must not be negative (allowed: 0 or more)");
                }
                checkGenes(file, at + "/genome", point.genome(), parameters);
                for (Map.Entry<Metric, Double> m : point.metrics().entrySet()) {
                    checkMetric(file, at + "/metrics/" + m.getKey().key(), m.getKey(), m.getValue());
                }
            }
        }
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

    private static void checkGenes(String file, String at, int[] genome, List<Parameter> parameters)
            throws StudyFormatException {
        for (int g = 0; g < genome.length && g < parameters.size(); g++) {
            int size = parameters.get(g).values().size();
            if (genome[g] < 0 || genome[g] >= size) {
                throw new StudyFormatException(
                        file,
                        at + "/" + g,
                        "the gene " + genome[g]
                                + " is not an index into the " + size + " values of "
                                + parameters.get(g).name()
                                + " (allowed: 0 to " + (size - 1) + ")");
            }
        }
    }
}
