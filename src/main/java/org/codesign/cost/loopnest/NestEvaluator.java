package org.codesign.cost.loopnest;

/**
 * Timeloop's nest analysis, computed in closed form. One evaluator serves one problem on one
 * architecture and reuses its scratch arrays, so evaluating a mapping allocates nothing; it is
 * not thread-safe (use one per thread).
 *
 * <p>What Timeloop does and how this reproduces it:
 * <ul>
 * <li>Per tiling level and tensor, the <em>accesses</em> a level receives from its child are the
 *   sizes of the child tile's deltas summed over time. Timeloop simulates the temporal loops above
 *   the child with iterations {0, 1} only (iteration 1 standing for 1..n−1) and subtracts point
 *   sets, discarding the old tile whenever the translation between consecutive tiles differs from
 *   the previous one ("reset on stride change"). Working that simulation out symbolically: with
 *   the non-trivial temporal loops above the child listed inner → outer as λ1..λm, steps σk (the
 *   tile's translation for one iteration of λk) and counts cntk = (nk−1)·Π_{i>k} ni, the total is
 *   V + cnt1·D(σ1) + Σ_{k≥2} cntk·(τk = σ1 ? D(τk) : V), with τk = σk − Σ_{i&lt;k} σi (inner loops
 *   wrap back from iteration 1) and D(τ) the size of the new part of a tile moved by τ. This is the
 *   stationarity rule (a loop that does not index the tensor right above a level causes no refetch)
 *   and the sliding-window halo reuse for inputs.</li>
 * <li>Spatial fan-outs are container levels. All elements of a container see the same deltas
 *   translated by their offset; equal deltas are multicast, so the parent serves G distinct deltas
 *   out of F elements (outputs: spatial reduction). Neighbour link transfers are applied when a
 *   delta equals a neighbour's previous delta and that removes whole multicast groups.</li>
 * <li>Levels that do not keep a tensor are masked as in Timeloop's CollapseTiles: the parent then
 *   serves every access the masked level received; fills come from the parent's share; outputs
 *   elide the first read (reads = updates − partition size).</li>
 * </ul>
 * The work is split: {@link TileShapes} (tile extents and volumes), {@link TemporalTrace} (the
 * non-trivial temporal loops and their steps), {@link LevelAccesses} (the delta sums, multicast
 * and links per tiling level); this class checks capacities, masks, and derives the per-level
 * counts, cycles and energy.
 */
public final class NestEvaluator {
    private static final int T = Tensor.COUNT;

    private final Architecture arch;
    private final int[] problemBounds;
    private final long macs;
    private final int nStorage;
    private final LevelFigures lv;
    /** [storage][tensor], from {@link #lv}: read in every loop. */
    private final boolean[][] keeps;

    private final double computeEnergy;
    private final double computeLeak;

    // ---- results (valid after evaluate) ----
    /** [tensor][storage] per-instance counts and sizes. */
    final double[][] reads = new double[T][];

    final double[][] fills = new double[T][];
    final double[][] updates = new double[T][];
    final long[][] size = new long[T][];
    final long[][] partition = new long[T][];
    final long[] utilizedInstances;
    final long[] levelCycles;
    final double[] throttling;
    long computeCycles;
    long cycles;
    long computeInstancesUsed;
    double energyPJ;
    double leakagePJ;
    double computeEnergyPJ;
    final double[][] rowEnergy = new double[T][];
    final double[] levelLeak;
    /** Why the last evaluate returned false (capacity), or null. */
    String violation;

    // ---- scratch ----
    private final TileShapes tiles;
    private final TemporalTrace trace;
    private final LevelAccesses accesses;
    /** [tiling level] accesses after masking, parent share, link transfers in, partition size. */
    private double[] content = new double[16];

    private double[] share = new double[16];
    private double[] peer = new double[16];
    private long[] part = new long[16];

