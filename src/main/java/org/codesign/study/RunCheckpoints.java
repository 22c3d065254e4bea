package org.codesign.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.codesign.search.Individual;
import org.codesign.search.Problem;
import org.codesign.search.checkpoint.CodesignCheckpointJson;
import org.codesign.search.codesign.CodesignCheckpoint;
import org.codesign.search.codesign.FixedGenesProblem;

/**
 * The checkpoints of a study's unfinished runs, one file per run in a folder beside the study
 * ({@code NAME.codesign.json} → {@code NAME.codesign.json.checkpoints/run-3.json}), so the app
 * can resume a run that was paused, cancelled or killed. A checkpoint holds what the engine needs
 * to continue exactly plus the run's hypervolume history up to it. Files are replaced atomically.
 */
public final class RunCheckpoints {
    /**
     * A run's checkpoint and its hypervolume history up to it (evaluations, hypervolume); entries
     * past the checkpoint (an interrupted step's) are left out, the resumed run reports them again.
     */
    public record Saved(CodesignCheckpoint checkpoint, List<double[]> hypervolume) {
        public Saved {
            int evaluations = evaluations(checkpoint);
            hypervolume = hypervolume.stream()
                    .filter(pair -> pair[0] <= evaluations)
                    .map(double[]::clone)
                    .toList();
        }

        /** Points the checkpoint holds (the run's evaluations so far). */
        public int evaluations() {
            return evaluations(checkpoint);
        }

        private static int evaluations(CodesignCheckpoint c) {
            return c.finishedPoints().size()
                    + (c.phase() == null ? 0 : c.phase().evaluated().size());
        }
    }

    private RunCheckpoints() {}

    /** The folder beside {@code study} that holds its runs' checkpoints. */
    public static Path folder(Path study) {
        Path absolute = study.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".checkpoints");
    }

    public static Path file(Path study, String runId) {
        return folder(study).resolve(runId + ".json");
    }

    public static boolean exists(Path study, String runId) {
        return Files.isRegularFile(file(study, runId));
    }

    /** Replaces the run's checkpoint. */
    public static void write(Path study, String runId, Saved saved) throws IOException {
        // streamed: a long run's checkpoint is never held as one JSON tree
        Json.writeAtomically(
                g -> {
                    g.writeStartObject();
                    g.writeStringField("runId", runId);
                    g.writeArrayFieldStart("hypervolume");
                    for (double[] pair : saved.hypervolume()) {
                        g.writeArray(pair, 0, 2);
                    }
                    g.writeEndArray();
                    g.writeFieldName("run");
                    CodesignCheckpointJson.write(g, saved.checkpoint());
                    g.writeEndObject();
                },
                file(study, runId));
    }

    /**
     * The run's checkpoint, if there is one.
     *
     * @throws StudyFormatException naming the file when it cannot be read
     */
    public static Optional<Saved> read(Path study, String runId) throws StudyFormatException {
        Path file = file(study, runId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String name = folder(study).getFileName() + "/" + file.getFileName();
        try {
            CodesignCheckpointJson.Envelope read = CodesignCheckpointJson.readFile(file); // streamed
            List<double[]> hv = new ArrayList<>();
            for (JsonNode pair : read.fields().path("hypervolume")) {
                hv.add(new double[] {pair.path(0).asDouble(), pair.path(1).asDouble()});
            }
            return Optional.of(new Saved(read.run(), hv));
        } catch (IOException e) {
            throw new StudyFormatException(name, "/", "cannot read the checkpoint: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new StudyFormatException(name, "/", e.getMessage());
        }
    }

    /** Removes the run's checkpoint (the run finished: the study holds all of it). */
    public static void delete(Path study, String runId) throws IOException {
        Files.deleteIfExists(file(study, runId));
    }

    /**
     * Every point the checkpoint holds as the study stores them: joint genomes and run-wide
     * indices, as the run reported them (a phase's points are in its own, shorter genomes).
     *
     * @param problem the run's whole problem ({@code CodesignRun.problem()})
     */
    public static List<EvaluatedPoint> points(CodesignCheckpoint c, Problem problem) {
        List<EvaluatedPoint> all = new ArrayList<>(StudyRuns.points(c.finishedPoints()));
        if (c.phase() != null) {
            int[] fixed = c.phases().get(c.phaseIndex()).fixedGenes();
            FixedGenesProblem phase = FixedGenesProblem.padded(problem, fixed);
            int offset = c.finishedPoints().size();
            for (Individual ind : c.phase().evaluated()) {
                all.add(StudyRuns.point(new Individual(
                        phase.toFull(ind.genome()),
                        ind.evaluation(),
                        offset + ind.index(),
                        c.stepOffset() + ind.step())));
            }
        }
        return all;
    }
}
