package org.codesign.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** See {@link LocalSearchConfig}. */
final class LocalSearch implements SearchAlgorithm {

    private static final int RESTART_ATTEMPTS = 50;
    /** Augmentation of the Chebyshev function, so weakly dominated neighbours do not tie. */
    private static final double RHO = 1e-6;

    private static final class Walker {
        final double[] weight;
        Individual current;
        int restarts;

        Walker(double[] weight) {
            this.weight = weight;
        }
    }

    private final LocalSearchConfig config;
    private final double[] fixedIdeal;
    private final double[] fixedNadir;
    private final double[] observedMin;
    private final double[] observedMax;
    private List<Walker> walkers;
    private List<int[]> pendingSeeds;
    private final Set<GenomeKey> explored = new HashSet<>();

    LocalSearch(LocalSearchConfig config, ObjectiveBounds fixedBounds, int objectives) {
        this.config = config;
        this.fixedIdeal = fixedBounds == null ? null : fixedBounds.ideal();
        this.fixedNadir = fixedBounds == null ? null : fixedBounds.nadir();
        this.observedMin = new double[objectives];
        this.observedMax = new double[objectives];
        Arrays.fill(observedMin, Double.POSITIVE_INFINITY);
        Arrays.fill(observedMax, Double.NEGATIVE_INFINITY);
    }

    @Override
    public StepReport step(SearchContext ctx) {
        if (walkers == null) {
            createWalkers(ctx);
            pendingSeeds = new ArrayList<>(config.seeds());
        }
        long scalarBudget = Math.round((1 - config.paretoShare()) * ctx.budget());
        if (ctx.evaluationsUsed() < scalarBudget) {
            return scalarRound(ctx, (int) Math.min(ctx.remainingBudget(), scalarBudget - ctx.evaluationsUsed()));
        }
        if (ctx.archiveSize() == 0) {
            return startPoints(ctx);
        }
        return paretoRound(ctx);
    }

    private void createWalkers(SearchContext ctx) {
        walkers = new ArrayList<>();
        for (double[] w : SimplexWeights.spread(config.starts(), ctx.problem().objectiveCount())) {
            walkers.add(new Walker(w));
        }
    }

    @Override
    public AlgorithmState save() {
        if (walkers == null) {
            return new AlgorithmState.NotStarted();
        }
        List<AlgorithmState.Walker> saved = new ArrayList<>();
        for (Walker w : walkers) {
            saved.add(new AlgorithmState.Walker(w.current == null ? -1 : w.current.index(), w.restarts));
        }
        return new AlgorithmState.Local(
                saved, pendingSeeds, explored.stream().map(GenomeKey::genes).toList(), observedMin, observedMax);
    }

    @Override
    public void restore(AlgorithmState state, SearchContext ctx) {
        if (state instanceof AlgorithmState.NotStarted) {
            return;
        }
        if (!(state instanceof AlgorithmState.Local saved)) {
            throw new IllegalArgumentException("state: a local search cannot continue from " + state);
        }
        createWalkers(ctx);
        if (saved.walkers().size() != walkers.size()) {
            throw new IllegalArgumentException("state: " + saved.walkers().size() + " walkers saved but the search has "
                    + walkers.size() + " starts");
        }
        for (int i = 0; i < walkers.size(); i++) {
            AlgorithmState.Walker w = saved.walkers().get(i);
            walkers.get(i).current = w.current() < 0 ? null : ctx.point(w.current());
            walkers.get(i).restarts = w.restarts();
        }
        pendingSeeds = new ArrayList<>(saved.pendingSeeds());
        saved.explored().forEach(g -> explored.add(new GenomeKey(g)));
        System.arraycopy(saved.observedMin(), 0, observedMin, 0, observedMin.length);
        System.arraycopy(saved.observedMax(), 0, observedMax, 0, observedMax.length);
    }

    // ---- phase 1: multi-start scalarized local search ----

