package org.codesign.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.codesign.space.Parameter;

/**
 * Checks the stored points of a study's runs against its spaces: every gene is an index into
 * its parameter's (non-empty) value list and no run uses a point index twice. A point that breaks either
 * would decode to a different (or no) configuration when the study is opened.
 */
final class StoredPoints {
    private StoredPoints() {}

    static void check(String file, Study study) throws StudyFormatException {
        if (study.runs().stream().allMatch(r -> r.points().isEmpty())) {
            return; // a space being edited may have an empty list; validation explains it before a search
        }
        List<Parameter> parameters = new ArrayList<>(study.networkSpace().design().parameters());
        parameters.addAll(study.hardwareSpace().design().parameters());
        int networkGenes = study.networkSpace().design().parameters().size();
        for (int g = 0; g < parameters.size(); g++) {
            if (parameters.get(g).values().isEmpty()) {
                String space = g < networkGenes ? "/networkSpace" : "/hardwareSpace";
                throw new StudyFormatException(file, space + "/parameters/" + parameters.get(g).name(),
                        "the value list is empty (allowed: one or more values)");
            }
        }
        for (int r = 0; r < study.runs().size(); r++) {
            List<EvaluatedPoint> points = study.runs().get(r).points();
            Map<Long, Integer> seen = new HashMap<>();
            for (int p = 0; p < points.size(); p++) {
                String at = "/runs/" + r + "/points/" + p;
                EvaluatedPoint point = points.get(p);
                Integer first = seen.putIfAbsent(point.index(), p);
                if (first != null) {
                    throw new StudyFormatException(file, at + "/index", "the index " + point.index()
                            + " is already used by " + "/runs/" + r + "/points/" + first + " (indices must be unique)");
                }
                checkGenes(file, at + "/genome", point.genome(), parameters);
            }
        }
    }

    private static void checkGenes(String file, String at, int[] genome, List<Parameter> parameters)
            throws StudyFormatException {
        for (int g = 0; g < genome.length && g < parameters.size(); g++) {
            int size = parameters.get(g).values().size();
            if (genome[g] < 0 || genome[g] >= size) {
                throw new StudyFormatException(file, at + "/" + g, "the gene " + genome[g] + " is not an index into the "
                        + size + " values of " + parameters.get(g).name() + " (allowed: 0 to " + (size - 1) + ")");
            }
        }
    }
}