    public NestEvaluator(ConvProblem problem, Architecture arch) {
        this.arch = arch;
        Projection proj = new Projection(problem.strideH(), problem.strideW());
        this.tiles = new TileShapes(proj);
        this.trace = new TemporalTrace(proj);
        this.accesses = new LevelAccesses(proj, tiles, trace);
        this.problemBounds = problem.bounds();
        this.macs = problem.macs();
        this.nStorage = arch.storage().size();
        this.lv = new LevelFigures(arch);
        this.keeps = lv.keeps;
        computeEnergy = macs * arch.compute().energyPJ();
        computeLeak = arch.compute().leakPJPerCycle();
        for (int t = 0; t < T; t++) {
            reads[t] = new double[nStorage];
            fills[t] = new double[nStorage];
            updates[t] = new double[nStorage];
            size[t] = new long[nStorage];
            partition[t] = new long[nStorage];
            rowEnergy[t] = new double[nStorage];
        }
        utilizedInstances = new long[nStorage];
        levelCycles = new long[nStorage];
        throttling = new double[nStorage];
        levelLeak = new double[nStorage];
    }

    public Architecture architecture() {
        return arch;
    }

    public int[] problemBounds() {
        return problemBounds.clone();
    }

    public long macs() {
        return macs;
    }

    /** Total energy of the last evaluation (pJ). */
    public double energyPJ() {
        return energyPJ;
    }

    /** Cycles of the last evaluation (bandwidth throttling included). */
    public long cycles() {
        return cycles;
    }

    /** Why the last {@link #evaluate} returned false, or null. */
    public String violation() {
        return violation;
    }

    /**
     * Tile sizes only: checks that every level's kept tiles fit its effective capacity. Returns
     * false (and sets {@link #violation()}) when they do not. Cheaper than a full evaluation.
     */
    public boolean fits(FlatNest nest) {
        tiles.prepare(nest);
        return checkCapacity(nest);
    }

    /**
     * Analyses a flattened mapping whose factors multiply to the problem bounds. Returns false
     * when a tile exceeds a level's capacity (see {@link #violation()}); otherwise the results are
     * in this evaluator's fields and accessors.
     */
    public boolean evaluate(FlatNest nest) {
        return evaluate(nest, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY) == FITS;
    }

    /** {@link #evaluate(FlatNest, double, double)}: the mapping was analysed; results are valid. */
    public static final int FITS = 0;
    /** A tile exceeds a level's capacity (see {@link #violation()}). */
    public static final int TOO_BIG = 1;
    /** The energy, or energy × cycles, provably exceeds the bound given; the results are not valid. */
    public static final int ABOVE_BOUND = 2;

    /**
     * Analyses a mapping like {@link #evaluate(FlatNest)}, but gives up as soon as the energy of
     * the tensors analysed so far (plus the MACs' energy) exceeds {@code maxEnergyPJ}, or times the
     * compute cycles (a lower bound on the cycles) exceeds {@code maxEnergyCycles}, with a margin
     * of 1e-9 relative so that rounding can never stop an analysis whose full result would be
     * within the bound. A search that only wants mappings better than its incumbent skips most of
     * the work for the many that are not; the counts of a completed analysis are unaffected.
     *
     * @return {@link #FITS}, {@link #TOO_BIG} or {@link #ABOVE_BOUND}
     */
    public int evaluate(FlatNest nest, double maxEnergyPJ, double maxEnergyCycles) {
        tiles.prepare(nest);
        if (!checkCapacity(nest)) {
            return TOO_BIG;
        }
        trace.prepare(nest, tiles.scale);
        computeCycles = trace.computeCycles;
        computeInstancesUsed = trace.computeInstancesUsed;
        for (int s = 0; s < nStorage; s++) {
            utilizedInstances[s] = trace.repl[nest.storageTl[s]];
        }
        double energyLimit = Math.min(maxEnergyPJ, maxEnergyCycles / computeCycles) * (1 + 1e-9);
        double partial = computeEnergy;
        for (int i = 0; i < T; i++) {
            int t = tensorOrder[i];
            analyseTensor(nest, t);
            partial += tensorEnergy(t);
            if (partial > energyLimit) {
                // the most expensive tensor first next time: it ends hopeless analyses soonest
                if (i > 0) {
                    tensorOrder[i] = tensorOrder[0];
                    tensorOrder[0] = t;
                }
                return ABOVE_BOUND;
            }
        }
        finish();
        return FITS;
    }

