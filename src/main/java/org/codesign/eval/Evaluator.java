package org.codesign.eval;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.codesign.accuracy.AccuracyModel;
import org.codesign.accuracy.AccuracyPrediction;
import org.codesign.cost.CostResult;
import org.codesign.cost.HardwareCostModel;
import org.codesign.cost.NetworkCost;
import org.codesign.space.HardwareConfig;
import org.codesign.space.NetworkConfig;
import org.codesign.workload.Network;
import org.codesign.workload.NetworkBuilder;

/**
 * The one entry point from a design to its metrics: (network configuration, hardware
 * configuration) → accuracy, latency, power, energy, EDP, area, MACs, params and the per-layer
 * breakdown. All models are simulated. Thread-safe: the search calls it from several threads.
 */
public final class Evaluator {
    private final AccuracyModel accuracy;
    private final Map<String, HardwareCostModel> costModels;
    private final Function<NetworkConfig, Network> networks;

    /**
     * @param costModels the cost model of each hardware template, by template name
     */
    public Evaluator(AccuracyModel accuracy, Map<String, HardwareCostModel> costModels) {
        this(accuracy, costModels, NetworkBuilder::build);
    }

    /**
     * @param networks builds a network configuration's layers ({@link NetworkBuilder#build} but for
     *     networks whose files are relative to a study's folder)
     */
    public Evaluator(
            AccuracyModel accuracy,
            Map<String, HardwareCostModel> costModels,
            Function<NetworkConfig, Network> networks) {
        this.accuracy = accuracy;
        this.costModels = Map.copyOf(costModels);
        this.networks = networks;
    }

    /** The cost model of a hardware template, or null when there is none. */
    public HardwareCostModel costModel(String template) {
        return costModels.get(template);
    }

    /** The layers of a network configuration, its files read relative to this evaluator's study folder. */
    public Network network(NetworkConfig config) {
        return networks.apply(config);
    }

    public AccuracyModel accuracyModel() {
        return accuracy;
    }

    /**
     * Evaluates a design; {@code hardware} may be null for the network-only metrics. A design the
     * hardware cannot run comes back infeasible with the cost model's reason; anything thrown is an
     * error (no cost model for the template, a bug) and must reach the user as one.
     */
    public DesignEvaluation evaluate(NetworkConfig networkConfig, HardwareConfig hardware) {
        Network network = networks.apply(networkConfig);
        AccuracyPrediction top1 = accuracy.estimate(networkConfig, network);
        if (hardware == null) {
            return new DesignEvaluation(networkConfig, null, network, networkOnly(top1, network), null);
        }
        HardwareCostModel model = costModels.get(hardware.template());
        if (model == null) {
            throw new IllegalArgumentException(
                    "template: no cost model for hardware template '" + hardware.template() + "'");
        }
        CostResult result = model.evaluate(network, hardware);
        if (result instanceof CostResult.Infeasible no) {
            return new DesignEvaluation(networkConfig, hardware, network, networkOnly(top1, network), no.reason());
        }
        NetworkCost cost = (NetworkCost) result;
        return new DesignEvaluation(
                networkConfig,
                hardware,
                network,
                new Metrics(
                        top1.top1(),
                        cost.latencyMs(),
                        cost.powerW(),
                        cost.energyMJ(),
                        cost.areaMm2(),
                        network.macs(),
                        network.params(),
                        cost.layers(),
                        interval(top1, top1.low()),
                        interval(top1, top1.high()),
                        flag(top1),
                        accuracy.version()),
                null);
    }

    private Metrics networkOnly(AccuracyPrediction top1, Network network) {
        return new Metrics(
                top1.top1(),
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                network.macs(),
                network.params(),
                List.of(),
                interval(top1, top1.low()),
                interval(top1, top1.high()),
                flag(top1),
                accuracy.version());
    }

    /** A declared accuracy (a layer-list file) has no interval: NaN, absent from the point's metrics. */
    private static double interval(AccuracyPrediction p, double bound) {
        return p.declaredValue() ? Double.NaN : bound;
    }

    private static double flag(AccuracyPrediction p) {
        return p.declaredValue() ? Double.NaN : p.extrapolated() ? 1 : 0;
    }
}
