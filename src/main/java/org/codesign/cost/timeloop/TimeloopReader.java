package org.codesign.cost.timeloop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ComputeLevel;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.FanoutContainers;
import org.codesign.cost.loopnest.FlatNest;
import org.codesign.cost.loopnest.LevelMapping;
import org.codesign.cost.loopnest.Loop;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.loopnest.Mapping;
import org.codesign.cost.loopnest.NestEvaluator;
import org.codesign.cost.loopnest.StorageLevel;
import org.codesign.cost.loopnest.Tensor;
import org.codesign.cost.mapper.SpatialConstraints;

/**
 * Reads Timeloop inputs ({@code architecture}, {@code problem}, {@code mapping}, Accelergy's
 * {@code ERT} and {@code ART}, optionally {@code architecture_constraints}) into a
 * {@link TimeloopCase}. Every error is a {@link TimeloopInputException} naming the file, the line
 * and the YAML path.
 *
 * <p>A storage level keeps every data space unless the architecture's constraints or the
 * mapping's datatype/bypass directives say otherwise (the mapping has the last word). Spatial
 * loops on a container level fan out from the storage level above it; two containers in a row
 * (columns, then the PEs of a column, as in Eyeriss) are an X container above a Y container.
 */
public final class TimeloopReader {
    private TimeloopReader() {}

    public static TimeloopCase read(List<Path> filesOrDirs) {
        return read(TimeloopSpec.read(filesOrDirs));
    }

    public static TimeloopCase read(TimeloopSpec spec) {
        TimeloopSpec.Node problemNode = spec.top("problem", "the workload: shape and instance");
        String name =
                problemNode.get("shape") != null && problemNode.get("shape").get("name") != null
                        ? problemNode.get("shape").get("name").text()
                        : "problem";
        ProblemYaml.Result problem = ProblemYaml.read(problemNode, name);
        ArchitectureYaml.Result arch = ArchitectureYaml.read(spec.top("architecture", "the hardware's levels"));
        List<ArchLevel> levels = arch.levels();
        List<String> targets = new ArrayList<>();
        for (ArchLevel l : levels) {
            if (l.kind() != ArchLevel.Kind.COMPUTE) {
                targets.add(l.name());
            }
        }
        List<String> aliases = new ArrayList<>(targets);
        for (ArchLevel l : levels) {
            if (l.kind() == ArchLevel.Kind.CONTAINER
                    && l.name().startsWith("inter_")
                    && l.name().endsWith("_spatial")) {
                aliases.add(l.name().substring(6, l.name().length() - 8));
            }
        }
        TimeloopSpec.Node mappingNode = spec.top("mapping", "the loops of every level, e.g. timeloop-mapper.map.yaml");
        MappingYaml mapping = MappingYaml.read(mappingNode, problem, aliases);
        TimeloopSpec.Node constraints = spec.topOrNull("architecture_constraints");
        AccelergyTables tables = AccelergyTables.read(spec);
        Builder b = new Builder(levels, problem, mapping, constraints, tables);
        Architecture architecture = b.architecture(arch.clockHz(), spec.top("architecture", ""));
        Mapping m = b.mapping();
        try {
            m = LoopNestAnalyzer.validate(problem.problem(), architecture, m);
        } catch (IllegalArgumentException e) {
            throw located(e.getMessage(), mapping, mappingNode);
        }
        NestEvaluator fit = new NestEvaluator(problem.problem(), architecture);
        if (!fit.fits(FlatNest.of(architecture, m))) {
            throw located("mapping." + fit.violation(), mapping, mappingNode);
        }
        return new TimeloopCase(name, problem.problem(), architecture, m, levels, problem.tensors());
    }

