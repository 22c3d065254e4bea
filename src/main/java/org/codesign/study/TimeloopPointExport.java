package org.codesign.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codesign.cost.AcceleratorCostModel;
import org.codesign.cost.HardwareCostModel;
import org.codesign.cost.timeloop.TimeloopDesignFiles;
import org.codesign.eval.Evaluator;
import org.codesign.space.CodesignSpace;
import org.codesign.workload.Network;

/**
 * Exports one evaluated point of a study as Timeloop inputs: the accelerator its hardware genes
 * build and, per layer of its network, the mapping the study's model chooses (the same mapper and
 * objective that computed the point's metrics), written by {@link TimeloopDesignFiles}.
 */
public final class TimeloopPointExport {
    private TimeloopPointExport() {}

    /**
     * The run a point is looked up in: {@code runId}, or the study's only run when null.
     *
     * @throws IllegalArgumentException naming the runs there are
     */
    public static RunRecord run(Study study, String runId) {
        List<String> ids = study.runs().stream().map(RunRecord::id).toList();
        if (study.runs().isEmpty()) {
            throw new IllegalArgumentException("the study has no runs, so no point to export");
        }
        if (runId == null) {
            if (study.runs().size() > 1) {
                throw new IllegalArgumentException("--run: the study has " + ids.size() + " runs; name one of " + ids);
            }
            return study.runs().get(0);
        }
        for (RunRecord r : study.runs()) {
            if (r.id().equals(runId)) {
                return r;
            }
        }
        throw new IllegalArgumentException("--run: no run '" + runId + "' in the study (runs: " + ids + ")");
    }

    /**
     * The point with index {@code index} of a run.
     *
     * @throws IllegalArgumentException naming the run's index range
     */
    public static EvaluatedPoint point(RunRecord run, long index) {
        RunPoints columns = run.columns();
        for (int r = 0; r < columns.size(); r++) {
            if (columns.index(r) == index) {
                return columns.point(r);
            }
        }
        long max = -1;
        for (int r = 0; r < columns.size(); r++) {
            max = Math.max(max, columns.index(r));
        }
        throw new IllegalArgumentException("--point: run '" + run.id() + "' has no point " + index
                + (columns.isEmpty() ? " (it has no points)" : " (its points are numbered 0 to " + max + ")"));
    }

    /**
     * Writes the point's Timeloop files into {@code out}.
     *
     * @param studyFolder the folder the study's model files are relative to
     * @param runId the run, or null for the study's only run
     * @throws IllegalArgumentException when the point is not an accelerator design, cannot be mapped
     *     or decoded, or its mappings cannot be said in Timeloop's terms
     * @throws IOException when the folder cannot be written
     */
    public static TimeloopDesignFiles.Written export(Study study, Path studyFolder, String runId, long index, Path out)
            throws IOException {
        return export(study, study.model().evaluator(studyFolder), runId, index, out);
    }

    /** As {@link #export(Study, Path, String, long, Path)}, with the study's evaluator (the window's). */
    public static TimeloopDesignFiles.Written export(
            Study study, Evaluator evaluator, String runId, long index, Path out) throws IOException {
        RunRecord run = run(study, runId);
        EvaluatedPoint p = point(run, index);
        CodesignSpace.Point decoded;
        try {
            decoded = study.space().decode(p.genome());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "point " + index + " belongs to an earlier version of the spaces: " + e.getMessage());
        }
        HardwareCostModel model = evaluator.costModel(decoded.hardware().template());
        if (!(model instanceof AcceleratorCostModel accelerators)) {
            throw new IllegalArgumentException(
                    "point " + index + " runs on '" + decoded.hardware().template()
                            + "', which is not an accelerator (Timeloop models spatial-accelerator and systolic designs)");
        }
        Network network = evaluator.network(decoded.network());
        AcceleratorCostModel.DesignMappings m = accelerators.mappings(network, decoded.hardware());
        List<TimeloopDesignFiles.LayerMapping> layers = new ArrayList<>();
        for (int i = 0; i < m.problems().size(); i++) {
            layers.add(new TimeloopDesignFiles.LayerMapping(
                    m.problems().get(i),
                    m.mappings().get(i).mapping(),
                    m.mappings().get(i).analysis()));
        }
        String title = "Study '" + study.name() + "', run '" + run.id() + "', point " + index + ": "
                + m.architecture().name() + " running " + network.name();
        return TimeloopDesignFiles.write(out, title, m.architecture(), layers);
    }
}