    private StepReport scalarRound(SearchContext ctx, int allowance) {
        List<Walker> moving = new ArrayList<>();
        List<List<int[]>> requests = new ArrayList<>();
        Set<GenomeKey> planned = new HashSet<>();
        int cost = 0;
        for (Walker w : walkers) {
            List<int[]> request = w.current == null
                    ? List.of(startGenome(ctx))
                    : SearchSpace.neighbours(w.current.genomeView(), ctx.cardinalities());
            if (w.current != null && config.scan() > 0) {
                shuffle(request, ctx.random());
            }
            int extra = 0;
            int limit = w.current != null && config.scan() > 0 ? config.scan() : Integer.MAX_VALUE;
            List<int[]> affordable = new ArrayList<>();
            for (int[] g : request) {
                GenomeKey k = new GenomeKey(g);
                boolean fresh = !ctx.isEvaluated(g) && !planned.contains(k);
                if (fresh && (cost + extra >= allowance || extra >= limit)) {
                    continue;
                }
                if (fresh) {
                    extra++;
                    planned.add(k);
                }
                affordable.add(g);
            }
            if (affordable.isEmpty()) {
                continue;
            }
            cost += extra;
            moving.add(w);
            requests.add(affordable);
        }
        List<int[]> batch = new ArrayList<>();
        requests.forEach(batch::addAll);
        List<Individual> results = ctx.evaluate(batch);
        observe(results);
        List<Individual> parents = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < moving.size(); i++) {
            Walker w = moving.get(i);
            List<Individual> mine =
                    results.subList(offset, offset + requests.get(i).size());
            offset += requests.get(i).size();
            if (w.current == null) {
                w.current = mine.get(0);
                continue;
            }
            parents.add(w.current);
            Individual best = w.current;
            for (Individual n : mine) {
                if (better(n, best, w.weight)) {
                    best = n;
                }
            }
            if (best == w.current) {
                if (!unscanned(w.current, ctx)) {
                    w.current = null; // local optimum: restart from a random point next round
                    w.restarts++;
                }
            } else {
                w.current = best;
            }
        }
        List<Individual> population = new ArrayList<>();
        for (Walker w : walkers) {
            if (w.current != null) {
                population.add(w.current);
            }
        }
        return StepReport.of(population, parents, results, false, "");
    }

    /** Whether a scanning walker still has neighbours of {@code current} to evaluate. */
    private boolean unscanned(Individual current, SearchContext ctx) {
        if (config.scan() == 0 || ctx.remainingBudget() == 0) {
            return false;
        }
        for (int[] g : SearchSpace.neighbours(current.genomeView(), ctx.cardinalities())) {
            if (!ctx.isEvaluated(g)) {
                return true;
            }
        }
        return false;
    }

    private static void shuffle(List<int[]> list, SplitMix random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int[] t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private int[] startGenome(SearchContext ctx) {
        if (!pendingSeeds.isEmpty()) {
            return pendingSeeds.remove(0);
        }
        int[] card = ctx.cardinalities();
        int[] g = SearchSpace.randomGenome(card, ctx.random());
        for (int a = 0; a < RESTART_ATTEMPTS && ctx.isEvaluated(g); a++) {
            g = SearchSpace.randomGenome(card, ctx.random());
        }
        return g;
    }

    private boolean better(Individual a, Individual b, double[] weight) {
        double va = a.evaluation().totalViolation();
        double vb = b.evaluation().totalViolation();
        if (va != vb) {
            return va < vb;
        }
        if (va > 0) {
            return false;
        }
        return chebyshev(a, weight) < chebyshev(b, weight);
    }

    private double chebyshev(Individual ind, double[] weight) {
        double[] f = ind.objectivesView();
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int i = 0; i < f.length; i++) {
            double z;
            double range;
            if (fixedIdeal != null) {
                z = fixedIdeal[i];
                range = fixedNadir[i] - z;
            } else {
                z = observedMin[i];
                range = observedMax[i] - observedMin[i];
                if (!(range > 0)) {
                    range = 1;
                }
            }
            double t = (f[i] - z) / range;
            max = Math.max(max, Math.max(weight[i], 1e-6) * t);
            sum += t;
        }
        return max + RHO * sum;
    }

    private void observe(List<Individual> individuals) {
        for (Individual ind : individuals) {
            if (ind.isFeasible()) {
                double[] f = ind.objectivesView();
                for (int i = 0; i < f.length; i++) {
                    observedMin[i] = Math.min(observedMin[i], f[i]);
                    observedMax[i] = Math.max(observedMax[i], f[i]);
                }
            }
        }
    }

    // ---- phase 2: Pareto local search over the archive ----

    private StepReport startPoints(SearchContext ctx) {
        List<int[]> starts = new ArrayList<>();
        Set<GenomeKey> planned = new HashSet<>();
        int want = Math.min(config.starts(), ctx.remainingBudget());
        for (int a = 0; starts.size() < want && a < RESTART_ATTEMPTS * want; a++) {
            int[] g = startGenome(ctx);
            if (!ctx.isEvaluated(g) && planned.add(new GenomeKey(g))) {
                starts.add(g);
            }
        }
        List<Individual> results = ctx.evaluate(starts);
        return StepReport.of(ctx.archiveMembers(), List.of(), results, false, "");
    }

    private StepReport paretoRound(SearchContext ctx) {
        List<Individual> members = ctx.archiveMembers();
        List<Individual> chosen = new ArrayList<>();
        List<int[]> batch = new ArrayList<>();
        Set<GenomeKey> planned = new HashSet<>();
        int allowance = ctx.remainingBudget();
        int cost = 0;
        for (Individual m : members) {
            if (chosen.size() >= config.paretoBatch() || cost >= allowance) {
                break;
            }
            GenomeKey key = new GenomeKey(m.genomeView());
            if (explored.contains(key)) {
                continue;
            }
            boolean complete = true;
            for (int[] g : SearchSpace.neighbours(m.genomeView(), ctx.cardinalities())) {
                if (ctx.isEvaluated(g) || !planned.add(new GenomeKey(g))) {
                    continue;
                }
                if (cost >= allowance) {
                    complete = false;
                    break;
                }
                cost++;
                batch.add(g);
            }
            if (complete) {
                explored.add(key);
            }
            chosen.add(m);
        }
        if (chosen.isEmpty()) {
            return perturbationRound(ctx, members);
        }
        List<Individual> results = ctx.evaluate(batch);
        return StepReport.of(ctx.archiveMembers(), chosen, results, false, "");
    }

    /** Every member is explored: evaluate random multi-gene perturbations of random members. */
    private StepReport perturbationRound(SearchContext ctx, List<Individual> members) {
        int[] card = ctx.cardinalities();
        Set<GenomeKey> planned = new LinkedHashSet<>();
        List<Individual> parents = new ArrayList<>();
        int want = Math.min(config.paretoBatch(), ctx.remainingBudget());
        for (int a = 0; planned.size() < want && a < RESTART_ATTEMPTS * want; a++) {
            Individual base = members.get(ctx.random().nextInt(members.size()));
            int[] g = base.genome();
            int changes = 2 + ctx.random().nextInt(2);
            for (int c = 0; c < changes; c++) {
                int i = ctx.random().nextInt(g.length);
                g[i] = ctx.random().nextInt(card[i]);
            }
            if (!ctx.isEvaluated(g) && planned.add(new GenomeKey(g))) {
                parents.add(base);
            }
        }
        List<int[]> batch = new ArrayList<>();
        planned.forEach(k -> batch.add(k.genes()));
        List<Individual> results = ctx.evaluate(batch);
        return StepReport.of(ctx.archiveMembers(), parents, results, false, "");
    }
}
