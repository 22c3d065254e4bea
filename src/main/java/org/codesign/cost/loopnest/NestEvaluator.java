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
    private long[][] ce = new long[16][K];
    private long[] vol = new long[16];
    private long[] tAbove = new long[16];
    private long[] repl = new long[16];
    private double[] dSum = new double[16];
    private double[] tAcc = new double[16];
    private double[] wAcc = new double[16];
    private double[] lAcc = new double[16];
    private double[] content = new double[16];
    private double[] share = new double[16];
    private double[] peer = new double[16];
    private long[] part = new long[16];
    private long[] fan = new long[16];
    private long[] groups = new long[16];
    private final long[] sum = new long[K];
    private final long[] tau = new long[K];
    // per-leaf-type records of the last trace (for link transfers)
    private long[] leafCnt = new long[32];
    private double[] leafDelta = new double[32];
    private long[][] leafTau = new long[32][K];
    private boolean[] leafSlab = new boolean[32];
    private int leafCount;
    private long leafN1;
    private double leafD1;
    private final long[] extBuf = new long[Dim.COUNT];
    private final LinkAnalysis links = new LinkAnalysis();

    public NestEvaluator(ConvProblem problem, Architecture arch) {
        this.arch = arch;
        this.proj = new Projection(problem.strideH(), problem.strideW());
        this.problemBounds = problem.bounds();
        this.macs = problem.macs();
        this.nStorage = arch.storage().size();
        this.keeps = new boolean[nStorage][T];
        for (int s = 0; s < nStorage; s++) {
            for (int t = 0; t < T; t++) {
                keeps[s][t] = arch.storage().get(s).keeps(Tensor.of(t));
            }
        }
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
        prepare(nest);
        return checkCapacity(nest);
    }

    /**
     * Analyses a flattened mapping whose factors multiply to the problem bounds. Returns false
     * when a tile exceeds a level's capacity (see {@link #violation()}); otherwise the results are
     * in this evaluator's fields and accessors.
     */
    public boolean evaluate(FlatNest nest) {
        prepare(nest);
        if (!checkCapacity(nest)) {
            return false;
        }
        computeCycles = 1;
        computeInstancesUsed = 1;
        for (int i = 0; i < nest.nLoops; i++) {
            if (nest.spatial[i]) {
                computeInstancesUsed *= nest.bound[i];
            } else {
                computeCycles *= nest.bound[i];
            }
        }
        for (int s = 0; s < nStorage; s++) {
            utilizedInstances[s] = repl[nest.storageTl[s]];
        }
        for (int t = 0; t < T; t++) {
            analyseTensor(nest, t);
        }
        finish();
        return true;
    }

    // ------------------------------------------------------------------------------------------

    private void prepare(FlatNest nest) {
        int nl = nest.nLoops;
        int ntl = nest.nTl;
        if (scale.length < nl) {
            scale = new long[nl * 2];
        }
        if (vol.length < ntl) {
            growTl(ntl * 2);
        }
        // scale of a loop: product of the inner loops over the same dimension
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
        // temporal product and spatial replication above each tiling level's boundary
        for (int j = 0; j < ntl; j++) {
            long temporal = 1;
            long spatialAbove = 1;
            for (int i = nest.tlHi[j] + 1; i < nl; i++) {
                if (nest.spatial[i]) {
                    spatialAbove *= nest.bound[i];
                } else {
                    temporal *= nest.bound[i];
                }
            }
            tAbove[j] = temporal;
            repl[j] = spatialAbove;
            long f = 1;
            if (nest.tlContainer[j]) {
                for (int i = nest.tlLo[j]; i <= nest.tlHi[j]; i++) {
                    if (nest.spatial[i]) {
                        f *= nest.bound[i];
                    }
                }
            }
            fan[j] = f;
        }
    }

    private void growTl(int n) {
        tlExt = new long[n][Dim.COUNT];
        ce = new long[n][K];
        vol = new long[n];
        tAbove = new long[n];
        repl = new long[n];
        dSum = new double[n];
        tAcc = new double[n];
        wAcc = new double[n];
        lAcc = new double[n];
        content = new double[n];
        share = new double[n];
        peer = new double[n];
        part = new long[n];
        fan = new long[n];
        groups = new long[n];
    }

    private boolean checkCapacity(FlatNest nest) {
        violation = null;
        long[] coordExt = sum;
        for (int s = 0; s < nStorage; s++) {
            StorageLevel level = arch.storage().get(s);
            int tl = nest.storageTl[s];
            long total = 0;
            for (int t = 0; t < T; t++) {
                proj.tileExtents(t, tlExt[tl], coordExt);
                long v = 1;
                for (int k = 0; k < K; k++) {
                    v *= coordExt[k];
                }
                size[t][s] = v;
                if (keeps[s][t]) {
                    total += v;
                }
            }
            if (level.bounded() && total > level.effectiveCapacityWords()) {
                violation = level.name() + ": tiles need " + total + " words but the level holds "
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
        for (int j = 0; j < ntl; j++) {
            proj.tileExtents(t, tlExt[j], ce[j]);
            long v = 1;
            for (int k = 0; k < K; k++) {
                v *= ce[j][k];
            }
            vol[j] = v;
        }
        // accesses each tiling level receives from its child (raw, before masking)
        if (nest.tlContainer[0]) {
            containerOverComputeUnits(nest, t);
        } else {
            tAcc[0] = computeCycles;
            wAcc[0] = computeCycles;
            lAcc[0] = 0;
            groups[0] = 1;
        }
        for (int j = 1; j < ntl; j++) {
            double d = traceDeltas(nest, t, j - 1);
            dSum[j - 1] = d;
            if (nest.tlContainer[j]) {
                containerOverTiles(nest, t, j, d);
            } else {
                tAcc[j] = d;
                wAcc[j] = d;
                lAcc[j] = 0;
                groups[j] = 1;
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
        part[ntl - 1] = vol[ntl - 1];
        for (int j = ntl - 2; j >= 0; j--) {
            long pfd = nest.tlContainer[j + 1] ? vol[j + 1] : vol[j];
            part[j] = part[j + 1] * vol[j] / pfd;
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
            if (Tensor.of(t).readWrite()) {
                updates[t][s] = Math.rint(content[j]);
                reads[t][s] = Math.rint(content[j] + peer[j] - part[j]);
                fills[t][s] = outermost ? Math.rint(parentShare + peer[j])
                        : Math.rint(parentShare + peer[j] - part[j]);
            } else {
                reads[t][s] = Math.rint(content[j] + peer[j]);
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
     * extrapolated simulation counts them. Also records the leaf types for link analysis.
     */
    private double traceDeltas(FlatNest nest, int t, int child) {
        long[] ext = ce[child];
        long v = vol[child];
        long total = tAbove[child];
        long inner = 1;
        double d = v;
        int[] coord = proj.coord[t];
        int[] coeff = proj.coeff[t];
        Arrays.fill(sum, 0);
        int s1c = -1;
        long s1v = 0;
        double d1 = 0;
        int leaf = 0;
        long n1 = 1;
        for (int i = nest.tlHi[child] + 1; i < nest.nLoops; i++) {
            int n = nest.bound[i];
            if (nest.spatial[i] || n == 1) {
                continue;
            }
            int c = coord[nest.dim[i]];
            long step = c >= 0 ? coeff[nest.dim[i]] * scale[i] : 0;
            long cnt = (n - 1) * (total / (inner * n));
            double delta;
            boolean slab;
            if (leaf == 0) {
                s1c = step == 0 ? -1 : c;
                s1v = step;
                delta = newPartSingle(ext, v, s1c, step);
                d1 = delta;
                n1 = n;
                slab = true;
                for (int k = 0; k < K; k++) {
                    tau[k] = 0;
                }
                if (s1c >= 0) {
                    tau[s1c] = step;
                }
            } else {
                for (int k = 0; k < K; k++) {
                    tau[k] = -sum[k];
                }
                if (step != 0) {
                    tau[c] += step;
                }
                slab = true;
                for (int k = 0; k < K; k++) {
                    long want = k == s1c ? s1v : 0;
                    if (tau[k] != want) {
                        slab = false;
                        break;
                    }
                }
                delta = slab ? newPart(ext, v, tau) : v;
            }
            d += cnt * delta;
            if (step != 0) {
                sum[c] += step;
            }
            inner *= n;
            if (leaf == leafCnt.length) {
                growLeaves();
            }
            leafCnt[leaf] = cnt;
            leafDelta[leaf] = delta;
            leafSlab[leaf] = slab;
            System.arraycopy(tau, 0, leafTau[leaf], 0, K);
            leaf++;
        }
        leafCount = leaf;
        leafN1 = n1;
        leafD1 = d1;
        return d;
    }

    private void growLeaves() {
        int n = leafCnt.length * 2;
        leafCnt = Arrays.copyOf(leafCnt, n);
        leafDelta = Arrays.copyOf(leafDelta, n);
        leafSlab = Arrays.copyOf(leafSlab, n);
        long[][] nt = new long[n][K];
        for (int i = 0; i < leafTau.length; i++) {
            nt[i] = leafTau[i];
        }
        leafTau = nt;
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
        groups[j] = g;
        long f = fan[j];
        if (f == 1 || !links.possibleAtAll()) {
            tAcc[j] = g * d;
            wAcc[j] = f * d;
            lAcc[j] = 0;
            return;
        }
        long v = vol[j - 1];
        double tot = g * v;    // the initial fetch: no previous deltas to link with
        double wgt = f * v;
        double lnk = 0;
        for (int k = 0; k < leafCount; k++) {
            double dk = leafDelta[k];
            if (dk == 0) {
                continue;
            }
            long[] move = leafTau[k];
            if (k == 0) {
                // type-1 leaves: previous leaf is the initial one (full) or a type-k' leaf
                boolean fullEqualsSlab = leafD1 == v;
                double wInit = leafN1 - 1;
                double wCompat = fullEqualsSlab ? wInit : 0;
                double wOther = fullEqualsSlab ? 0 : wInit;
                for (int kk = 1; kk < leafCount; kk++) {
                    double w = (leafN1 - 1) * (double) leafCnt[kk];
                    if (leafSlab[kk] || fullEqualsSlab) {
                        wCompat += w;
                    } else {
                        wOther += w;
                    }
                }
                tot += g * dk * wOther;
                wgt += f * dk * wOther;
                if (wCompat > 0) {
                    double[] r = linkRow(g, f, dk, wCompat, move);
                    tot += r[0];
                    wgt += r[1];
                    lnk += r[2];
                }
            } else {
                double w = leafCnt[k];
                boolean compatible = leafD1 > 0 && (leafSlab[k] || leafD1 == v);
                if (compatible) {
                    double[] r = linkRow(g, f, dk, w, move);
                    tot += r[0];
                    wgt += r[1];
                    lnk += r[2];
                } else {
                    tot += g * dk * w;
                    wgt += f * dk * w;
                }
            }
        }
        tAcc[j] = tot;
        wAcc[j] = wgt;
        lAcc[j] = lnk;
    }

    private final double[] row = new double[3];

    /** Accesses (total, weighted, link transfers) of leaves moving by {@code move}. */
    private double[] linkRow(long g, long f, double delta, double weight, long[] move) {
        if (links.candidate(move)) {
            links.evaluate(move);
            if (links.groupsWith < g) {
                row[0] = links.groupsWith * delta * weight;
                row[1] = (f - links.linked) * delta * weight;
                row[2] = links.linked * delta * weight;
                return row;
            }
        }
        row[0] = g * delta * weight;
        row[1] = f * delta * weight;
        row[2] = 0;
        return row;
    }

    /** Tiling level 0 is a container whose elements are the MACs: every delta is one point. */
    private void containerOverComputeUnits(FlatNest nest, int t) {
        long g = links.prepare(nest, 0, t, proj, scale);
        groups[0] = g;
        long f = fan[0];
        if (f == 1 || !links.possibleAtAll()) {
            tAcc[0] = (double) g * computeCycles;
            wAcc[0] = (double) f * computeCycles;
            lAcc[0] = 0;
            return;
        }
        // the single-point "tile" of the compute level moves like a 1×...×1 box
        int[] coord = proj.coord[t];
        int[] coeff = proj.coeff[t];
        Arrays.fill(sum, 0);
        double tot = g;
        double wgt = f;
        double lnk = 0;
        long total = tAbove[0];
        long inner = 1;
        boolean first = true;
        for (int i = nest.tlHi[0] + 1; i < nest.nLoops; i++) {
            int n = nest.bound[i];
            if (nest.spatial[i] || n == 1) {
                continue;
            }
            int c = coord[nest.dim[i]];
            long step = c >= 0 ? coeff[nest.dim[i]] * scale[i] : 0;
            long cnt = (n - 1) * (total / (inner * n));
            for (int k = 0; k < K; k++) {
                tau[k] = first ? 0 : -sum[k];
            }
            if (step != 0) {
                tau[c] += step;
                sum[c] += step;
            }
            first = false;
            inner *= n;
            double[] r = linkRow(g, f, 1, cnt, tau);
            tot += r[0];
            wgt += r[1];
            lnk += r[2];
        }
        tAcc[0] = tot;
        wAcc[0] = wgt;
        lAcc[0] = lnk;
    }

    // ------------------------------------------------------------------------------------------

    private void finish() {
        long maxCycles = computeCycles;
        for (int s = 0; s < nStorage; s++) {
            StorageLevel level = arch.storage().get(s);
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
            if (rd > level.readBandwidth()) {
                slowdown = Math.min(slowdown, level.readBandwidth() / rd);
            }
            if (wr > level.writeBandwidth()) {
                slowdown = Math.min(slowdown, level.writeBandwidth() / wr);
            }
            if (rd + wr > level.sharedBandwidth()) {
                slowdown = Math.min(slowdown, level.sharedBandwidth() / (rd + wr));
            }
            throttling[s] = slowdown;
            levelCycles[s] = slowdown == 1.0 ? computeCycles : (long) Math.ceil(computeCycles / slowdown);
            maxCycles = Math.max(maxCycles, levelCycles[s]);
        }
        cycles = maxCycles;
        double total = 0;
        double leak = 0;
        for (int s = 0; s < nStorage; s++) {
            StorageLevel level = arch.storage().get(s);
            long inst = utilizedInstances[s];
            long clusters = Math.min(inst, level.instances() / level.clusterSize());
            boolean any = false;
            for (int t = 0; t < T; t++) {
                if (!keeps[s][t]) {
                    rowEnergy[t][s] = 0;
                    continue;
                }
                any = true;
                double e = vector(reads[t][s], level.blockWords()) * level.readEnergyPJ()
                        + vector(fills[t][s], level.blockWords()) * level.writeEnergyPJ()
                        + vector(updates[t][s], level.blockWords()) * level.updateEnergyPJ();
                e *= clusters;
                rowEnergy[t][s] = e;
                total += e;
            }
            levelLeak[s] = any ? level.leakPJPerCycle() * cycles * inst : 0;
            leak += levelLeak[s];
        }
        ComputeLevel compute = arch.compute();
        computeEnergyPJ = macs * compute.energyPJ();
        leak += compute.leakPJPerCycle() * cycles * computeInstancesUsed;
        leakagePJ = leak;
        energyPJ = total + leak + computeEnergyPJ;
    }

    /** Words moved in whole blocks: ⌈count / block⌉ · block. */
    private static double vector(double count, int block) {
        if (count <= 0) {
            return 0;
        }
        return Math.ceil(count / block) * block;
    }
}
