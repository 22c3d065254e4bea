package org.codesign.search.nlp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The ε-constraint sweep that traces a relaxed front for one dataflow. First one anchor per
 * objective: that objective alone, from a random start ({@link EpsilonSolver#start(RandomGenerator)}),
 * so the front's ends (fastest, lowest power, smallest) are solved for, not left to the ε levels.
 * With at least two solves more than anchors, the primary objective's anchor is solved once more
 * from the best corner of the hardware box ({@link EpsilonSolver#cornerStart}): from a random
 * start the solver leaves the array's size nearly where it began, so the front's fast end was
 * missing (issue 18's diagnosis, BENCHMARKS.md). Then the primary objective under bounds on the
 * others set between the primary anchor's values and the other anchors' (geometric steps), each
 * solve warm-started from the previous one. {@link #next} runs one solve, so a run can show its
 * progress between them.
 */
public final class FrontSweep {
    private final EpsilonSolver solver;
    private final RelaxedObjective primary;
    private final List<RelaxedObjective> bounded;
    private final int solves;
    private final RandomGenerator random;
    private final List<EpsilonSolver.Solution> solutions = new ArrayList<>();

    /** A sweep whose anchors start from the random points of seed 0 (the same on every call). */
    public FrontSweep(EpsilonSolver solver, RelaxedObjective primary, List<RelaxedObjective> bounded, int solves) {
        this(solver, primary, bounded, solves, new java.util.SplittableRandom(0));
    }

    /**
     * @param random the source of the anchors' starting points (the run's seed decides them)
     */
    public FrontSweep(
            EpsilonSolver solver,
            RelaxedObjective primary,
            List<RelaxedObjective> bounded,
            int solves,
            RandomGenerator random) {
        if (solves < 1) {
            throw new IllegalArgumentException("solves: at least 1, got " + solves);
        }
        this.solver = solver;
        this.primary = primary;
        this.bounded = List.copyOf(bounded);
        this.solves = solves;
        this.random = random;
    }

    public int solves() {
        return solves;
    }

    public boolean done() {
        return solutions.size() >= solves;
    }

    public List<EpsilonSolver.Solution> solutions() {
        return List.copyOf(solutions);
    }

    public EpsilonSolver solver() {
        return solver;
    }

    /** The anchors: the primary objective first, then every bounded one. */
    private int anchors() {
        return 1 + bounded.size();
    }

    /** Whether the sweep solves the primary anchor again from a corner (right after the anchors). */
    private boolean corner() {
        return solves > anchors() + 1;
    }

    /** The ε levels, the sweep's last solves. */
    private int levels() {
        return solves - anchors() - (corner() ? 1 : 0);
    }

    /** Runs the next solve of the sweep and returns its solution. */
    public EpsilonSolver.Solution next() {
        int k = solutions.size();
        EpsilonSolver.Solution s;
        if (k < anchors()) {
            RelaxedObjective alone = k == 0 ? primary : bounded.get(k - 1);
            s = solver.solve(alone, Map.of(), solver.start(random));
        } else if (k == anchors() && corner()) {
            s = solver.solve(primary, Map.of(), solver.cornerStart(primary));
        } else {
            EpsilonSolver.Solution anchor = solutions.get(0);
            Map<RelaxedObjective, Double> eps = new EnumMap<>(RelaxedObjective.class);
            // ε level j of the levels between the primary anchor (t = 0) and the others' anchors (t = 1)
            int first = solves - levels();
            double t = (k - first + 1) / (double) (levels() + 1);
            for (int b = 0; b < bounded.size(); b++) {
                RelaxedObjective o = bounded.get(b);
                double hi = anchor.metric(o);
                double lo = Math.min(hi, solutions.get(1 + b).metric(o));
                eps.put(o, Math.exp(Math.log(hi) + t * (Math.log(lo) - Math.log(hi))));
            }
            EpsilonSolver.Solution warm = k == first ? anchor : solutions.get(k - 1);
            s = solver.solve(primary, eps, warm.x());
        }
        solutions.add(s);
        return s;
    }
}
