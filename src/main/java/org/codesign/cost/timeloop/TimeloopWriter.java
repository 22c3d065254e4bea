package org.codesign.cost.timeloop;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ComputeLevel;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.FanoutContainers;
import org.codesign.cost.loopnest.LevelMapping;
import org.codesign.cost.loopnest.Loop;
import org.codesign.cost.loopnest.Mapping;
import org.codesign.cost.loopnest.StorageLevel;
import org.codesign.cost.loopnest.Tensor;

/**
 * Writes an architecture, a problem and a mapping of the loop-nest model as the Timeloop v0.4
 * inputs {@link TimeloopReader} reads back to the same model: the architecture as tagged
 * {@code nodes} (a {@code !Component} per storage level, a {@code !Container} per spatial fan-out:
 * one 2-D container, or an X container of columns above a Y container for the column-then-row
 * layout), Accelergy's ERT (per-access energies = per-word energy × block size) and ART, a
 * CONV-7D problem (with a G dimension for grouped layers) and the mapping as
 * timeloop-mapper writes it (datatype, temporal and spatial directives; permutations innermost
 * first; spatial loops on the {@code inter_NAME_spatial} level of their container).
 *
 * <p>Timeloop's P-axis stride is its {@code Wstride} (its input W = (P−1)·Wstride + R), so the
 * model's {@code strideH} (P's stride) is written as {@code Wstride} and {@code strideW} as
 * {@code Hstride}.
 */
public final class TimeloopWriter {
    /** Timeloop's data-space names, by tensor. */
    static final List<String> DATA_SPACES = List.of("Weights", "Inputs", "Outputs");

    private TimeloopWriter() {}

    /** The architecture: a top container with the clock, then storage, fan-outs and the MACs. */
    public static String architecture(Architecture arch) {
        return architecture(arch, Set.of());
    }

    /**
     * @param split the storage levels whose one-container fan-out is written as an X container
     *     above a Y container (the layout for mappings that spread one dimension over both axes)
     */
    public static String architecture(Architecture arch, Set<Integer> split) {
        Yaml y = new Yaml();
        y.line(0, "architecture:");
        y.line(1, "version: 0.4");
        y.line(1, "nodes:");
        y.line(1, "- !Container");
        y.line(2, "name: system");
        y.line(2, "attributes:");
        y.line(3, "global_cycle_seconds: " + number(1.0 / arch.clockHz()));
        List<StorageLevel> storage = arch.storage();
        for (int s = 0; s < storage.size(); s++) {
            StorageLevel l = storage.get(s);
            component(y, l, s);
            for (Fanout f : fanouts(arch, s, split)) {
                y.line(1, "- !Container");
                y.line(2, "name: " + f.name());
                y.line(2, "spatial: {meshX: " + f.meshX() + ", meshY: " + f.meshY() + "}");
            }
        }
        ComputeLevel c = arch.compute();
        if (c.leakPJPerCycle() != 0) {
            throw new IllegalArgumentException(
                    "compute level '" + c.name() + "': Timeloop has no compute leakage; it cannot be exported");
        }
        y.line(1, "- !Component");
        y.line(2, "name: " + c.name());
        y.line(2, "class: intmac");
        y.line(2, "attributes:");
        y.line(3, "datawidth: " + storage.get(storage.size() - 1).wordBits());
        return y.text();
    }

    private static void component(Yaml y, StorageLevel l, int index) {
        y.line(1, "- !Component");
        y.line(2, "name: " + l.name());
        y.line(2, "class: " + (!l.bounded() ? "DRAM" : l.instances() > 1 ? "regfile" : "SRAM"));
        y.line(2, "attributes:");
        y.line(3, "datawidth: " + l.wordBits());
        y.line(3, "width: " + (long) l.wordBits() * l.blockWords() * l.clusterSize());
        y.line(3, "block_size: " + l.blockWords());
        if (l.clusterSize() > 1) {
            y.line(3, "cluster_size: " + l.clusterSize());
        }
        if (l.bounded()) {
            long block = l.blockWords();
            y.line(
                    3,
                    l.capacityWords() % block == 0
                            ? "depth: " + l.capacityWords() / block
                            : "entries: " + l.capacityWords());
        }
        bandwidth(y, "read_bandwidth", l.readBandwidth());
        bandwidth(y, "write_bandwidth", l.writeBandwidth());
        bandwidth(y, "shared_bandwidth", l.sharedBandwidth());
        if (l.multipleBuffering() != 1.0) {
            y.line(3, "multiple_buffering: " + number(l.multipleBuffering()));
        }
    }