    /** The order in which tensors are analysed (any order gives the same results). */
    private final int[] tensorOrder = {0, 1, 2};

    /** Energy of tensor t at every level (reads, fills and updates in whole blocks, per used cluster). */
    private double tensorEnergy(int t) {
        double sum = 0;
        for (int s = 0; s < nStorage; s++) {
            if (!keeps[s][t]) {
                rowEnergy[t][s] = 0;
                continue;
            }
            int block = lv.blockWords[s];
            double e = vector(reads[t][s], block) * lv.readEnergy[s]
                    + vector(fills[t][s], block) * lv.writeEnergy[s]
                    + vector(updates[t][s], block) * lv.updateEnergy[s];
            e *= Math.min(utilizedInstances[s], lv.clusterCount[s]);
            rowEnergy[t][s] = e;
            sum += e;
        }
        return sum;
    }

    // ------------------------------------------------------------------------------------------

    private boolean checkCapacity(FlatNest nest) {
        violation = null;
        for (int s = 0; s < nStorage; s++) {
            int tl = nest.storageTl[s];
            long total = 0;
            for (int t = 0; t < T; t++) {
                long v = tiles.vol[t][tl];
                size[t][s] = v;
                if (keeps[s][t]) {
                    total += v;
                }
            }
            if (lv.bounded[s] && total > lv.effectiveCapacity[s]) {
                StorageLevel level = arch.storage().get(s);
                StringBuilder parts = new StringBuilder();
                for (int t = 0; t < T; t++) {
                    if (keeps[s][t]) {
                        parts.append(parts.length() == 0 ? "" : ", ")
                                .append(Tensor.of(t))
                                .append(' ')
                                .append(size[t][s]);
                    }
                }
                violation = level.name() + ": tiles need " + total + " words (" + parts + ") but the level holds "
                        + level.effectiveCapacityWords()
                        + (level.multipleBuffering() > 1
                                ? " (capacity " + level.capacityWords() + " / multiple buffering "
                                        + level.multipleBuffering() + ")"
                                : "");
                return false;
            }
        }
        return true;
    }

    private void analyseTensor(FlatNest nest, int t) {
        int ntl = nest.nTl;
        if (content.length < ntl) {
            int n = ntl * 2;
            content = new double[n];
            share = new double[n];
            peer = new double[n];
            part = new long[n];
        }
        long[] v = tiles.vol[t];
        long[] fan = trace.fan;
        long[] repl = trace.repl;
        // accesses each tiling level receives from its child (raw, before masking)
        accesses.compute(nest, t);
        double[] tAcc = accesses.tAcc;
        double[] wAcc = accesses.wAcc;
        double[] lAcc = accesses.lAcc;
        // masking (bottom-up): a level that does not keep t passes its children's accesses up
        content[0] = tAcc[0];
        for (int j = 1; j < ntl; j++) {
            if (keepsTl(nest, j - 1, t)) {
                content[j] = tAcc[j];
            } else {
                content[j] = tAcc[j] * content[j - 1] * fan[j] / wAcc[j];
                lAcc[j] = 0;
            }
        }
        // parent access share (before masking) and partition sizes (top-down)
        for (int j = 0; j < ntl - 1; j++) {
            share[j] = wAcc[j + 1] / fan[j + 1];
        }
        share[ntl - 1] = 0;
        part[ntl - 1] = v[ntl - 1];
        for (int j = ntl - 2; j >= 0; j--) {
            long pfd = nest.tlContainer[j + 1] ? v[j + 1] : v[j];
            part[j] = part[j + 1] * v[j] / pfd;
        }
        for (int j = 0; j < ntl; j++) {
            peer[j] = 0;
        }
        for (int j = ntl - 1; j > 0; j--) {
            if (lAcc[j] != 0) {
                peer[j - 1] += lAcc[j] / repl[j - 1];
            }
        }
        // per storage level statistics
        boolean outermost = true;
        boolean readWrite = Tensor.of(t).readWrite();
        for (int s = 0; s < nStorage; s++) {
            int j = nest.storageTl[s];
            partition[t][s] = part[j];
            if (!keeps[s][t]) {
                reads[t][s] = 0;
                fills[t][s] = 0;
                updates[t][s] = 0;
                continue;
            }
            double parentShare = outermost ? 0 : share[j];
            if (readWrite) {
                updates[t][s] = roundHalfAway(content[j]);
                reads[t][s] = roundHalfAway(content[j] + peer[j] - part[j]);
                fills[t][s] = outermost
                        ? roundHalfAway(parentShare + peer[j])
                        : roundHalfAway(parentShare + peer[j] - part[j]);
            } else {
                reads[t][s] = roundHalfAway(content[j] + peer[j]);
                // Timeloop keeps read-only fills as a double and stores them truncated
                fills[t][s] = Math.floor(parentShare + peer[j] + 1e-9);
                updates[t][s] = 0;
            }
            outermost = false;
        }
    }

