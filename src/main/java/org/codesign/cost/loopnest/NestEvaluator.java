package org.codesign.cost.loopnest;

import java.util.Arrays;

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
 */
public final class NestEvaluator {
    private static final int T = Tensor.COUNT;
    private static final int K = Tensor.RANK;

    private final Architecture arch;
    private final Projection proj;
    private final int[] problemBounds;
    private final long macs;
    private final int nStorage;
    private final boolean[][] keeps; // [storage][tensor]
    // per storage level, read once from the architecture
    private final boolean[] bounded;
    private final long[] effectiveCapacity;
    private final double[] readBandwidth;
    private final double[] writeBandwidth;
    private final double[] sharedBandwidth;
    private final int[] blockWords;
    private final double[] readEnergy;
    private final double[] writeEnergy;
    private final double[] updateEnergy;
    private final double[] leakPerCycle;
    private final long[] clusterCount;
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
    private long[] scale = new long[32];
    private long[][] tlExt = new long[16][Dim.COUNT];
    /** [tensor][tiling level][coordinate] tile extents and [tensor][tiling level] volumes. */
    private long[][][] ce = new long[T][16][K];
    private long[][] vol = new long[T][16];
    private long[] tAbove = new long[16];
    private long[] repl = new long[16];
    private long[] fan = new long[16];
    private int[] firstAbove = new int[16];
    private double[] tAcc = new double[16];
    private double[] wAcc = new double[16];
    private double[] lAcc = new double[16];
    private double[] content = new double[16];
    private double[] share = new double[16];
    private double[] peer = new double[16];
    private long[] part = new long[16];
    // the non-trivial temporal loops, inner → outer: bound, count factor, and per tensor the
    // coordinate and length of one step plus prefix sums of the steps
    private int nT;
    private int[] tBound = new int[32];
    private long[] tCnt = new long[32];
    private int[][] stepCoord = new int[T][32];
    private long[][] stepLen = new long[T][32];
    private long[][] prefix = new long[T][33 * K];
    /** [tensor][k]: Σ_{i<k} |step_i| (steps move one coordinate, so this is the length of the prefix sum). */
    private long[][] prefixLen = new long[T][33];
    private final long[] tau = new long[K];
    private final long[] extBuf = new long[Dim.COUNT];
    private final LinkAnalysis links = new LinkAnalysis();

    public NestEvaluator(ConvProblem problem, Architecture arch) {
        this.arch = arch;
        this.proj = new Projection(problem.strideH(), problem.strideW());
        this.problemBounds = problem.bounds();
        this.macs = problem.macs();
        this.nStorage = arch.storage().size();
        this.keeps = new boolean[nStorage][T];
        bounded = new boolean[nStorage];
        effectiveCapacity = new long[nStorage];
        readBandwidth = new double[nStorage];
        writeBandwidth = new double[nStorage];
        sharedBandwidth = new double[nStorage];
        blockWords = new int[nStorage];
        readEnergy = new double[nStorage];
        writeEnergy = new double[nStorage];
        updateEnergy = new double[nStorage];
        leakPerCycle = new double[nStorage];
        clusterCount = new long[nStorage];
        for (int s = 0; s < nStorage; s++) {
            StorageLevel level = arch.storage().get(s);
            for (int t = 0; t < T; t++) {
                keeps[s][t] = level.keeps(Tensor.of(t));
            }
            bounded[s] = level.bounded();
            effectiveCapacity[s] = level.effectiveCapacityWords();
            readBandwidth[s] = level.readBandwidth();
            writeBandwidth[s] = level.writeBandwidth();
            sharedBandwidth[s] = level.sharedBandwidth();
            blockWords[s] = level.blockWords();
            readEnergy[s] = level.readEnergyPJ();
            writeEnergy[s] = level.writeEnergyPJ();
            updateEnergy[s] = level.updateEnergyPJ();
            leakPerCycle[s] = level.leakPJPerCycle();
            clusterCount[s] = level.instances() / level.clusterSize();
        }
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
        prepareTiles(nest);
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
        prepareTiles(nest);
        if (!checkCapacity(nest)) {
            return TOO_BIG;
        }
        prepareTrace(nest);
        for (int s = 0; s < nStorage; s++) {
            utilizedInstances[s] = repl[nest.storageTl[s]];
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
            int block = blockWords[s];
            double e = vector(reads[t][s], block) * readEnergy[s]
                    + vector(fills[t][s], block) * writeEnergy[s]
                    + vector(updates[t][s], block) * updateEnergy[s];
            e *= Math.min(utilizedInstances[s], clusterCount[s]);
            rowEnergy[t][s] = e;
            sum += e;
        }
        return sum;
    }