    private static void bandwidth(Yaml y, String key, double wordsPerCycle) {
        if (!Double.isInfinite(wordsPerCycle)) {
            y.line(3, key + ": " + number(wordsPerCycle));
        }
    }

    /** One spatial container: its name, the mesh it multiplies by, and the axis its loops go to. */
    record Fanout(String name, int meshX, int meshY) {
        String target() {
            return "inter_" + name + "_spatial";
        }
    }

    /** The containers below storage level {@code s}, outermost first (none when it does not fan out). */
    static List<Fanout> fanouts(Architecture arch, int s, Set<Integer> split) {
        int x = arch.fanoutX(s);
        int y = arch.fanoutY(s);
        String child = s + 1 < arch.storage().size()
                ? arch.storage().get(s + 1).name()
                : arch.compute().name();
        if (x * y == 1) {
            return List.of();
        }
        FanoutContainers layout = arch.storage().get(s).fanout();
        if ((layout == FanoutContainers.X_THEN_Y || split.contains(s)) && x > 1 && y > 1) {
            return List.of(new Fanout(child + "_column", x, 1), new Fanout(child + "_row", 1, y));
        }
        return List.of(new Fanout(child + "_array", x, y));
    }

    /** Accelergy's energy reference table: read, write, update and leak per storage level, compute per MAC. */
    public static String ert(Architecture arch) {
        Yaml y = new Yaml();
        y.line(0, "ERT:");
        y.line(1, "version: '0.4'");
        y.line(1, "tables:");
        for (StorageLevel l : arch.storage()) {
            y.line(1, "- name: " + qualified(l.name(), l.instances()));
            y.line(2, "actions:");
            action(y, "read", perAccess(l.readEnergyPJ(), l.blockWords()));
            action(y, "write", perAccess(l.writeEnergyPJ(), l.blockWords()));
            action(y, "update", perAccess(l.updateEnergyPJ(), l.blockWords()));
            action(y, "leak", l.leakPJPerCycle());
        }
        ComputeLevel c = arch.compute();
        y.line(1, "- name: " + qualified(c.name(), c.instances()));
        y.line(2, "actions:");
        action(y, "compute", c.energyPJ());
        action(y, "leak", 0.0);
        return y.text();
    }

    private static void action(Yaml y, String name, double pj) {
        y.line(2, "- name: " + name);
        y.line(3, "energy: " + number(pj));
    }

    /** Accelergy's area reference table: µm² per instance. */
    public static String art(Architecture arch) {
        Yaml y = new Yaml();
        y.line(0, "ART:");
        y.line(1, "version: '0.4'");
        y.line(1, "tables:");
        for (StorageLevel l : arch.storage()) {
            y.line(1, "- name: " + qualified(l.name(), l.instances()));
            y.line(2, "area: " + number(l.areaUm2()));
        }
        ComputeLevel c = arch.compute();
        y.line(1, "- name: " + qualified(c.name(), c.instances()));
        y.line(2, "area: " + number(c.areaUm2()));
        return y.text();
    }

    private static String qualified(String name, int instances) {
        return "system_top_level." + name + "[1.." + instances + "]";
    }

    /** The dimensions written for a problem: CONV-7D's, with G first for a grouped layer. */
    static List<Dim> dims(ConvProblem p) {
        List<Dim> d = new ArrayList<>(List.of(Dim.C, Dim.M, Dim.R, Dim.S, Dim.N, Dim.P, Dim.Q));
        if (p.g() > 1) {
            d.add(0, Dim.G);
        }
        return d;
    }