    private boolean keepsTl(FlatNest nest, int j, int t) {
        return !nest.tlContainer[j] && keeps[nest.tlStorage[j]][t];
    }

    // ------------------------------------------------------------------------------------------

    /** Cycles with bandwidth throttling, and the energy totals (the tensors' rows are already computed). */
    private void finish() {
        long maxCycles = computeCycles;
        for (int s = 0; s < nStorage; s++) {
            double rd = 0;
            double wr = 0;
            for (int t = 0; t < T; t++) {
                if (keeps[s][t]) {
                    rd += reads[t][s];
                    wr += fills[t][s] + updates[t][s];
                }
            }
            rd /= computeCycles;
            wr /= computeCycles;
            double slowdown = 1.0;
            if (rd > lv.readBandwidth[s]) {
                slowdown = Math.min(slowdown, lv.readBandwidth[s] / rd);
            }
            if (wr > lv.writeBandwidth[s]) {
                slowdown = Math.min(slowdown, lv.writeBandwidth[s] / wr);
            }
            if (rd + wr > lv.sharedBandwidth[s]) {
                slowdown = Math.min(slowdown, lv.sharedBandwidth[s] / (rd + wr));
            }
            throttling[s] = slowdown;
            levelCycles[s] = slowdown == 1.0 ? computeCycles : (long) Math.ceil(computeCycles / slowdown);
            maxCycles = Math.max(maxCycles, levelCycles[s]);
        }
        cycles = maxCycles;
        double total = 0;
        double leak = 0;
        for (int s = 0; s < nStorage; s++) {
            boolean any = false;
            for (int t = 0; t < T; t++) {
                if (keeps[s][t]) {
                    any = true;
                    total += rowEnergy[t][s];
                }
            }
            levelLeak[s] = any ? lv.leakPerCycle[s] * cycles * utilizedInstances[s] : 0;
            leak += levelLeak[s];
        }
        computeEnergyPJ = computeEnergy;
        leak += computeLeak * cycles * computeInstancesUsed;
        leakagePJ = leak;
        energyPJ = total + leak + computeEnergyPJ;
    }

    /** C's round(): halves go away from zero (Math.rint would round them to even). */
    private static double roundHalfAway(double x) {
        return x >= 0 ? Math.floor(x + 0.5) : -Math.floor(-x + 0.5);
    }

    /** Words moved in whole blocks: ⌈count / block⌉ · block (counts are whole numbers). */
    private static double vector(double count, int block) {
        if (count <= 0) {
            return 0;
        }
        return block == 1 ? count : Math.ceil(count / block) * block;
    }
}