    /**
     * A problem and an architecture for the mapper: no mapping is read; the levels keep what the
     * architecture's {@code constraints.dataspace} (and {@code architecture_constraints}) say, and
     * the containers' {@code constraints.spatial} become the {@link SpatialConstraints} (a factor
     * fixed to 1 bars the dimension from the fan-out; a permutation with {@code split} sends the
     * dimensions before it to X, the rest to Y). Temporal constraints are not read.
     */
    public static TimeloopMapspace readMapspace(List<Path> filesOrDirs) {
        TimeloopSpec spec = TimeloopSpec.read(filesOrDirs);
        TimeloopSpec.Node problemNode = spec.top("problem", "the workload: shape and instance");
        String name =
                problemNode.get("shape") != null && problemNode.get("shape").get("name") != null
                        ? problemNode.get("shape").get("name").text()
                        : "problem";
        return mapspace(spec, ProblemYaml.read(problemNode, name), name);
    }

    /** An architecture without a problem (CONV-7D's names), for a study's hardware. */
    static TimeloopMapspace readArchitecture(TimeloopSpec spec, String name) {
        return mapspace(spec, ProblemYaml.standard(), name);
    }

    private static TimeloopMapspace mapspace(TimeloopSpec spec, ProblemYaml.Result problem, String name) {
        ArchitectureYaml.Result arch = ArchitectureYaml.read(spec.top("architecture", "the hardware's levels"));
        Builder b = new Builder(
                arch.levels(),
                problem,
                MappingYaml.none(problem),
                spec.topOrNull("architecture_constraints"),
                AccelergyTables.read(spec));
        b.keepOnlyListed = true;
        Architecture architecture = b.architecture(arch.clockHz(), spec.top("architecture", ""));
        return new TimeloopMapspace(name, problem.problem(), architecture, b.spatialConstraints());
    }

    /**
     * A validation message ({@code mapping.LEVEL.field: ...} or {@code mapping: ...}) located at
     * the level's temporal or spatial directive when there is one, else at the mapping.
     */
    private static TimeloopInputException located(String message, MappingYaml mapping, TimeloopSpec.Node root) {
        String rest = message.replaceFirst("^mapping[.:] ?", "");
        int colon = rest.indexOf(": ");
        String head = colon < 0 ? "" : rest.substring(0, colon);
        String level = head.contains(".") ? head.substring(0, head.indexOf('.')) : head;
        MappingYaml.Loops at = head.endsWith(".spatialX") || head.endsWith(".spatialY")
                ? mapping.spatial.get(level)
                : mapping.temporal.get(level);
        if (at == null) {
            at = mapping.temporal.containsKey(level) ? mapping.temporal.get(level) : mapping.spatial.get(level);
        }
        return at == null ? root.error(rest) : at.where().error(rest);
    }

    /** Turns the flattened levels and the directives into the loop-nest model's records. */
    private static final class Builder {
        private final List<ArchLevel> levels;
        private final ProblemYaml.Result problem;
        private final MappingYaml mapping;
        private final TimeloopSpec.Node constraints;
        private final AccelergyTables tables;
        /**
         * For the mapper: a level whose constraints list only what it keeps bypasses the rest (as
         * the reference mappings do; Timeloop's mapper may choose either, ours does not search it).
         */
        boolean keepOnlyListed;
        /** Storage level index (in levels) of every storage level, outermost first. */
        private final List<Integer> storage = new ArrayList<>();

        Builder(
                List<ArchLevel> levels,
                ProblemYaml.Result problem,
                MappingYaml mapping,
                TimeloopSpec.Node constraints,
                AccelergyTables tables) {
            this.levels = levels;
            this.problem = problem;
            this.mapping = mapping;
            this.constraints = constraints;
            this.tables = tables;
            for (int i = 0; i < levels.size(); i++) {
                if (levels.get(i).kind() == ArchLevel.Kind.STORAGE) {
                    storage.add(i);
                }
            }
        }

