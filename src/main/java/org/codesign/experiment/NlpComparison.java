package org.codesign.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.codesign.eval.Objective;

/**
 * The accelerator-dataflow report's section on {@code nlp-local} (relax, solve, round, refine)
 * against each baseline: the evaluations and wall time nlp-local needs to reach the baseline's
 * final hypervolume (as fractions of the baseline's), and both methods' hypervolume at equal wall
 * time (the shorter of the two runs' times).
 */
final class NlpComparison {
    private NlpComparison() {}

    /** nlp-local against one baseline over the seeds. */
    record Versus(
            String baseline,
            int seeds,
            int reached,
            Summary evaluationShare,
            Summary timeShare,
            Summary hvNlpAtEqualTime,
            Summary hvBaseAtEqualTime,
            Summary nlpSolveMs,
            Summary nlpTotalMs) {}

    /**
     * The wall time nlp-local spent before its first evaluation (relax and solve, which use the
     * relaxed model only): its last snapshot with no evaluation yet.
     */
    static double solveMs(Outcome nlp) {
        double ms = 0;
        for (double[] t : nlp.timeline()) {
            if (t[0] == 0) {
                ms = Math.max(ms, t[1]);
            }
        }
        return ms;
    }

    static List<Versus> compare(
            List<Map<String, Outcome>> bySeed,
            String nlp,
            List<String> baselines,
            List<Objective> objectives,
            int budget) {
        List<Versus> out = new ArrayList<>();
        List<Double> solve = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        for (Map<String, Outcome> seed : bySeed) {
            solve.add(solveMs(seed.get(nlp)));
            total.add((double) seed.get(nlp).elapsedMs());
        }
        for (String b : baselines) {
            List<Double> evalShare = new ArrayList<>();
            List<Double> timeShare = new ArrayList<>();
            List<Double> hvNlp = new ArrayList<>();
            List<Double> hvBase = new ArrayList<>();
            int reached = 0;
            for (Map<String, Outcome> seed : bySeed) {
                Outcome n = seed.get(nlp);
                Outcome base = seed.get(b);
                double target = Fronts.hypervolume(base.points(), objectives);
                int[] every = Fronts.checkpoints(budget, budget);
                int at = Fronts.firstReaching(
                        Fronts.hypervolumeCurve(n.points(), objectives, every), every, target - 1e-12);
                if (at > 0) {
                    reached++;
                    evalShare.add(at / (double) base.evaluations());
                    timeShare.add(n.msAt(at) / Math.max(1.0, base.elapsedMs()));
                } else {
                    evalShare.add(Double.NaN);
                    timeShare.add(Double.NaN);
                }
                double t = Math.min(n.elapsedMs(), base.elapsedMs());
                hvNlp.add(Fronts.hypervolume(n.points().subList(0, n.evaluationsBy(t)), objectives));
                hvBase.add(Fronts.hypervolume(base.points().subList(0, base.evaluationsBy(t)), objectives));
            }
            out.add(new Versus(
                    b,
                    bySeed.size(),
                    reached,
                    Summary.of(evalShare),
                    Summary.of(timeShare),
                    Summary.of(hvNlp),
                    Summary.of(hvBase),
                    Summary.of(solve),
                    Summary.of(total)));
        }
        return out;
    }

    /**
     * The speed target against the first baseline (NSGA-II) in words: met or missed, and
     * by how much (the means over the seeds where nlp-local got there).
     */
    static String target(Versus v) {
        double time = v.timeShare().mean();
        double evals = v.evaluationShare().mean();
        String measured = "reached the " + v.baseline() + "'s final hypervolume on " + v.reached() + " of " + v.seeds()
                + " seeds";
        if (v.reached() == 0) {
            return "**Speed target (≤ 1/3 of " + v.baseline() + "'s wall time and ≤ 1/2 of its evaluations): "
                    + "missed**: nlp-local reached its final hypervolume on none of the " + v.seeds() + " seeds.";
        }
        boolean timeMet = time <= 1.0 / 3;
        boolean evalsMet = evals <= 0.5;
        boolean met = timeMet && evalsMet && v.reached() == v.seeds();
        return "**Speed target (≤ 1/3 of " + v.baseline() + "'s wall time and ≤ 1/2 of its evaluations, mean "
                + "over the seeds): " + (met ? "met" : "missed") + ".** nlp-local " + measured + ", with "
                + Fmt.pct(evals, 0) + " of its evaluations ("
                + (evalsMet ? "met" : "missed by " + Fmt.f(100 * (evals - 0.5), 0) + " percentage points")
                + ") and " + Fmt.pct(time, 0) + " of its wall time ("
                + (timeMet ? "met" : Fmt.f(time * 3, 1) + "× the allowed third")
                + "). Evaluations do not depend on the machine's load; wall times do.";
    }

    static void write(Markdown md, String nlp, List<Versus> rows) {
        md.h2(nlp + " vs. the baselines: speed to equal quality and quality at equal time");
        List<List<String>> table = new ArrayList<>();
        for (Versus v : rows) {
            table.add(List.of(
                    v.baseline(),
                    v.reached() + " of " + v.seeds(),
                    v.reached() > 0
                            ? Fmt.pct(v.evaluationShare().mean(), 0) + " ± "
                                    + Fmt.pct(v.evaluationShare().sd(), 0)
                            : "–",
                    v.reached() > 0
                            ? Fmt.pct(v.timeShare().mean(), 0) + " ± "
                                    + Fmt.pct(v.timeShare().sd(), 0)
                            : "–",
                    v.hvNlpAtEqualTime().meanSd(4) + " vs. "
                            + v.hvBaseAtEqualTime().meanSd(4)));
        }
        md.table(
                List.of(
                        "baseline",
                        "seeds where " + nlp + " reaches the baseline's final HV",
                        "its evaluations, share of the baseline's",
                        "its wall time, share of the baseline's",
                        "HV at equal wall time (" + nlp + " vs. baseline)"),
                table);
        md.p("Shares are over the seeds where " + nlp + " got there (mean ± sd); the wall time of " + nlp
                + " includes its relax, solve and round phases, which evaluate nothing. Equal wall time: both runs "
                + "cut at the shorter of their two times, each keeping the designs it had evaluated by then.");
        if (!rows.isEmpty()) {
            Versus v = rows.get(0);
            md.p(target(v));
            md.p("Where " + nlp + "'s wall time goes: relax and solve (before its first evaluation) took "
                    + Fmt.f(v.nlpSolveMs().mean() / 1000, 1) + " ± "
                    + Fmt.f(v.nlpSolveMs().sd() / 1000, 1)
                    + " s of its " + Fmt.f(v.nlpTotalMs().mean() / 1000, 1) + " ± "
                    + Fmt.f(v.nlpTotalMs().sd() / 1000, 1) + " s ("
                    + Fmt.pct(v.nlpSolveMs().mean() / v.nlpTotalMs().mean(), 0)
                    + "); rounding takes milliseconds; the rest is evaluating the rounded designs and the "
                    + "local search from them (refine), whose time is the mapper's, as for every method. Before "
                    + "the timed runs every arm ran once untimed, so the JVM's warm-up is charged to none of them. "
                    + "The machine's load average when this report was written: "
                    + Fmt.f(
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                    .getSystemLoadAverage(),
                            1)
                    + " on " + Runtime.getRuntime().availableProcessors() + " cores.");
        }
    }
}
