package org.codesign.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codesign.eval.CodesignMode;
import org.codesign.search.codesign.Algorithm;

/**
 * A run as the study keeps it: what was started (algorithm, mode, seed, budget, the
 * algorithm's settings: a {@code RunSpec}, see {@link StudyRuns}), how far it got, its
 * hypervolume history and every evaluated point. The points are kept as {@link RunPoints}
 * columns; {@link #points()} is a list view of them that makes each point as it is read.
 *
 * @param settings algorithm settings (population, rates, operators); values are numbers,
 *     strings or booleans
 * @param hypervolume pairs of (evaluations, hypervolume so far)
 */
public record RunRecord(
        String id,
        String name,
        String algorithm,
        CodesignMode mode,
        long seed,
        int threads,
        long budget,
        Map<String, Object> settings,
        Status status,
        String startedAt,
        long elapsedMs,
        List<double[]> hypervolume,
        List<EvaluatedPoint> points) {

    /** Where a run stands; a run that was going when the study was saved reopens as paused. */
    public enum Status {
        RUNNING,
        PAUSED,
        CANCELLED,
        FINISHED,
        FAILED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Status parse(String label) {
            for (Status s : values()) {
                if (s.label().equals(label)) {
                    return s;
                }
            }
            throw new IllegalArgumentException(
                    "status: unknown run status '" + label + "' (running, paused, cancelled, finished, failed)");
        }
    }

    public RunRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: missing");
        }
        Algorithm.parse(algorithm);
        if (mode == null) {
            throw new IllegalArgumentException("mode: missing");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads: must be ≥ 0 (0 = all cores), got " + threads);
        }
        if (budget <= 0) {
            throw new IllegalArgumentException("budget: must be positive, got " + budget);
        }
        if (elapsedMs < 0) {
            throw new IllegalArgumentException("elapsedMs: must be ≥ 0, got " + elapsedMs);
        }
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        for (var e : settings.entrySet()) {
            Object v = e.getValue();
            if (!(v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean)) {
                throw new IllegalArgumentException(
                        "settings." + e.getKey() + ": must be a string, whole number, " + "number or boolean");
            }
        }
        hypervolume = hypervolume.stream().map(double[]::clone).toList();
        for (int i = 0; i < hypervolume.size(); i++) {
            if (hypervolume.get(i).length != 2) {
                throw new IllegalArgumentException("hypervolume[" + i + "]: expected [evaluations, hypervolume]");
            }
        }
        points = RunPoints.of(points).asList();
        name = name == null || name.isBlank() ? id : name;
    }

    /** A run whose points are these columns (no point object is made). */
    public RunRecord(
            String id,
            String name,
            String algorithm,
            CodesignMode mode,
            long seed,
            int threads,
            long budget,
            Map<String, Object> settings,
            Status status,
            String startedAt,
            long elapsedMs,
            List<double[]> hypervolume,
            RunPoints columns) {
        this(
                id,
                name,
                algorithm,
                mode,
                seed,
                threads,
                budget,
                settings,
                status,
                startedAt,
                elapsedMs,
                hypervolume,
                columns.asList());
    }

    /** The run's points as columns: what loops over a whole run should read. */
    public RunPoints columns() {
        return RunPoints.of(points);
    }

    public RunRecord withColumns(
            RunPoints newPoints, Status newStatus, long newElapsedMs, List<double[]> newHypervolume) {
        return withPoints(newPoints.asList(), newStatus, newElapsedMs, newHypervolume);
    }

    public RunRecord withPoints(
            List<EvaluatedPoint> newPoints, Status newStatus, long newElapsedMs, List<double[]> newHypervolume) {
        return new RunRecord(
                id,
                name,
                algorithm,
                mode,
                seed,
                threads,
                budget,
                settings,
                newStatus,
                startedAt,
                newElapsedMs,
                newHypervolume,
                newPoints);
    }

    /** Fraction of the budget used, in [0, 1]; 1 once finished (as {@code RunSnapshot.progress()}). */
    public double progress() {
        return status == Status.FINISHED ? 1.0 : Math.min(1.0, points.size() / (double) budget);
    }

    public RunRecord withName(String newName) {
        return new RunRecord(
                id,
                newName,
                algorithm,
                mode,
                seed,
                threads,
                budget,
                settings,
                status,
                startedAt,
                elapsedMs,
                hypervolume,
                points);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RunRecord r)) {
            return false;
        }
        if (hypervolume.size() != r.hypervolume.size()) {
            return false;
        }
        for (int i = 0; i < hypervolume.size(); i++) {
            if (!java.util.Arrays.equals(hypervolume.get(i), r.hypervolume.get(i))) {
                return false;
            }
        }
        return id.equals(r.id)
                && name.equals(r.name)
                && algorithm.equals(r.algorithm)
                && mode == r.mode
                && seed == r.seed
                && threads == r.threads
                && budget == r.budget
                && settings.equals(r.settings)
                && status == r.status
                && java.util.Objects.equals(startedAt, r.startedAt)
                && elapsedMs == r.elapsedMs
                && points.equals(r.points);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, algorithm, seed, points.size());
    }
}
