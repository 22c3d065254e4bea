package org.codesign.teaching;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Metric;
import org.codesign.search.ExhaustiveConfig;
import org.codesign.search.Individual;
import org.codesign.search.RunSettings;
import org.codesign.search.RunSnapshot;
import org.codesign.search.SearchRun;
import org.codesign.search.SearchSpace;
import org.codesign.search.codesign.CodesignProblem;
import org.codesign.search.codesign.PointMetrics;
import org.codesign.study.Study;

/**
 * The exact Pareto front of a study's joint space, found by exhaustive search: every design is
 * evaluated once. Only for classroom-sized spaces.
 *
 * @param members the feasible non-dominated designs
 * @param hypervolume their hypervolume, measured as lesson steps are
 * @param designs the number of designs in the space
 */
public record TrueFront(List<Individual> members, double hypervolume, long designs) {

    /**
     * Spaces up to this size are enumerated: classroom-small's 3,780 designs take 106 ms once warm
     * (BENCHMARKS.md, "Teaching mode"), so 50,000 take a few seconds in the background. A product
     * limit, not a model constant.
     */
    public static final long MAX_DESIGNS = 50_000;

    public TrueFront {
        members = List.copyOf(members);
    }

    /**
     * Evaluates every design of the study's joint space.
     *
     * @throws IllegalArgumentException naming the space when it has more than {@link #MAX_DESIGNS} designs
     */
    public static TrueFront of(Study study, Evaluator evaluator) {
        CodesignProblem problem =
                new CodesignProblem(study.space(), study.objectives(), study.constraints(), evaluator);
        long designs = SearchSpace.size(problem.cardinalities());
        if (designs > MAX_DESIGNS) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "space: %,d designs; the true front is enumerated only for spaces up to %,d (a classroom space)",
                    designs,
                    MAX_DESIGNS));
        }
        RunSettings settings = RunSettings.of(1, (int) designs)
                .withThreads(Math.min(2, Runtime.getRuntime().availableProcessors()))
                .withHypervolume(CodesignProblem.hypervolume(study.objectives()));
        try (SearchRun run = new SearchRun(problem, ExhaustiveConfig.defaults(), settings)) {
            RunSnapshot end = run.runToEnd();
            return new TrueFront(end.archive(), end.hypervolume(), designs);
        }
    }

    /** How much hypervolume a search still lacks: this front's minus the search's (0 when it has found the front). */
    public double gap(double hypervolume) {
        return Math.max(0, this.hypervolume - hypervolume);
    }

    /** Whether the design with this genome is on the true front. */
    public boolean contains(int[] genome) {
        return genomes().contains(Arrays.toString(genome));
    }

    /** The members' genomes as text, for membership tests. */
    public Set<String> genomes() {
        Set<String> set = new HashSet<>();
        members.forEach(m -> set.add(Arrays.toString(m.genome())));
        return set;
    }

    /** A metric of every member, in member order (NaN where the model gives none). */
    public double[] values(Metric metric) {
        return members.stream()
                .mapToDouble(m -> m.evaluation().payload() instanceof PointMetrics pm ? pm.get(metric) : Double.NaN)
                .toArray();
    }
}