    // ------------------------------------------------------------------------------------------

    /** Loop scales, tile extents and volumes of every tiling level for every tensor. */
    private void prepareTiles(FlatNest nest) {
        int nl = nest.nLoops;
        int ntl = nest.nTl;
        if (scale.length < nl) {
            scale = new long[nl * 2];
        }
        if (tAbove.length < ntl) {
            growTl(ntl * 2);
        }
        long[] running = extBuf;
        Arrays.fill(running, 1);
        int tl = 0;
        for (int i = 0; i < nl; i++) {
            int d = nest.dim[i];
            scale[i] = running[d];
            running[d] *= nest.bound[i];
            while (tl < ntl && nest.tlHi[tl] == i) {
                System.arraycopy(running, 0, tlExt[tl], 0, Dim.COUNT);
                tl++;
            }
        }
        for (int t = 0; t < T; t++) {
            long[][] cet = ce[t];
            long[] vt = vol[t];
            for (int j = 0; j < ntl; j++) {
                proj.tileExtents(t, tlExt[j], cet[j]);
                long[] e = cet[j];
                vt[j] = e[0] * e[1] * e[2] * e[3] * e[4];
            }
        }
    }

    /** The temporal trace: non-trivial temporal loops, their counts and per-tensor steps. */
    private void prepareTrace(FlatNest nest) {
        int nl = nest.nLoops;
        int ntl = nest.nTl;
        if (tBound.length < nl) {
            int n = nl * 2;
            tBound = new int[n];
            tCnt = new long[n];
            for (int t = 0; t < T; t++) {
                stepCoord[t] = new int[n];
                stepLen[t] = new long[n];
                prefix[t] = new long[(n + 1) * K];
                prefixLen[t] = new long[n + 1];
            }
        }
        int m = 0;
        long spatial = 1;
        int j = 0;
        for (int i = 0; i < nl; i++) {
            while (j < ntl && nest.tlHi[j] < i) {
                firstAbove[j++] = m;
            }
            if (nest.spatial[i]) {
                spatial *= nest.bound[i];
            } else if (nest.bound[i] > 1) {
                int d = nest.dim[i];
                tBound[m] = nest.bound[i];
                for (int t = 0; t < T; t++) {
                    int c = proj.coord[t][d];
                    long len = c >= 0 ? proj.coeff[t][d] * scale[i] : 0;
                    stepCoord[t][m] = len == 0 ? -1 : c;
                    stepLen[t][m] = len;
                }
                m++;
            }
        }
        while (j < ntl) {
            firstAbove[j++] = m;
        }
        nT = m;
        computeInstancesUsed = spatial;
        // cnt_k = (n_k − 1) · Π_{i>k} n_i
        long after = 1;
        for (int k = m - 1; k >= 0; k--) {
            tCnt[k] = (tBound[k] - 1) * after;
            after *= tBound[k];
        }
        computeCycles = after;
        for (int t = 0; t < T; t++) {
            long[] pre = prefix[t];
            long[] len = prefixLen[t];
            for (int c = 0; c < K; c++) {
                pre[c] = 0;
            }
            len[0] = 0;
            for (int k = 0; k < m; k++) {
                int base = k * K;
                for (int c = 0; c < K; c++) {
                    pre[base + K + c] = pre[base + c];
                }
                if (stepCoord[t][k] >= 0) {
                    pre[base + K + stepCoord[t][k]] += stepLen[t][k];
                }
                len[k + 1] = len[k] + stepLen[t][k];
            }
        }
        // temporal product above, spatial replication above, and fan-out of each tiling level,
        // in one pass from the outermost loop down
        long rep = 1;
        int l = ntl - 1;
        for (int i = nl - 1; i >= -1 && l >= 0; i--) {
            while (l >= 0 && nest.tlHi[l] == i) {
                repl[l] = rep;
                l--;
            }
            if (i >= 0 && nest.spatial[i]) {
                rep *= nest.bound[i];
            }
        }
        for (int x = 0; x < ntl; x++) {
            int k = firstAbove[x];
            tAbove[x] = k < m ? (tCnt[k] / (tBound[k] - 1)) * tBound[k] : 1;
            fan[x] = 1;
            if (nest.tlContainer[x]) {
                long f = 1;
                for (int i = nest.tlLo[x]; i <= nest.tlHi[x]; i++) {
                    if (nest.spatial[i]) {
                        f *= nest.bound[i];
                    }
                }
                fan[x] = f;
            }
        }
    }

