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
            Summary hvBaseAtEqualTime) {}

    static List<Versus> compare(
            List<Map<String, Outcome>> bySeed,
            String nlp,
            List<String> baselines,
            List<Objective> objectives,
            int budget) {
        List<Versus> out = new ArrayList<>();
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
                    Summary.of(hvBase)));
        }
        return out;
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
    }
}