    /** The CONV-7D problem of a layer (shape name = the layer's name). */
    public static String problem(ConvProblem p) {
        boolean grouped = p.g() > 1;
        String g = grouped ? "      - - - G\n" : "";
        Yaml y = new Yaml();
        y.line(0, "problem:");
        y.line(1, "version: 0.4");
        y.line(1, "shape:");
        y.line(2, "name: " + quote(p.name()));
        y.line(
                2,
                "dimensions: ["
                        + String.join(", ", dims(p).stream().map(Dim::letter).toList()) + "]");
        y.line(2, "coefficients:");
        for (String c : List.of("Wstride", "Hstride", "Wdilation", "Hdilation")) {
            y.line(2, "- {name: " + c + ", default: 1}");
        }
        y.line(2, "data_spaces:");
        y.line(2, "- name: Weights");
        y.line(3, "projection:");
        y.raw(g + "      - - - C\n      - - - M\n      - - - R\n      - - - S\n");
        y.line(2, "- name: Inputs");
        y.line(3, "projection:");
        y.raw("      - - - N\n" + g + "      - - - C\n"
                + "      - - - R\n          - Wdilation\n        - - P\n          - Wstride\n"
                + "      - - - S\n          - Hdilation\n        - - Q\n          - Hstride\n");
        y.line(2, "- name: Outputs");
        y.line(3, "projection:");
        y.raw("      - - - N\n" + g + "      - - - M\n      - - - Q\n      - - - P\n");
        y.line(3, "read_write: true");
        y.line(1, "instance:");
        for (Dim d : dims(p)) {
            y.line(2, d.letter() + ": " + p.bound(d));
        }
        y.line(2, "Wstride: " + p.strideH());
        y.line(2, "Hstride: " + p.strideW());
        y.line(2, "Wdilation: 1");
        y.line(2, "Hdilation: 1");
        return y.text();
    }

    /**
     * The mapping as timeloop-mapper writes it: per storage level a datatype directive (what it
     * keeps and bypasses) and a temporal one; per container a bypass-all datatype directive, a
     * temporal one of factors 1 and the spatial loops of its axis.
     *
     * @throws IllegalArgumentException when a one-container fan-out spreads one dimension over
     *     both X and Y (a Timeloop directive has one factor per dimension)
     */
    public static String mapping(Architecture arch, ConvProblem p, Mapping mapping) {
        return mapping(arch, Set.of(), p, mapping);
    }

