package org.codesign.cost.loopnest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random small problems, architectures and legal mappings for property tests. */
final class RandomNests {
    private RandomNests() {}

    record Case(ConvProblem problem, Architecture arch, Mapping mapping) {
        @Override
        public String toString() {
            return problem + "\n"
                    + arch.storage().stream()
                            .map(l -> l.name() + l.keeps() + " " + l.meshX() + "x" + l.meshY() + " " + l.fanout())
                            .toList()
                    + " mac " + arch.compute().meshX() + "x"
                    + arch.compute().meshY() + "\n" + mapping.describe();
        }
    }

    static ConvProblem problem(Random r) {
        return new ConvProblem(
                "random",
                1 + r.nextInt(2),
                1 + r.nextInt(2),
                1 + r.nextInt(4),
                1 + r.nextInt(6),
                1 + r.nextInt(6),
                1 + r.nextInt(6),
                1 + r.nextInt(3),
                1 + r.nextInt(3),
                1 + r.nextInt(2),
                1 + r.nextInt(2));
    }

    static Architecture architecture(Random r, boolean boundedNothing) {
        int levels = 2 + r.nextInt(3);
        List<StorageLevel> storage = new ArrayList<>();
        int mx = 1;
        int my = 1;
        for (int i = 0; i < levels; i++) {
            Set<Tensor> keeps = EnumSet.noneOf(Tensor.class);
            if (i == 0) {
                keeps.addAll(EnumSet.allOf(Tensor.class));
            } else {
                for (Tensor t : Tensor.values()) {
                    if (r.nextInt(3) > 0) {
                        keeps.add(t);
                    }
                }
            }
            FanoutContainers layout = r.nextBoolean() ? FanoutContainers.SHARED : FanoutContainers.X_THEN_Y;
            storage.add(new StorageLevel(
                    "L" + i,
                    mx * my,
                    mx,
                    my,
                    keeps,
                    16,
                    1 + r.nextInt(4),
                    StorageLevel.UNBOUNDED,
                    1.0 + i,
                    1.5,
                    1.5,
                    0.01,
                    10,
                    Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY,
                    1,
                    1.0,
                    layout));
            if (i > 0 || r.nextBoolean()) {
                mx *= 1 + r.nextInt(4);
                my *= 1 + r.nextInt(3);
            }
        }
        ComputeLevel compute = new ComputeLevel("mac", mx * my, mx, my, 0.5, 0, 100);
        return new Architecture("random", 1e9, storage, compute);
    }

    static Mapping mapping(Random r, ConvProblem p, Architecture arch) {
        int levels = arch.storage().size();
        long[][] temporal = new long[levels][Dim.COUNT];
        long[][] sx = new long[levels][Dim.COUNT];
        long[][] sy = new long[levels][Dim.COUNT];
        long[] usedX = new long[levels];
        long[] usedY = new long[levels];
        for (int s = 0; s < levels; s++) {
            java.util.Arrays.fill(temporal[s], 1);
            java.util.Arrays.fill(sx[s], 1);
            java.util.Arrays.fill(sy[s], 1);
            usedX[s] = 1;
            usedY[s] = 1;
        }
        for (int d = 0; d < Dim.COUNT; d++) {
            for (int f : primeFactors(p.bound(d))) {
                int s = r.nextInt(levels);
                int kind = r.nextInt(3);
                if (kind == 1 && usedX[s] * f <= arch.fanoutX(s)) {
                    sx[s][d] *= f;
                    usedX[s] *= f;
                } else if (kind == 2 && usedY[s] * f <= arch.fanoutY(s)) {
                    sy[s][d] *= f;
                    usedY[s] *= f;
                } else {
                    temporal[s][d] *= f;
                }
            }
        }
        List<LevelMapping> out = new ArrayList<>();
        for (int s = 0; s < levels; s++) {
            out.add(new LevelMapping(
                    arch.storage().get(s).name(), shuffled(r, temporal[s]), shuffled(r, sx[s]), shuffled(r, sy[s])));
        }
        return new Mapping(out);
    }

    private static List<Loop> shuffled(Random r, long[] factors) {
        List<Loop> loops = new ArrayList<>();
        for (int d = 0; d < Dim.COUNT; d++) {
            if (factors[d] > 1) {
                loops.add(new Loop(Dim.of(d), (int) factors[d]));
            }
        }
        Collections.shuffle(loops, r);
        return loops;
    }

    static List<Integer> primeFactors(int n) {
        List<Integer> f = new ArrayList<>();
        int x = n;
        for (int q = 2; q * q <= x; q++) {
            while (x % q == 0) {
                f.add(q);
                x /= q;
            }
        }
        if (x > 1) {
            f.add(x);
        }
        return f;
    }

    static Case random(long seed) {
        Random r = new Random(seed);
        ConvProblem p = problem(r);
        Architecture a = architecture(r, true);
        return new Case(p, a, mapping(r, p, a));
    }
}
