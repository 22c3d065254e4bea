package org.codesign.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.codesign.cost.arch.AcceleratorDesign;
import org.codesign.cost.arch.ArchitectureTemplates;
import org.codesign.cost.arch.DesignOutcome;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.mapper.MapOutcome;
import org.codesign.cost.mapper.MapResult;
import org.codesign.cost.mapper.Mapper;
import org.codesign.cost.mapper.MappingObjective;
import org.codesign.space.HardwareConfig;
import org.codesign.workload.Layer;
import org.codesign.workload.Network;

/**
 * The accelerator cost model: builds the architecture of a {@code spatial-accelerator} or
 * {@code systolic} configuration from its template, maps every layer with the {@link Mapper}
 * (cached by layer shape and architecture) and analyses it with the loop-nest model. Per layer:
 * latency = cycles / clock, energy from the analysis, power = energy / latency; the network's
 * latency and energy are the sums (layers run one after another), its area that of the chip.
 * A configuration the tables do not cover, or a layer no mapping fits, makes the result
 * {@link CostResult.Infeasible}. Thread-safe: designs and mappings are cached in concurrent maps.
 */
public final class AcceleratorCostModel implements HardwareCostModel {
    private final Mapper mapper;
    private final MappingObjective objective;
    private final java.util.function.Function<HardwareConfig, DesignOutcome> builder;
    private final ConcurrentHashMap<HardwareConfig, Design> designs = new ConcurrentHashMap<>();

    /** A built design (or why it cannot be built) and the cache key of its architecture (computed once). */
    private record Design(DesignOutcome design, String key) {}

    /** Minimizes the energy-delay product of every layer, with a private mapping cache. */
    public AcceleratorCostModel() {
        this(new Mapper(), MappingObjective.EDP);
    }

    public AcceleratorCostModel(Mapper mapper, MappingObjective objective) {
        this(mapper, objective, ArchitectureTemplates::build);
    }

    /**
     * @param builder the design of a configuration (the templates' by default; an imported
     *     Timeloop architecture's for the {@code timeloop} template)
     */
    public AcceleratorCostModel(
            Mapper mapper,
            MappingObjective objective,
            java.util.function.Function<HardwareConfig, DesignOutcome> builder) {
        if (mapper == null || objective == null || builder == null) {
            throw new IllegalArgumentException("mapper: objective and builder must be given");
        }
        this.mapper = mapper;
        this.objective = objective;
        this.builder = builder;
    }

    public Mapper mapper() {
        return mapper;
    }

    public MappingObjective objective() {
        return objective;
    }

    /** The architecture and dataflow constraints a configuration builds to, or why it cannot (cached). */
    public DesignOutcome design(HardwareConfig hardware) {
        return designOf(hardware).design();
    }

    private Design designOf(HardwareConfig hardware) {
        if (hardware == null) {
            throw new IllegalArgumentException("hardware: missing configuration");
        }
        Design d = designs.get(hardware);
        if (d == null) {
            DesignOutcome built = builder.apply(hardware);
            String key = built instanceof AcceleratorDesign a ? a.architecture().key() : null;
            d = designs.computeIfAbsent(hardware, h -> new Design(built, key));
        }
        return d;
    }

    /** The architecture of a configuration and the mapping {@link #evaluate} chooses for every layer. */
    public record DesignMappings(Architecture architecture, List<ConvProblem> problems, List<MapResult> mappings) {
        public DesignMappings {
            problems = List.copyOf(problems);
            mappings = List.copyOf(mappings);
        }
    }

    /**
     * The mappings behind {@link #evaluate} (the same cached mapper and objective).
     *
     * @throws IllegalArgumentException with the reason when the hardware cannot be built or a layer
     *     cannot be mapped
     */
    public DesignMappings mappings(Network network, HardwareConfig hardware) {
        Design d = designOf(hardware);
        if (d.design() instanceof DesignOutcome.Unsupported no) {
            throw new IllegalArgumentException(hardware.template() + ": " + no.reason());
        }
        AcceleratorDesign design = (AcceleratorDesign) d.design();
        List<ConvProblem> problems = new ArrayList<>();
        List<MapResult> results = new ArrayList<>();
        for (Layer layer : network.layers()) {
            ConvProblem problem = ConvProblem.of(layer);
            MapOutcome mapped = mapper.map(problem, design.architecture(), d.key(), design.constraints(), objective);
            if (mapped instanceof MapOutcome.Unmappable no) {
                throw new IllegalArgumentException(hardware.template() + ": " + no.reason());
            }
            problems.add(problem);
            results.add((MapResult) mapped);
        }
        return new DesignMappings(design.architecture(), problems, results);
    }

    @Override
    public CostResult evaluate(Network network, HardwareConfig hardware) {
        if (network == null) {
            throw new IllegalArgumentException("network: missing");
        }
        Design d = designOf(hardware);
        if (d.design() instanceof DesignOutcome.Unsupported no) {
            return new CostResult.Infeasible(no.reason());
        }
        AcceleratorDesign design = (AcceleratorDesign) d.design();
        double clockHz = design.architecture().clockHz();
        List<LayerCost> layers = new ArrayList<>(network.layers().size());
        double latencyMs = 0;
        double energyMJ = 0;
        List<ConvProblem> problems =
                network.layers().stream().map(ConvProblem::of).toList();
        mapper.prefetch(problems, d.key(), design.constraints(), objective);
        for (int i = 0; i < problems.size(); i++) {
            Layer layer = network.layers().get(i);
            MapOutcome mapped =
                    mapper.map(problems.get(i), design.architecture(), d.key(), design.constraints(), objective);
            if (mapped instanceof MapOutcome.Unmappable no) {
                return new CostResult.Infeasible(hardware.template() + ": " + no.reason());
            }
            MapResult r = (MapResult) mapped;
            Analysis a = r.analysis();
            double ms = a.cycles() / clockHz * 1e3;
            double mj = a.energyPJ() * 1e-9;
            layers.add(new LayerCost(layer.name(), ms, mj, a.utilization(), r.description()));
            latencyMs += ms;
            energyMJ += mj;
        }
        double powerW = latencyMs > 0 ? energyMJ / latencyMs : 0;
        return new NetworkCost(
                latencyMs, energyMJ, powerW, design.architecture().areaUm2() * 1e-6, layers);
    }
}
