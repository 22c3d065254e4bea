package org.codesign.cost.timeloop;

import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
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
 *
 * <p>The YAML goes through Jackson's {@code YAMLGenerator} ({@link TimeloopYamlOutput}), the
 * library {@link YamlDocument} reads with, so tags, quoting and numbers are the library's.
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
        ComputeLevel c = arch.compute();
        if (c.leakPJPerCycle() != 0) {
            throw new IllegalArgumentException(
                    "compute level '" + c.name() + "': Timeloop has no compute leakage; it cannot be exported");
        }
        return TimeloopYamlOutput.write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("architecture");
            g.writeFieldName("version");
            g.writeNumber("0.4");
            g.writeArrayFieldStart("nodes");
            WritableTypeId system = TimeloopYamlOutput.startTagged(g, "Container");
            g.writeStringField("name", "system");
            g.writeObjectFieldStart("attributes");
            TimeloopYamlOutput.numberField(g, "global_cycle_seconds", 1.0 / arch.clockHz());
            g.writeEndObject();
            g.writeTypeSuffix(system);
            List<StorageLevel> storage = arch.storage();
            for (int s = 0; s < storage.size(); s++) {
                component(g, storage.get(s));
                for (Fanout f : fanouts(arch, s, split)) {
                    WritableTypeId container = TimeloopYamlOutput.startTagged(g, "Container");
                    g.writeStringField("name", f.name());
                    g.writeObjectFieldStart("spatial");
                    g.writeNumberField("meshX", f.meshX());
                    g.writeNumberField("meshY", f.meshY());
                    g.writeEndObject();
                    g.writeTypeSuffix(container);
                }
            }
            WritableTypeId mac = TimeloopYamlOutput.startTagged(g, "Component");
            g.writeStringField("name", c.name());
            g.writeStringField("class", "intmac");
            g.writeObjectFieldStart("attributes");
            g.writeNumberField("datawidth", storage.get(storage.size() - 1).wordBits());
            g.writeEndObject();
            g.writeTypeSuffix(mac);
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void component(YAMLGenerator g, StorageLevel l) throws IOException {
        WritableTypeId component = TimeloopYamlOutput.startTagged(g, "Component");
        g.writeStringField("name", l.name());
        g.writeStringField("class", !l.bounded() ? "DRAM" : l.instances() > 1 ? "regfile" : "SRAM");
        g.writeObjectFieldStart("attributes");
        g.writeNumberField("datawidth", l.wordBits());
        g.writeNumberField("width", (long) l.wordBits() * l.blockWords() * l.clusterSize());
        g.writeNumberField("block_size", l.blockWords());
        if (l.clusterSize() > 1) {
            g.writeNumberField("cluster_size", l.clusterSize());
        }
        if (l.bounded()) {
            long block = l.blockWords();
            if (l.capacityWords() % block == 0) {
                g.writeNumberField("depth", l.capacityWords() / block);
            } else {
                g.writeNumberField("entries", l.capacityWords());
            }
        }
        bandwidth(g, "read_bandwidth", l.readBandwidth());
        bandwidth(g, "write_bandwidth", l.writeBandwidth());
        bandwidth(g, "shared_bandwidth", l.sharedBandwidth());
        if (l.multipleBuffering() != 1.0) {
            TimeloopYamlOutput.numberField(g, "multiple_buffering", l.multipleBuffering());
        }
        g.writeEndObject();
        g.writeTypeSuffix(component);
    }

    private static void bandwidth(YAMLGenerator g, String key, double wordsPerCycle) throws IOException {
        if (!Double.isInfinite(wordsPerCycle)) {
            TimeloopYamlOutput.numberField(g, key, wordsPerCycle);
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
        return referenceTable(
                "ERT",
                arch,
                (g, l) -> {
                    g.writeArrayFieldStart("actions");
                    action(g, "read", perAccess(l.readEnergyPJ(), l.blockWords()));
                    action(g, "write", perAccess(l.writeEnergyPJ(), l.blockWords()));
                    action(g, "update", perAccess(l.updateEnergyPJ(), l.blockWords()));
                    action(g, "leak", l.leakPJPerCycle());
                    g.writeEndArray();
                },
                (g, c) -> {
                    g.writeArrayFieldStart("actions");
                    action(g, "compute", c.energyPJ());
                    action(g, "leak", 0.0);
                    g.writeEndArray();
                });
    }

    private static void action(YAMLGenerator g, String name, double pj) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        TimeloopYamlOutput.numberField(g, "energy", pj);
        g.writeEndObject();
    }

    /** Accelergy's area reference table: µm² per instance. */
    public static String art(Architecture arch) {
        return referenceTable(
                "ART",
                arch,
                (g, l) -> TimeloopYamlOutput.numberField(g, "area", l.areaUm2()),
                (g, c) -> TimeloopYamlOutput.numberField(g, "area", c.areaUm2()));
    }

    /** What one table entry holds after its name. */
    @FunctionalInterface
    private interface Entry<T> {
        void write(YAMLGenerator g, T level) throws IOException;
    }

    /** An Accelergy table (version '0.4', a string as Accelergy writes it): one entry per level. */
    private static String referenceTable(
            String key, Architecture arch, Entry<StorageLevel> storage, Entry<ComputeLevel> compute) {
        return TimeloopYamlOutput.write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart(key);
            g.writeStringField("version", "0.4");
            g.writeArrayFieldStart("tables");
            for (StorageLevel l : arch.storage()) {
                g.writeStartObject();
                g.writeStringField("name", qualified(l.name(), l.instances()));
                storage.write(g, l);
                g.writeEndObject();
            }
            ComputeLevel c = arch.compute();
            g.writeStartObject();
            g.writeStringField("name", qualified(c.name(), c.instances()));
            compute.write(g, c);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        });
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
        return TimeloopYamlOutput.write(y -> {
            y.writeStartObject();
            y.writeObjectFieldStart("problem");
            y.writeFieldName("version");
            y.writeNumber("0.4");
            y.writeObjectFieldStart("shape");
            y.writeStringField("name", p.name());
            strings(y, "dimensions", dims(p).stream().map(Dim::letter).toList());
            y.writeArrayFieldStart("coefficients");
            for (String c : List.of("Wstride", "Hstride", "Wdilation", "Hdilation")) {
                y.writeStartObject();
                y.writeStringField("name", c);
                y.writeNumberField("default", 1);
                y.writeEndObject();
            }
            y.writeEndArray();
            y.writeArrayFieldStart("data_spaces");
            dataSpace(y, "Weights", ranks(grouped, 0, term("C"), term("M"), term("R"), term("S")), false);
            dataSpace(
                    y,
                    "Inputs",
                    ranks(
                            grouped,
                            1,
                            term("N"),
                            term("C"),
                            List.of(List.of("R", "Wdilation"), List.of("P", "Wstride")),
                            List.of(List.of("S", "Hdilation"), List.of("Q", "Hstride"))),
                    false);
            dataSpace(y, "Outputs", ranks(grouped, 1, term("N"), term("M"), term("Q"), term("P")), true);
            y.writeEndArray();
            y.writeEndObject();
            y.writeObjectFieldStart("instance");
            for (Dim d : dims(p)) {
                y.writeNumberField(d.letter(), p.bound(d));
            }
            y.writeNumberField("Wstride", p.strideH());
            y.writeNumberField("Hstride", p.strideW());
            y.writeNumberField("Wdilation", 1);
            y.writeNumberField("Hdilation", 1);
            y.writeEndObject();
            y.writeEndObject();
            y.writeEndObject();
        });
    }

    /** A projection term of one dimension: a sum of one product of one factor. */
    private static List<List<String>> term(String dim) {
        return List.of(List.of(dim));
    }

    /** A projection's ranks, with G's rank inserted at {@code groupAt} for a grouped layer. */
    @SafeVarargs
    private static List<List<List<String>>> ranks(boolean grouped, int groupAt, List<List<String>>... ranks) {
        List<List<List<String>>> out = new ArrayList<>(List.of(ranks));
        if (grouped) {
            out.add(groupAt, term("G"));
        }
        return out;
    }

    /** A data space: its name and its projection, per tensor rank a sum of products of dimension and coefficient. */
    private static void dataSpace(YAMLGenerator y, String name, List<List<List<String>>> projection, boolean readWrite)
            throws IOException {
        y.writeStartObject();
        y.writeStringField("name", name);
        y.writeArrayFieldStart("projection");
        for (List<List<String>> rank : projection) {
            y.writeStartArray();
            for (List<String> product : rank) {
                strings(y, product);
            }
            y.writeEndArray();
        }
        y.writeEndArray();
        if (readWrite) {
            y.writeBooleanField("read_write", true);
        }
        y.writeEndObject();
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
            if (levelMapping(mapping, arch.storage().get(s).name()).dimensionOnBothAxes()) {
                out.add(s);
            }
        }
        return out;
    }

    public static String mapping(Architecture arch, Set<Integer> split, ConvProblem p, Mapping mapping) {
        List<Dim> dims = dims(p);
        return TimeloopYamlOutput.write(y -> {
            y.writeStartObject();
            y.writeArrayFieldStart("mapping");
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
            y.writeEndArray();
            y.writeEndObject();
        });
    }

    private static LevelMapping levelMapping(Mapping m, String level) {
        for (LevelMapping lm : m.levels()) {
            if (lm.level().equals(level)) {
                return lm;
            }
        }
        return LevelMapping.empty(level);
    }

    private static void keep(YAMLGenerator y, String target, Set<Tensor> keeps) throws IOException {
        List<String> keep = new ArrayList<>();
        List<String> bypass = new ArrayList<>();
        for (Tensor t : Tensor.values()) {
            (keeps.contains(t) ? keep : bypass).add(DATA_SPACES.get(t.ordinal()));
        }
        y.writeStartObject();
        y.writeStringField("target", target);
        y.writeStringField("type", "datatype");
        strings(y, "keep", keep);
        strings(y, "bypass", bypass);
        y.writeEndObject();
    }

    private static void temporal(YAMLGenerator y, String target, List<Dim> dims, List<Loop> loops) throws IOException {
        List<Dim> innermostFirst = new ArrayList<>();
        for (int i = loops.size() - 1; i >= 0; i--) {
            innermostFirst.add(loops.get(i).dim());
        }
        directive(y, target, "temporal", dims, loops, innermostFirst, -1);
    }

    private static void spatial(
            YAMLGenerator y, String target, List<Dim> dims, List<Loop> xs, List<Loop> ys, String level)
            throws IOException {
        Set<Dim> seen = new HashSet<>();
        List<Dim> innermostFirst = new ArrayList<>();
        int onX = 0;
        List<List<Loop>> axes = List.of(xs, ys);
        for (int a = 0; a < axes.size(); a++) {
            List<Loop> axis = axes.get(a);
            for (int i = axis.size() - 1; i >= 0; i--) {
                if (axis.get(i).factor() == 1) {
                    continue; // a unit loop adds nothing to the directive
                }
                if (!seen.add(axis.get(i).dim())) {
                    throw new IllegalArgumentException(
                            "level '" + level + "' spreads " + axis.get(i).dim().letter()
                                    + " over both X and Y of one fan-out, which a Timeloop mapping cannot say");
                }
                innermostFirst.add(axis.get(i).dim());
            }
            if (a == 0) {
                onX = innermostFirst.size();
            }
        }
        List<Loop> all = new ArrayList<>(xs);
        all.addAll(ys);
        directive(y, target, "spatial", dims, all, innermostFirst, onX);
    }

    /** A loop directive: every dimension's factor, the permutation innermost first, the split if spatial. */
    private static void directive(
            YAMLGenerator y, String target, String type, List<Dim> dims, List<Loop> loops, List<Dim> first, int split)
            throws IOException {
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
        y.writeStartObject();
        y.writeStringField("target", target);
        y.writeStringField("type", type);
        y.writeStringField("factors", String.join(" ", factors));
        y.writeStringField(
                "permutation", String.join("", perm.stream().map(Dim::letter).toList()));
        if (split >= 0) {
            y.writeNumberField("split", split);
        }
        y.writeEndObject();
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

    private static void strings(YAMLGenerator y, String name, List<String> values) throws IOException {
        y.writeFieldName(name);
        strings(y, values);
    }

    private static void strings(YAMLGenerator y, List<String> values) throws IOException {
        y.writeStartArray();
        for (String v : values) {
            y.writeString(v);
        }
        y.writeEndArray();
    }
}
