package org.codesign.search.nlp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ε-constraint sweep that traces a relaxed front for one dataflow: first the primary
 * objective alone (an anchor), then the primary objective again under bounds on the other
 * objectives set between the anchor's values and their smallest relaxed values (geometric steps),
 * each solve starting from the previous solution. {@link #next} runs one solve, so a run can show
 * its progress between them.
 */
public final class FrontSweep {
    private final EpsilonSolver solver;
    private final RelaxedObjective primary;
    private final List<RelaxedObjective> bounded;
    private final int solves;
    private final List<EpsilonSolver.Solution> solutions = new ArrayList<>();
    /** Per bounded objective: its smallest relaxed value (the minimum of that objective alone). */
    private final Map<RelaxedObjective, Double> floor = new EnumMap<>(RelaxedObjective.class);

    public FrontSweep(EpsilonSolver solver, RelaxedObjective primary, List<RelaxedObjective> bounded, int solves) {
        if (solves < 1) {
            throw new IllegalArgumentException("solves: at least 1, got " + solves);
        }
        this.solver = solver;
        this.primary = primary;
        this.bounded = List.copyOf(bounded);
        this.solves = solves;
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

    /** Runs the next solve of the sweep and returns its solution. */
    public EpsilonSolver.Solution next() {
        int k = solutions.size();
        EpsilonSolver.Solution s;
        if (k == 0) {
            s = solver.solve(primary, Map.of(), solver.start());
        } else {
            EpsilonSolver.Solution anchor = solutions.get(0);
            Map<RelaxedObjective, Double> eps = new EnumMap<>(RelaxedObjective.class);
            // step k of solves-1: every bounded objective a geometric fraction of the way to its floor
            double t = k / (double) Math.max(1, solves - 1);
            for (RelaxedObjective o : bounded) {
                double hi = anchor.metric(o);
                double lo = floor.computeIfAbsent(o, this::floorOf);
                eps.put(o, Math.exp(Math.log(hi) + t * (Math.log(Math.min(lo, hi)) - Math.log(hi))));
            }
            s = solver.solve(primary, eps, solutions.get(k - 1).x());
        }
        solutions.add(s);
        return s;
    }

    /** The smallest value of an objective the relaxed model reaches at the lower ends of the hardware ranges. */
    private double floorOf(RelaxedObjective o) {
        double[] x = solver.start();
        double[] lowest = solver.lowestHardware(x);
        return solver.at(lowest).metric(o);
    }
}