        Architecture architecture(double clockHz, TimeloopSpec.Node archNode) {
            if (storage.isEmpty()) {
                throw archNode.error("no storage level (a component whose class is DRAM, SRAM, regfile, ...)");
            }
            List<StorageLevel> out = new ArrayList<>();
            for (int s = 0; s < storage.size(); s++) {
                out.add(StorageFigures.level(levels.get(storage.get(s)), keeps(storage.get(s)), layout(s), tables));
            }
            ArchLevel c = levels.get(levels.size() - 1);
            double mac = tables.energy(c.name(), "compute", c.where());
            if (Double.isNaN(mac)) {
                mac = tables.table(c.name(), c.where()).entrySet().stream()
                        .filter(e -> !e.getKey().equals("leak"))
                        .mapToDouble(Map.Entry::getValue)
                        .max()
                        .orElseThrow(
                                () -> tables.tableNode(c.name()).error("no compute action for '" + c.name() + "'"));
            }
            // Timeloop adds no compute leakage to its energy totals
            ComputeLevel compute =
                    new ComputeLevel(c.name(), c.instances(), c.meshX(), c.meshY(), mac, 0.0, tables.area(c.name()));
            try {
                return new Architecture("timeloop", clockHz, out, compute);
            } catch (IllegalArgumentException e) {
                throw archNode.error(e.getMessage());
            }
        }

        private Set<Tensor> keeps(int index) {
            ArchLevel l = levels.get(index);
            Set<Tensor> keep = EnumSet.allOf(Tensor.class);
            if (keepOnlyListed && !l.keep().isEmpty() && l.bypass().isEmpty()) {
                keep.clear();
            }
            for (String n : l.bypass()) {
                keep.remove(tensorNamed(n, l.where()));
            }
            for (String n : l.keep()) {
                keep.add(tensorNamed(n, l.where()));
            }
            if (constraints != null && constraints.get("targets") != null) {
                TimeloopSpec.Node t = constraints.get("targets").array("constraint targets");
                for (int i = 0; i < t.size(); i++) {
                    TimeloopSpec.Node d = t.at(i);
                    String type = d.get("type") == null ? "" : d.get("type").text();
                    String target =
                            d.get("target") == null ? "" : d.get("target").text();
                    if (target.equals(l.name())
                            && (type.equals("bypass") || type.equals("datatype") || type.equals("dataspace"))) {
                        apply(keep, mapping.keep(d));
                    }
                }
            }
            for (MappingYaml.Keep k : mapping.keeps.getOrDefault(l.name(), List.of())) {
                apply(keep, k);
            }
            return keep;
        }

        private static void apply(Set<Tensor> keep, MappingYaml.Keep k) {
            keep.removeAll(k.bypass());
            keep.addAll(k.keep());
        }

        private Tensor tensorNamed(String name, TimeloopSpec.Node where) {
            Tensor t = problem.tensors().get(name);
            if (t == null) {
                throw where.error("unknown data space '" + name + "' (the problem's: "
                        + problem.tensors().keySet() + ")");
            }
            return t;
        }

        /** The containers between storage level s and the next storage (or compute) level that fan out. */
        private List<Integer> fanningContainers(int s) {
            List<Integer> out = new ArrayList<>();
            int end = s + 1 < storage.size() ? storage.get(s + 1) : levels.size() - 1;
            for (int i = storage.get(s) + 1; i < end; i++) {
                ArchLevel next = levels.get(i + 1);
                ArchLevel c = levels.get(i);
                if (c.kind() == ArchLevel.Kind.CONTAINER && next.meshX() * next.meshY() > c.meshX() * c.meshY()) {
                    out.add(i);
                }
            }
            return out;
        }

        private FanoutContainers layout(int s) {
            List<Integer> cs = fanningContainers(s);
            if (cs.size() <= 1) {
                return FanoutContainers.SHARED;
            }
            ArchLevel outer = levels.get(cs.get(0));
            ArchLevel inner = levels.get(cs.get(1));
            ArchLevel below = levels.get(cs.get(1) + 1);
            boolean xOnly = levels.get(cs.get(0) + 1).meshY() == outer.meshY();
            boolean yOnly = below.meshX() == inner.meshX();
            if (cs.size() > 2 || !xOnly || !yOnly) {
                throw inner.where()
                        .error("unsupported fan-out: below '"
                                + levels.get(storage.get(s)).name()
                                + "' the model takes one container, or an X container above a Y container");
            }
            return FanoutContainers.X_THEN_Y;
        }