    private void growTl(int n) {
        tlExt = new long[n][Dim.COUNT];
        ce = new long[T][n][K];
        vol = new long[T][n];
        tAbove = new long[n];
        repl = new long[n];
        fan = new long[n];
        firstAbove = new int[n];
        tAcc = new double[n];
        wAcc = new double[n];
        lAcc = new double[n];
        content = new double[n];
        share = new double[n];
        peer = new double[n];
        part = new long[n];
    }

    private boolean checkCapacity(FlatNest nest) {
        violation = null;
        for (int s = 0; s < nStorage; s++) {
            int tl = nest.storageTl[s];
            long total = 0;
            for (int t = 0; t < T; t++) {
                long v = vol[t][tl];
                size[t][s] = v;
                if (keeps[s][t]) {
                    total += v;
                }
            }
            if (bounded[s] && total > effectiveCapacity[s]) {
                StorageLevel level = arch.storage().get(s);
                StringBuilder parts = new StringBuilder();
                for (int t = 0; t < T; t++) {
                    if (keeps[s][t]) {
                        parts.append(parts.length() == 0 ? "" : ", ").append(Tensor.of(t)).append(' ').append(size[t][s]);
                    }
                }
                violation = level.name() + ": tiles need " + total + " words (" + parts + ") but the level holds "
                        + level.effectiveCapacityWords() + (level.multipleBuffering() > 1
                        ? " (capacity " + level.capacityWords() + " / multiple buffering " + level.multipleBuffering() + ")"
                        : "");
                return false;
            }
        }
        return true;
    }

