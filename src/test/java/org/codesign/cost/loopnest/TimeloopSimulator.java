package org.codesign.cost.loopnest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A literal, slow re-enactment of Timeloop's nest analysis, written from its algorithm (not
 * its code): the recursive delta computation over the loop nest with temporal extrapolation
 * (iterations 0 and 1 of every loop), point-set subtraction with the reset-on-stride-change rule,
 * first-element spatial extrapolation, multicast by equal deltas, neighbour link transfers, and the
 * tile collapsing (partition sizes, parent share, masking, peer accesses, read-modify-write).
 * It exists only to check the closed forms of {@link NestEvaluator} on small random nests.
 */
final class TimeloopSimulator {
    private static final int T = Tensor.COUNT;
    private static final int K = Tensor.RANK;

    /** Per tensor and storage level: reads, fills, updates, tile size, partition size. */
    final long[][] reads;

    final long[][] fills;
    final long[][] updates;
    final long[][] size;
    final long[][] partition;

    private final Architecture arch;
    private final Projection proj;
    private final FlatNest nest;
    private final int n;
    private final boolean[] boundary;
    private final boolean[] master;
    private final int[] tlOfLoop;
    private final long[] numSpatialElems;
    private final long[][] vecStride;
    private final long[][] moldHigh;
    private final List<Map<String, State>> states = new ArrayList<>();
    private final List<Integer> spaceStamp = new ArrayList<>();
    private final long[] transform = new long[Dim.COUNT];
    private long epochs = 1;

    // ------------------------------------------------------------------ point sets (multi-box)

    record Box(long[] lo, long[] hi) {
        long volume() {
            long v = 1;
            for (int k = 0; k < K; k++) {
                v *= Math.max(0, hi[k] - lo[k]);
            }
            return v;
        }

        boolean same(Box o) {
            return java.util.Arrays.equals(lo, o.lo) && java.util.Arrays.equals(hi, o.hi);
        }

        Box moved(long[] v) {
            long[] l = lo.clone();
            long[] h = hi.clone();
            for (int k = 0; k < K; k++) {
                l[k] += v[k];
                h[k] += v[k];
            }
            return new Box(l, h);
        }
    }

    static long size(List<Box> set) {
        long s = 0;
        for (Box b : set) {
            s += b.volume();
        }
        return s;
    }

