package org.codesign.cost.gpu;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.codesign.cost.CostResult;
import org.codesign.cost.HardwareCostModel;
import org.codesign.cost.LayerCost;
import org.codesign.cost.NetworkCost;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.HardwareConfig;
import org.codesign.workload.Layer;
import org.codesign.workload.Network;

/**
 * Latency, energy and power of a network on a Jetson board at one DVFS setting (TensorRT-like
 * FP16 inference, batch 1), layer by layer:
 *
 * <ul>
 *   <li><b>latency</b> = roofline + overhead. The roofline is the larger of compute time (FLOPs at
 *       the peak of the units the layer runs on, at the GPU clock, times an efficiency that falls for
 *       depthwise, matrix-vector and small layers) and memory time (weights, input and output at
 *       2 bytes each over the DRAM bandwidth at the EMC clock). The overhead is a fixed cost per
 *       layer, part CPU cycles and part GPU cycles, so it shrinks with both clocks; it dominates
 *       small networks.
 *   <li><b>energy</b> = time × (idle + CPU power at its clock + memory background at the EMC clock
 *       + the GPU's clocked share at its clock) + FLOPs × energy per FLOP (∝ V(f)²) + bytes × DRAM
 *       energy per byte. Equivalently, GPU power ∝ f·V(f)² scaled by utilization.
 * </ul>
 *
 * <p>The network's latency and energy are the sums over its layers; its power is energy / latency.
 * A board has no modelled chip area: {@link NetworkCost#areaMm2()} is NaN. Each {@link LayerCost}
 * reports utilization as achieved FLOP/s over the board's dense FP16 peak at the chosen GPU clock,
 * and names its bound in {@code mapping}.
 *
 * <p>By construction latency never rises with any clock, and power never falls with the GPU clock.
 * Coefficients: {@link BoardSpec} (board figures) and {@link GpuCalibration} (fitted and assumed).
 * Thread-safe: the only state is a cache of per-setting constants.
 */
public final class EdgeGpuCostModel implements HardwareCostModel {

    private static final double BYTES_PER_WORD = 2.0; // FP16
    /**
     * FP16 tensor-core kernels need input channels in multiples of 8 (NVIDIA's cuDNN and TensorRT
     * guidelines); TensorRT pads the rest with zeros, so a 3-channel stem does 8/3 of its work.
     */
    private static final int TENSOR_CORE_CHANNEL_MULTIPLE = 8;

    private final GpuCalibration calibration;
    private final ConcurrentMap<EdgeGpuConfig, OperatingPoint> points = new ConcurrentHashMap<>();

    public EdgeGpuCostModel() {
        this(GpuCalibration.DEFAULT);
    }

    public EdgeGpuCostModel(GpuCalibration calibration) {
        this.calibration = Objects.requireNonNull(calibration, "calibration");
    }

    public GpuCalibration calibration() {
        return calibration;
    }

    @Override
    public CostResult evaluate(Network network, HardwareConfig hardware) {
        if (network == null || network.layers().isEmpty()) {
            throw new IllegalArgumentException("network: needs at least one layer");
        }
        if (!(hardware instanceof EdgeGpuConfig setting)) {
            throw new IllegalArgumentException("hardware: the edge-GPU model evaluates " + EdgeGpuConfig.TEMPLATE
                    + " configurations, got " + (hardware == null ? "none" : hardware.template()));
        }
        OperatingPoint op = points.computeIfAbsent(setting, s -> OperatingPoint.of(s, calibration));
        Optional<String> shortfall = memoryShortfall(network, op.board());
        if (shortfall.isPresent()) {
            return new CostResult.Infeasible(shortfall.get());
        }

        List<Layer> layers = network.layers();
        LayerCost[] costs = new LayerCost[layers.size()];
        double latencyMs = 0;
        double energyMJ = 0;
        for (int i = 0; i < costs.length; i++) {
            LayerCost cost = layerCost(layers.get(i), op);
            costs[i] = cost;
            latencyMs += cost.latencyMs();
            energyMJ += cost.energyMJ();
        }
        return new NetworkCost(latencyMs, energyMJ, energyMJ / latencyMs, Double.NaN, List.of(costs));
    }