    private void analyseTensor(FlatNest nest, int t) {
        int ntl = nest.nTl;
        long[] v = vol[t];
        // accesses each tiling level receives from its child (raw, before masking)
        if (nest.tlContainer[0]) {
            containerOverComputeUnits(nest, t);
        } else {
            tAcc[0] = computeCycles;
            wAcc[0] = computeCycles;
            lAcc[0] = 0;
        }
        int lastChild = -1;
        double lastD = 0;
        for (int j = 1; j < ntl; j++) {
            int child = j - 1;
            double d;
            // a level with only unit loops repeats its child's tile and trace: reuse the sum
            if (lastChild >= 0 && firstAbove[child] == firstAbove[lastChild]
                    && Arrays.equals(ce[t][child], ce[t][lastChild])) {
                d = lastD;
            } else {
                d = traceDeltas(t, child);
            }
            lastChild = child;
            lastD = d;
            if (nest.tlContainer[j]) {
                containerOverTiles(nest, t, j, d);
            } else {
                tAcc[j] = d;
                wAcc[j] = d;
                lAcc[j] = 0;
            }
        }
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
                fills[t][s] = outermost ? roundHalfAway(parentShare + peer[j])
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

    /**
     * Σ over time of the deltas of tiling level {@code child}'s tile, per instance, as Timeloop's
     * extrapolated simulation counts them (see the class comment).
     */
    private double traceDeltas(int t, int child) {
        long[] ext = ce[t][child];
        long v = vol[t][child];
        int k0 = firstAbove[child];
        if (k0 >= nT) {
            return v;
        }
        int[] sc = stepCoord[t];
        long[] sl = stepLen[t];
        long[] pre = prefix[t];
        int c1 = sc[k0];
        long v1 = sl[k0];
        double d = v + tCnt[k0] * newPartSingle(ext, v, c1, v1);
        int base = k0 * K;
        long full = 0;
        for (int k = k0 + 1; k < nT; k++) {
            if (leafIsSlab(t, k, k0, base, c1, v1)) {
                d += tCnt[k] * newPart(ext, v, tau);
            } else {
                full += tCnt[k];
            }
        }
        return d + (double) full * v;
    }

    /**
     * Says whether the type-k leaf's move τ_k = σ_k − Σ_{k0≤i&lt;k} σ_i equals σ1 (and then leaves
     * τ_k in {@link #tau}). Steps are non-negative and move one coordinate each, so lengths must
     * match first: |σ_k| = |σ1| + Σ_{k0≤i&lt;k} |σ_i|, which rejects most leaves in one comparison.
     */
    private boolean leafIsSlab(int t, int k, int k0, int base, int c1, long v1) {
        long[] len = prefixLen[t];
        if (stepLen[t][k] != v1 + len[k] - len[k0]) {
            return false;
        }
        computeTau(t, k, base);
        for (int c = 0; c < K; c++) {
            long want = c == c1 ? v1 : 0;
            if (tau[c] != want) {
                return false;
            }
        }
        return true;
    }

    /** τ_k = σ_k − (prefix_k − prefix_k0) into {@link #tau}. */
    private void computeTau(int t, int k, int base) {
        long[] pre = prefix[t];
        int kb = k * K;
        for (int c = 0; c < K; c++) {
            tau[c] = pre[base + c] - pre[kb + c];
        }
        int ck = stepCoord[t][k];
        if (ck >= 0) {
            tau[ck] += stepLen[t][k];
        }
    }


    /** Size of the new part of a box of extents ext moved by {@code step} along coordinate c. */
    private static double newPartSingle(long[] ext, long v, int c, long step) {
        if (c < 0) {
            return 0;
        }
        long a = Math.abs(step);
        if (a >= ext[c]) {
            return v;
        }
        return (double) (v / ext[c]) * a;
    }

    private static double newPart(long[] ext, long v, long[] move) {
        long overlap = 1;
        for (int k = 0; k < K; k++) {
            long o = ext[k] - Math.abs(move[k]);
            if (o <= 0) {
                return v;
            }
            overlap *= o;
        }
        return v - overlap;
    }

    /** Raw accesses of container j whose children are tiles of level j−1 with delta sum d. */
    private void containerOverTiles(FlatNest nest, int t, int j, double d) {
        long g = links.prepare(nest, j, t, proj, scale);
        long f = fan[j];
        int child = j - 1;
        int k0 = firstAbove[child];
        if (f == 1 || !links.possibleAtAll() || k0 >= nT) {
            tAcc[j] = g * d;
            wAcc[j] = f * d;
            lAcc[j] = 0;
            return;
        }
        long v = vol[t][child];
        long[] ext = ce[t][child];
        int[] sc = stepCoord[t];
        long[] sl = stepLen[t];
        int c1 = sc[k0];
        long v1 = sl[k0];
        int base = k0 * K;
        double d1 = newPartSingle(ext, v, c1, v1);
        double tot = g * v;    // the initial fetch: no previous deltas to link with
        double wgt = f * v;
        double lnk = 0;
        // type-k leaves (k ≥ 2): the previous leaf is a type-1 leaf (a slab of σ1)
        double wSlabPrev = 0;
        double wFullPrev = 0;
        for (int k = k0 + 1; k < nT; k++) {
            boolean slab = leafIsSlab(t, k, k0, base, c1, v1);
            double dk = slab ? newPart(ext, v, tau) : v;
            double w = tCnt[k];
            // weights of the type-1 leaves that follow this leaf type
            if (slab) {
                wSlabPrev += (tBound[k0] - 1) * (double) tCnt[k];
            } else {
                wFullPrev += (tBound[k0] - 1) * (double) tCnt[k];
            }
            if (dk == 0) {
                continue;
            }
            boolean compatible = d1 > 0 && (slab || d1 == v);
            if (compatible) {
                computeTau(t, k, base);
                linkRow(g, f, dk, w, tau);
                tot += row[0];
                wgt += row[1];
                lnk += row[2];
            } else {
                tot += g * dk * w;
                wgt += f * dk * w;
            }
        }
        // type-1 leaves: the previous leaf is the initial one (full) or a type-k leaf
        if (d1 > 0) {
            boolean fullEqualsSlab = d1 == v;
            double wInit = tBound[k0] - 1;
            double wCompat = wSlabPrev + (fullEqualsSlab ? wInit + wFullPrev : 0);
            double wOther = fullEqualsSlab ? 0 : wInit + wFullPrev;
            tot += g * d1 * wOther;
            wgt += f * d1 * wOther;
            if (wCompat > 0) {
                for (int c = 0; c < K; c++) {
                    tau[c] = 0;
                }
                tau[c1] = v1;
                linkRow(g, f, d1, wCompat, tau);
                tot += row[0];
                wgt += row[1];
                lnk += row[2];
            }
        }
        tAcc[j] = tot;
        wAcc[j] = wgt;
        lAcc[j] = lnk;
    }

    private final double[] row = new double[3];

    /** Accesses (total, weighted, link transfers) of leaves moving by {@code move}, into {@link #row}. */
    private void linkRow(long g, long f, double delta, double weight, long[] move) {
        if (links.candidate(move)) {
            links.evaluate(move);
            if (links.groupsWith < g) {
                row[0] = links.groupsWith * delta * weight;
                row[1] = (f - links.linked) * delta * weight;
                row[2] = links.linked * delta * weight;
                return;
            }
        }
        row[0] = g * delta * weight;
        row[1] = f * delta * weight;
        row[2] = 0;
    }

    /** Tiling level 0 is a container whose elements are the MACs: every delta is one point. */
    private void containerOverComputeUnits(FlatNest nest, int t) {
        long g = links.prepare(nest, 0, t, proj, scale);
        long f = fan[0];
        int k0 = firstAbove[0];
        if (f == 1 || !links.possibleAtAll() || k0 >= nT) {
            tAcc[0] = (double) g * computeCycles;
            wAcc[0] = (double) f * computeCycles;
            lAcc[0] = 0;
            return;
        }
        // the single-point "tile" of the compute level moves like a 1×...×1 box
        double tot = g;
        double wgt = f;
        double lnk = 0;
        int base = k0 * K;
        long[] pre = prefix[t];
        for (int k = k0; k < nT; k++) {
            for (int c = 0; c < K; c++) {
                tau[c] = pre[base + c] - pre[k * K + c];
            }
            int ck = stepCoord[t][k];
            if (ck >= 0) {
                tau[ck] += stepLen[t][k];
            }
            linkRow(g, f, 1, tCnt[k], tau);
            tot += row[0];
            wgt += row[1];
            lnk += row[2];
        }
        tAcc[0] = tot;
        wAcc[0] = wgt;
        lAcc[0] = lnk;
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
            if (rd > readBandwidth[s]) {
                slowdown = Math.min(slowdown, readBandwidth[s] / rd);
            }
            if (wr > writeBandwidth[s]) {
                slowdown = Math.min(slowdown, writeBandwidth[s] / wr);
            }
            if (rd + wr > sharedBandwidth[s]) {
                slowdown = Math.min(slowdown, sharedBandwidth[s] / (rd + wr));
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
            levelLeak[s] = any ? leakPerCycle[s] * cycles * utilizedInstances[s] : 0;
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