        /** The containers' spatial constraints, per storage level above them. */
        SpatialConstraints spatialConstraints() {
            SpatialConstraints out = SpatialConstraints.none();
            for (int s = 0; s < storage.size(); s++) {
                Set<Dim> xs = EnumSet.allOf(Dim.class);
                Set<Dim> ys = EnumSet.allOf(Dim.class);
                boolean constrained = false;
                for (int i : fanningContainers(s)) {
                    ArchLevel c = levels.get(i);
                    ArchLevel next = levels.get(i + 1);
                    TimeloopSpec.Node sp = c.where().get("constraints") == null
                            ? null
                            : c.where().get("constraints").get("spatial");
                    if (sp == null) {
                        continue;
                    }
                    constrained = true;
                    Set<Dim> allowed = EnumSet.allOf(Dim.class);
                    if (sp.get("factors") != null) {
                        for (String d : MappingYaml.fixedToOne(sp.get("factors"), problem)) {
                            allowed.remove(problem.dims().get(d));
                        }
                    }
                    Set<Dim> x = EnumSet.copyOf(allowed);
                    Set<Dim> y = EnumSet.copyOf(allowed);
                    if (sp.get("split") != null
                            && sp.get("permutation") != null
                            && sp.get("permutation").isArray()) {
                        int split = (int) sp.get("split").integer(0);
                        TimeloopSpec.Node perm = sp.get("permutation");
                        for (int k = 0; k < perm.size(); k++) {
                            Dim d = problem.dims().get(perm.at(k).text());
                            if (d != null) {
                                (k < split ? y : x).remove(d);
                            }
                        }
                    }
                    if (next.meshX() > c.meshX()) {
                        xs.retainAll(x);
                    }
                    if (next.meshY() > c.meshY()) {
                        ys.retainAll(y);
                    }
                }
                if (constrained) {
                    out = out.with(s, xs, ys);
                }
            }
            return out;
        }

        Mapping mapping() {
            List<LevelMapping> out = new ArrayList<>();
            for (int s = 0; s < storage.size(); s++) {
                ArchLevel level = levels.get(storage.get(s));
                List<Loop> temporal = new ArrayList<>();
                List<Loop> xs = new ArrayList<>();
                List<Loop> ys = new ArrayList<>();
                MappingYaml.Loops t = mapping.temporal.get(level.name());
                if (t != null) {
                    temporal.addAll(t.temporal());
                }
                MappingYaml.Loops own = mapping.spatial.get(level.name());
                if (own != null) {
                    xs.addAll(own.spatialX());
                    ys.addAll(own.spatialY());
                }
                int end = s + 1 < storage.size() ? storage.get(s + 1) : levels.size() - 1;
                boolean twoContainers = layout(s) == FanoutContainers.X_THEN_Y;
                List<Integer> fanning = fanningContainers(s);
                for (int i = storage.get(s) + 1; i < end; i++) {
                    ArchLevel c = levels.get(i);
                    MappingYaml.Loops ct = loopsFor(mapping.temporal, c.name());
                    if (ct != null && !ct.temporal().isEmpty()) {
                        throw ct.where()
                                .error("temporal loops on the container level '" + c.name()
                                        + "' (it holds no data) are not supported; put them on a storage level");
                    }
                    MappingYaml.Loops sp = loopsFor(mapping.spatial, c.name());
                    if (sp == null) {
                        continue;
                    }
                    if (twoContainers) {
                        boolean outer = fanning.indexOf(i) == 0;
                        List<Loop> wrong = outer ? sp.spatialY() : sp.spatialX();
                        if (!wrong.isEmpty()) {
                            throw sp.where()
                                    .error("the container '" + c.name() + "' fans out along "
                                            + (outer ? "X" : "Y") + " only; set split so its loops go to "
                                            + (outer ? "X" : "Y"));
                        }
                    }
                    xs.addAll(sp.spatialX());
                    ys.addAll(sp.spatialY());
                }
                out.add(new LevelMapping(level.name(), temporal, xs, ys));
            }
            return new Mapping(out);
        }

        private static MappingYaml.Loops loopsFor(Map<String, MappingYaml.Loops> m, String container) {
            MappingYaml.Loops l = m.get(container);
            if (l == null && container.startsWith("inter_") && container.endsWith("_spatial")) {
                l = m.get(container.substring(6, container.length() - 8));
            }
            return l;
        }
    }
}