    /** The storage levels where a mapping spreads one dimension over both X and Y of its fan-out. */
    public static Set<Integer> sharedAxes(Architecture arch, Mapping mapping) {
        Set<Integer> out = new HashSet<>();
        for (int s = 0; s < arch.storage().size(); s++) {
            LevelMapping lm = levelMapping(mapping, arch.storage().get(s).name());
            for (Loop x : lm.spatialX()) {
                if (lm.spatialY().stream().anyMatch(l -> l.dim() == x.dim())) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    public static String mapping(Architecture arch, Set<Integer> split, ConvProblem p, Mapping mapping) {
        List<Dim> dims = dims(p);
        Yaml y = new Yaml();
        y.line(0, "mapping:");
        List<StorageLevel> storage = arch.storage();
        for (int s = storage.size() - 1; s >= 0; s--) {
            StorageLevel l = storage.get(s);
            LevelMapping lm = levelMapping(mapping, l.name());
            List<Fanout> fan = fanouts(arch, s, split);
            for (int f = fan.size() - 1; f >= 0; f--) {
                String target = fan.get(f).target();
                keep(y, target, EnumSet.noneOf(Tensor.class));
                List<Loop> xs = fan.size() == 2 ? (f == 0 ? lm.spatialX() : List.of()) : lm.spatialX();
                List<Loop> ys = fan.size() == 2 ? (f == 1 ? lm.spatialY() : List.of()) : lm.spatialY();
                spatial(y, target, dims, xs, ys, l.name());
                temporal(y, target, dims, List.of());
            }
            keep(y, l.name(), l.keeps());
            temporal(y, l.name(), dims, lm.temporal());
        }
        return y.text();
    }

    private static LevelMapping levelMapping(Mapping m, String level) {
        for (LevelMapping lm : m.levels()) {
            if (lm.level().equals(level)) {
                return lm;
            }
        }
        return LevelMapping.empty(level);
    }

    private static void keep(Yaml y, String target, Set<Tensor> keeps) {
        List<String> keep = new ArrayList<>();
        List<String> bypass = new ArrayList<>();
        for (Tensor t : Tensor.values()) {
            (keeps.contains(t) ? keep : bypass).add(DATA_SPACES.get(t.ordinal()));
        }
        y.line(0, "- target: " + target);
        y.line(1, "type: datatype");
        y.line(1, "keep: [" + String.join(", ", keep) + "]");
        y.line(1, "bypass: [" + String.join(", ", bypass) + "]");
    }

    private static void temporal(Yaml y, String target, List<Dim> dims, List<Loop> loops) {
        List<Dim> innermostFirst = new ArrayList<>();
        for (int i = loops.size() - 1; i >= 0; i--) {
            innermostFirst.add(loops.get(i).dim());
        }
        directive(y, target, "temporal", dims, loops, innermostFirst, -1);
    }

    private static void spatial(Yaml y, String target, List<Dim> dims, List<Loop> xs, List<Loop> ys, String level) {
        Set<Dim> seen = new HashSet<>();
        List<Dim> innermostFirst = new ArrayList<>();
        for (List<Loop> axis : List.of(xs, ys)) {
            for (int i = axis.size() - 1; i >= 0; i--) {
                if (!seen.add(axis.get(i).dim())) {
                    throw new IllegalArgumentException(
                            "level '" + level + "' spreads " + axis.get(i).dim().letter()
                                    + " over both X and Y of one fan-out, which a Timeloop mapping cannot say");
                }
                innermostFirst.add(axis.get(i).dim());
            }
        }
        List<Loop> all = new ArrayList<>(xs);
        all.addAll(ys);
        directive(y, target, "spatial", dims, all, innermostFirst, xs.size());
    }

    /** A loop directive: every dimension's factor, the permutation innermost first, the split if spatial. */
    private static void directive(
            Yaml y, String target, String type, List<Dim> dims, List<Loop> loops, List<Dim> first, int split) {
        List<String> factors = new ArrayList<>();
        List<Dim> perm = new ArrayList<>(first);
        for (Dim d : dims) {
            int f = 1;
            for (Loop l : loops) {
                if (l.dim() == d) {
                    f *= l.factor();
                }
            }
            factors.add(d.letter() + f);
            if (!perm.contains(d)) {
                perm.add(d);
            }
        }
        y.line(0, "- target: " + target);
        y.line(1, "type: " + type);
        y.line(1, "factors: " + String.join(" ", factors));
        y.line(
                1,
                "permutation: " + String.join("", perm.stream().map(Dim::letter).toList()));
        if (split >= 0) {
            y.line(1, "split: " + split);
        }
    }

    /**
     * The per-access energy Accelergy would list for a per-word energy: the product with the block
     * size, nudged by an ulp where needed so that the reader's division gives the per-word energy back
     * bit for bit.
     */
    static double perAccess(double perWord, int block) {
        double e = perWord * block;
        double up = e;
        double down = e;
        for (int i = 0; i < 8; i++) {
            if (up / block == perWord) {
                return up;
            }
            if (down / block == perWord) {
                return down;
            }
            up = Math.nextUp(up);
            down = Math.nextDown(down);
        }
        return e;
    }

    /** A number as YAML reads it back exactly (shortest round-trip form, signed exponent). */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        return s.contains("E") && !s.contains("E-") ? s.replace("E", "E+") : s;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** A YAML text built line by line, two spaces per indent. */
    private static final class Yaml {
        private final StringBuilder sb = new StringBuilder();

        void line(int indent, String text) {
            sb.append("  ".repeat(indent)).append(text).append('\n');
        }

        void raw(String text) {
            sb.append(text);
        }

        String text() {
            return sb.toString();
        }
    }
}
