package org.codesign.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.codesign.eval.StandardModels;
import org.codesign.search.Individual;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.DesignBatches;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyRuns;

/** Loopback clusters for tests: a secret file, members on ports far from Hazelcast's default, runs. */
final class LoopbackClusters {
    /** Away from 5701, where a developer's own cluster may run. */
    static final int PORT = 5931;

    private LoopbackClusters() {}

    static ClusterSecret secret(Path dir, String text) throws IOException {
        Path f = dir.resolve("secret-" + text.hashCode());
        Files.writeString(f, text);
        return ClusterSecret.read(f);
    }

    static ClusterSettings settings(String name, ClusterSecret secret, int port, List<String> members) {
        return ClusterSettings.local(name, secret).withPort(port).withMembers(members);
    }

    static Study study(String sample) {
        try {
            return StudyFiles.load(Path.of("samples/" + sample));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A point as a test compares it: {@link org.codesign.search.Evaluation#equals} compares doubles bit by bit. */
    record Point(String genome, int step, org.codesign.search.Evaluation evaluation) {}

    /** Every point of a run, in order, every bit of it: genome, objectives, violations, reason and metrics. */
    static List<Point> run(Study study, RunSpec spec, DesignBatches batches) {
        try (CodesignRun run = StudyRuns.newRun(
                study, spec, StandardModels.evaluator("builtin", study.model().mapperObjective()))) {
            if (batches != null) {
                run.evaluateOn(batches);
            }
            run.runToEnd();
            List<Point> points = new ArrayList<>();
            for (Individual p : run.evaluatedPoints()) {
                points.add(new Point(Arrays.toString(p.genome()), p.step(), p.evaluation()));
            }
            return points;
        }
    }
}