    private LayerCost layerCost(Layer layer, OperatingPoint op) {
        GpuCalibration cal = calibration;
        double flops = 2.0 * layer.macs();
        double outputs = layer.outputWords();
        double fill = outputs / (outputs + cal.fillOutputsPerSm() * op.board().smCount());

        double peak;
        double efficiency;
        double joulesPerFlop;
        boolean dense;
        switch (layer.kind()) {
            case CONV, POINTWISE -> {
                peak = op.denseFlopsPerS();
                efficiency =
                        cal.denseEfficiency() * fill * tileUse(layer.m() / layer.groups(), cal.outputChannelTile());
                if (op.board().tensorCores() > 0) {
                    efficiency *= tileUse(layer.channelsPerGroup(), TENSOR_CORE_CHANNEL_MULTIPLE);
                }
                joulesPerFlop = op.denseJoulesPerFlop();
                dense = true;
            }
            case DEPTHWISE -> {
                peak = op.cudaFlopsPerS();
                efficiency = cal.depthwiseEfficiency() * fill;
                joulesPerFlop = op.cudaJoulesPerFlop();
                dense = false;
            }
            default -> { // FC and SE: matrix-vector products at batch 1
                peak = op.cudaFlopsPerS();
                efficiency = cal.gemvEfficiency();
                joulesPerFlop = op.cudaJoulesPerFlop();
                dense = false;
            }
        }
        double computeS = flops / (peak * efficiency);
        double bytes = BYTES_PER_WORD * (layer.weights() + layer.inputWords() + layer.outputWords());
        double memoryS = bytes / op.sustainedBytesPerS();
        double rooflineS = Math.max(computeS, memoryS);
        double latencyS = rooflineS + op.overheadS();
        double energyJ = latencyS * op.basePowerW() + flops * joulesPerFlop + bytes * op.joulesPerByte();

        String mapping;
        if (op.overheadS() >= rooflineS) {
            mapping = op.overheadLabel();
        } else if (memoryS >= computeS) {
            mapping = "memory-bound: " + NumberLabels.compact(bytes * 1e-6) + " MB" + op.bandwidthLabel();
        } else {
            mapping = "compute-bound: " + NumberLabels.compact(flops / computeS * 1e-12)
                    + (dense ? op.denseLabel() : op.cudaLabel());
        }
        double utilization = flops / (latencyS * op.denseFlopsPerS());
        return new LayerCost(layer.name(), latencyS * 1e3, energyJ * 1e3, utilization, mapping);
    }

    /** The useful fraction of {@code count} rounded up to whole tiles of {@code tile}. */
    private static double tileUse(int count, int tile) {
        int tiles = (count + tile - 1) / tile;
        return (double) count / ((double) tiles * tile);
    }

    /** Why the network does not fit: weights plus the largest layer's input and output must fit in the board's DRAM. */
    private static Optional<String> memoryShortfall(Network network, BoardSpec board) {
        long weights = 0;
        long activations = 0;
        for (Layer layer : network.layers()) {
            weights += layer.weights();
            activations = Math.max(activations, layer.inputWords() + layer.outputWords());
        }
        double neededBytes = BYTES_PER_WORD * (weights + activations);
        if (neededBytes > board.dramGB() * 1e9) {
            return Optional.of(board.device().id() + ": " + network.name() + " needs "
                    + size(neededBytes) + " of DRAM at FP16 (weights " + size(BYTES_PER_WORD * weights)
                    + " + largest layer's activations " + size(BYTES_PER_WORD * activations) + ") but the board has "
                    + NumberLabels.compact(board.dramGB()) + " GB");
        }
        return Optional.empty();
    }

    private static String size(double bytes) {
        return bytes >= 1e9 ? NumberLabels.compact(bytes * 1e-9) + " GB" : NumberLabels.compact(bytes * 1e-6) + " MB";
    }
}