    static boolean equal(List<Box> a, List<Box> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Box x : a) {
            if (b.stream().noneMatch(x::same)) {
                return false;
            }
        }
        return true;
    }

    /** a minus b, sliced rank by rank as an axis-aligned multi-box set. */
    static List<Box> minus(Box a, Box b) {
        for (int k = 0; k < K; k++) {
            if (a.hi[k] <= b.lo[k] || b.hi[k] <= a.lo[k]) {
                return List.of(a);
            }
        }
        List<Box> out = new ArrayList<>();
        long[] mlo = a.lo.clone();
        long[] mhi = a.hi.clone();
        for (int k = 0; k < K; k++) {
            if (mlo[k] < b.lo[k]) {
                long[] h = mhi.clone();
                h[k] = b.lo[k];
                out.add(new Box(mlo.clone(), h));
                mlo[k] = b.lo[k];
            }
            if (b.hi[k] < mhi[k]) {
                long[] l = mlo.clone();
                l[k] = b.hi[k];
                out.add(new Box(l, mhi.clone()));
                mhi[k] = b.hi[k];
            }
        }
        return out;
    }

    static List<Box> minus(List<Box> a, List<Box> b) {
        List<Box> cur = a;
        for (Box y : b) {
            List<Box> next = new ArrayList<>();
            for (Box x : cur) {
                next.addAll(minus(x, y));
            }
            cur = next;
        }
        return cur;
    }

    static long[] translation(List<Box> from, List<Box> to) {
        long[] r = new long[K];
        for (int k = 0; k < K; k++) {
            double ca = centroid(from, k);
            double cb = centroid(to, k);
            r[k] = Math.round(cb - ca);
        }
        return r;
    }

    private static double centroid(List<Box> set, int k) {
        double w = 0;
        double total = 0;
        for (Box b : set) {
            long v = b.volume();
            w += v * (b.lo[k] + b.hi[k] - 1) / 2.0;
            total += v;
        }
        return total == 0 ? 0 : w / total;
    }

    // ------------------------------------------------------------------ per-loop state

    static final class State {
        final List<List<Box>> last = new ArrayList<>();
        final long[][] lastTranslation = new long[T][];
        final List<Map<Long, Double>> acc = new ArrayList<>();
        final double[] link = new double[T];
        final long[] maxSize = new long[T];
        Map<Integer, List<List<Box>>> prevSpatial = new HashMap<>();

        State() {
            for (int t = 0; t < T; t++) {
                last.add(List.of());
                acc.add(new HashMap<>());
            }
        }

        double total(int t) {
            return acc.get(t).values().stream().mapToDouble(Double::doubleValue).sum();
        }

        double weighted(int t) {
            double w = 0;
            for (var e : acc.get(t).entrySet()) {
                w += e.getKey() * e.getValue();
            }
            return w;
        }
    }

    // ------------------------------------------------------------------ simulation

    TimeloopSimulator(ConvProblem problem, Architecture arch, Mapping mapping) {
        this.arch = arch;
        this.proj = new Projection(problem.strideH(), problem.strideW());
        this.nest = FlatNest.of(arch, LoopNestAnalyzer.validate(problem, arch, mapping));
        n = nest.nLoops;
        boundary = new boolean[n];
        tlOfLoop = new int[n];
        for (int j = 0; j < nest.nTl; j++) {
            boundary[nest.tlHi[j]] = true;
            for (int i = nest.tlLo[j]; i <= nest.tlHi[j]; i++) {
                tlOfLoop[i] = j;
            }
        }
        master = new boolean[n];
        numSpatialElems = new long[n];
        long product = 1;
        boolean prevSpatial = false;
        for (int i = n - 1; i >= 0; i--) {
            numSpatialElems[i] = product;
            if (nest.spatial[i]) {
                master[i] = !prevSpatial;
                product *= nest.bound[i];
                prevSpatial = true;
            } else {
                prevSpatial = false;
            }
        }
        vecStride = new long[n][Dim.COUNT];
        moldHigh = new long[n][Dim.COUNT];
        long[] scale = new long[Dim.COUNT];
        java.util.Arrays.fill(scale, 1);
        for (int i = 0; i < n; i++) {
            vecStride[i] = scale.clone();
            scale[nest.dim[i]] *= nest.bound[i];
            for (int d = 0; d < Dim.COUNT; d++) {
                moldHigh[i][d] = scale[d] - 1;
            }
        }
        for (int i = 0; i < n; i++) {
            states.add(new HashMap<>());
        }
        computeDeltas(n - 1);
        int ns = arch.storage().size();
        reads = new long[T][ns];
        fills = new long[T][ns];
        updates = new long[T][ns];
        size = new long[T][ns];
        partition = new long[T][ns];
        for (int t = 0; t < T; t++) {
            collapse(t);
        }
    }

    private State state(int loop) {
        String key = spaceStamp.subList(0, Math.max(0, spaceStamp.size() - 1)).toString();
        return states.get(loop).computeIfAbsent(key, k -> new State());
    }

    private List<List<Box>> computeDeltas(int loop) {
        if (boundary[loop]) {
            spaceStamp.add(0);
        }
        State st = state(loop);
        if (nest.spatial[loop]) {
            computeSpatial(loop, st);
        } else {
            computeTemporal(loop, st);
        }
        List<List<Box>> delta = new ArrayList<>();
        for (int t = 0; t < T; t++) {
            List<Box> ps = List.of(workingSet(loop, t, transform));
            if (boundary[loop] || master[loop]) {
                st.maxSize[t] = Math.max(st.maxSize[t], size(ps));
            }
            // reset on stride change
            long[] tr = st.last.get(t).isEmpty() ? null : translation(st.last.get(t), ps);
            List<Box> d;
            if (st.lastTranslation[t] == null) {
                d = minus(ps, st.last.get(t));
                st.lastTranslation[t] = tr;
            } else if (tr != null && java.util.Arrays.equals(tr, st.lastTranslation[t])) {
                d = minus(ps, st.last.get(t));
            } else {
                d = ps;
                st.lastTranslation[t] = null;
            }
            st.last.set(t, ps);
            delta.add(d);
        }
        if (boundary[loop]) {
            spaceStamp.remove(spaceStamp.size() - 1);
        }
        return delta;
    }

    private Box workingSet(int loop, int t, long[] at) {
        long[] lo = new long[K];
        long[] hi = new long[K];
        for (int d = 0; d < Dim.COUNT; d++) {
            int c = proj.coord[t][d];
            if (c >= 0) {
                lo[c] += proj.coeff[t][d] * at[d];
                hi[c] += proj.coeff[t][d] * (at[d] + moldHigh[loop][d]);
            }
        }
        for (int k = 0; k < K; k++) {
            hi[k] += 1;
        }
        return new Box(lo, hi);
    }

    private void computeTemporal(int loop, State st) {
        int b = nest.bound[loop];
        if (loop == 0) {
            for (int t = 0; t < T; t++) {
                st.acc.get(t).merge(1L, (double) b * epochs, Double::sum);
            }
            return;
        }
        int d = nest.dim[loop];
        long scale = vecStride[loop][d];
        long saved = transform[d];
        double[] sizes = new double[T];
        List<List<Box>> d0 = computeDeltas(loop - 1);
        for (int t = 0; t < T; t++) {
            sizes[t] += size(d0.get(t));
        }
        transform[d] += scale;
        if (b >= 2) {
            long savedEpochs = epochs;
            epochs *= (b - 1);
            List<List<Box>> d1 = computeDeltas(loop - 1);
            epochs = savedEpochs;
            for (int t = 0; t < T; t++) {
                sizes[t] += (double) size(d1.get(t)) * (b - 1);
            }
        }
        transform[d] = saved;
        if (boundary[loop - 1]) {
            for (int t = 0; t < T; t++) {
                st.acc.get(t).merge(1L, sizes[t] * epochs, Double::sum);
            }
        }
    }

    private void computeSpatial(int loop, State st) {
        // the run of spatial loops from this master down to the next temporal loop
        List<Integer> run = new ArrayList<>();
        int i = loop;
        while (i >= 0 && nest.spatial[i]) {
            run.add(i);
            i--;
        }
        int below = i;
        long logicalX = 1;
        long logicalY = 1;
        int f = 1;
        for (int r : run) {
            f *= nest.bound[r];
            if (nest.xAxis[r]) {
                logicalX *= nest.bound[r];
            } else {
                logicalY *= nest.bound[r];
            }
        }
        List<List<Box>> delta0 = null;
        if (below >= 0) {
            spaceStamp.set(spaceStamp.size() - 1, 0);
            delta0 = computeDeltas(below);
        }
        Map<Integer, List<List<Box>>> deltas = new HashMap<>();
        for (int e = 0; e < f; e++) {
            // linear index: the outermost loop of the run is the most significant digit
            int rest = e;
            long[] opOffset = new long[Dim.COUNT];
            for (int a = run.size() - 1; a >= 0; a--) {
                int r = run.get(a);
                int idx = rest % nest.bound[r];
                rest /= nest.bound[r];
                opOffset[nest.dim[r]] += idx * vecStride[r][nest.dim[r]];
            }
            List<List<Box>> de = new ArrayList<>();
            for (int t = 0; t < T; t++) {
                long[] move = new long[K];
                for (int d = 0; d < Dim.COUNT; d++) {
                    int c = proj.coord[t][d];
                    if (c >= 0) {
                        move[c] += proj.coeff[t][d] * opOffset[d];
                    }
                }
                if (delta0 != null) {
                    List<Box> moved = new ArrayList<>();
                    for (Box bx : delta0.get(t)) {
                        moved.add(bx.moved(move));
                    }
                    de.add(moved);
                } else {
                    long[] at = new long[Dim.COUNT];
                    for (int d = 0; d < Dim.COUNT; d++) {
                        at[d] = transform[d] + opOffset[d];
                    }
                    // a single operation point
                    long[] lo = new long[K];
                    for (int d = 0; d < Dim.COUNT; d++) {
                        int c = proj.coord[t][d];
                        if (c >= 0) {
                            lo[c] += proj.coeff[t][d] * at[d];
                        }
                    }
                    long[] hi = lo.clone();
                    for (int k = 0; k < K; k++) {
                        hi[k]++;
                    }
                    de.add(List.of(new Box(lo, hi)));
                }
            }
            deltas.put(e, de);
        }
        int tl = tlOfLoop[loop];
        int hSize = (int) Math.max(nest.tlH[tl], logicalX);
        int vSize = (int) Math.max(nest.tlV[tl], logicalY);
        for (int t = 0; t < T; t++) {
            Map<Long, Double> without = multicast(deltas, t, null);
            boolean[] linked = new boolean[f];
            double linkTransfers = 0;
            for (int e = 0; e < f; e++) {
                List<Box> cur = deltas.get(e).get(t);
                if (cur.isEmpty()) {
                    continue;
                }
                int h = e % hSize;
                int v = e / hSize;
                int[][] nb = {{h - 1, v}, {h + 1, v}, {h, v - 1}, {h, v + 1}};
                for (int[] p : nb) {
                    if (p[0] < 0 || p[1] < 0 || p[0] >= hSize || p[1] >= vSize) {
                        continue;
                    }
                    int other = p[1] * hSize + p[0];
                    var prev = st.prevSpatial.get(other);
                    if (prev != null && equal(cur, prev.get(t))) {
                        linked[e] = true;
                    }
                }
                if (linked[e]) {
                    linkTransfers += (double) size(cur) * epochs;
                }
            }
            Map<Long, Double> with = multicast(deltas, t, linked);
            double tw =
                    without.values().stream().mapToDouble(Double::doubleValue).sum();
            double tww = with.values().stream().mapToDouble(Double::doubleValue).sum();
            Map<Long, Double> chosen = without;
            if ((long) tww < (long) tw) {
                chosen = with;
                st.link[t] += linkTransfers;
            }
            for (var x : chosen.entrySet()) {
                st.acc.get(t).merge(x.getKey(), x.getValue(), Double::sum);
            }
        }
        st.prevSpatial = deltas;
    }

    private Map<Long, Double> multicast(Map<Integer, List<List<Box>>> deltas, int t, boolean[] linked) {
        Map<Long, Double> out = new HashMap<>();
        int f = deltas.size();
        boolean[] done = new boolean[f];
        for (int e = 0; e < f; e++) {
            if (done[e] || (linked != null && linked[e])) {
                continue;
            }
            done[e] = true;
            List<Box> de = deltas.get(e).get(t);
            long matches = 1;
            for (int o = e + 1; o < f; o++) {
                if (!done[o]
                        && (linked == null || !linked[o])
                        && equal(de, deltas.get(o).get(t))) {
                    done[o] = true;
                    matches++;
                }
            }
            long s = size(de);
            if (s > 0) {
                out.merge(matches, (double) s * epochs, Double::sum);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ tile collapsing

    private void collapse(int t) {
        int ntl = nest.nTl;
        double[] sz = new double[ntl];
        double[] content = new double[ntl];
        double[] link = new double[ntl];
        double[] fanout = new double[ntl];
        double[] repl = new double[ntl];
        double[] pfd = new double[ntl];
        double[] part = new double[ntl];
        double[] share = new double[ntl];
        double[] peerAcc = new double[ntl];
        double[] peerFill = new double[ntl];
        List<Map<Long, Double>> stats = new ArrayList<>();
        for (int j = 0; j < ntl; j++) {
            int innermostValid = -1;
            for (int i = nest.tlLo[j]; i <= nest.tlHi[j]; i++) {
                if (!nest.spatial[i] || master[i]) {
                    innermostValid = i;
                    break;
                }
            }
            State bst = single(nest.tlHi[j]);
            State ist = single(innermostValid);
            sz[j] = bst.maxSize[t];
            stats.add(new HashMap<>(ist.acc.get(t)));
            content[j] = ist.total(t);
            link[j] = ist.link[t];
            long fan = 1;
            if (master[innermostValid]) {
                for (int i = innermostValid; i >= 0 && nest.spatial[i]; i--) {
                    fan *= nest.bound[i];
                }
            }
            fanout[j] = fan;
            repl[j] = numSpatialElems[nest.tlHi[j]];
            if (j > 0) {
                pfd[j - 1] = master[innermostValid] ? ist.maxSize[t] : sz[j - 1];
            }
        }
        // partition sizes
        double p = sz[ntl - 1];
        part[ntl - 1] = p;
        for (int j = ntl - 2; j >= 0; j--) {
            if (pfd[j] != 0) {
                p = Math.floor(p * sz[j] / pfd[j]);
            }
            part[j] = p;
        }
        // parent access share
        for (int j = 0; j < ntl; j++) {
            if (j + 1 < ntl) {
                for (var x : stats.get(j + 1).entrySet()) {
                    share[j] += x.getValue() * x.getKey() / fanout[j + 1];
                }
            }
        }
        // masking
        boolean[] keep = new boolean[ntl];
        for (int j = 0; j < ntl; j++) {
            keep[j] = !nest.tlContainer[j]
                    && arch.storage().get(nest.tlStorage[j]).keeps(Tensor.of(t));
        }
        for (int cur = 0; cur < ntl; cur++) {
            if (sz[cur] == 0 || keep[cur]) {
                continue;
            }
            int outer = cur + 1;
            while (outer < ntl && sz[outer] == 0) {
                outer++;
            }
            if (outer == ntl) {
                sz[cur] = 0;
                part[cur] = 0;
                content[cur] = 0;
                share[cur] = 0;
                break;
            }
            double weighted = 0;
            for (var x : stats.get(outer).entrySet()) {
                weighted += x.getKey() * x.getValue();
            }
            double factor = content[cur] * fanout[outer] / weighted;
            for (var x : stats.get(outer).entrySet()) {
                if (x.getValue() != 0) {
                    x.setValue(x.getValue() * factor);
                    link[outer] = 0;
                }
            }
            content[outer] = stats.get(outer).values().stream()
                    .mapToDouble(Double::doubleValue)
                    .sum();
            sz[cur] = 0;
            part[cur] = 0;
            content[cur] = 0;
            share[cur] = 0;
        }
        for (int cur = ntl - 1; cur >= 0; cur--) {
            if (!keep[cur]) {
                sz[cur] = 0;
                part[cur] = 0;
                content[cur] = 0;
                share[cur] = 0;
                link[cur] = 0;
                stats.get(cur).clear();
            } else {
                share[cur] = 0;
                break;
            }
        }
        for (int cur = ntl - 1; cur > 0; cur--) {
            if (link[cur] != 0) {
                peerAcc[cur - 1] += link[cur] / repl[cur - 1];
                peerFill[cur - 1] += link[cur] / repl[cur - 1];
            }
        }
        for (int s = 0; s < arch.storage().size(); s++) {
            int j = nest.storageTl[s];
            size[t][s] = single(nest.tlHi[j]).maxSize[t];
            partition[t][s] = (long) part[j];
            if (sz[j] == 0) {
                continue;
            }
            boolean outermost = true;
            for (int l = j + 1; l < ntl; l++) {
                if (sz[l] > 0) {
                    outermost = false;
                }
            }
            if (Tensor.of(t).readWrite()) {
                updates[t][s] = Math.round(content[j]);
                reads[t][s] = Math.round(content[j] + peerAcc[j] - part[j]);
                fills[t][s] =
                        outermost ? Math.round(share[j] + peerFill[j]) : Math.round(share[j] + peerFill[j] - part[j]);
            } else {
                reads[t][s] = Math.round(content[j] + peerAcc[j]);
                fills[t][s] = (long) (share[j] + peerFill[j]);
            }
        }
    }

    private State single(int loop) {
        Map<String, State> m = states.get(loop);
        if (m.size() != 1) {
            throw new IllegalStateException("loop " + loop + " has " + m.size() + " live states");
        }
        return m.values().iterator().next();
    }
}
