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
import org.codesign.space.GpuPrecision;
import org.codesign.space.HardwareConfig;
import org.codesign.workload.Layer;
import org.codesign.workload.Network;

/**
 * Latency, energy and power of a network on a Jetson board at one DVFS setting and precision
 * (TensorRT-like inference, batch 1), kernel by kernel. docs/MODEL.md is the model card.
 *
 * <ul>
 *   <li><b>kernels</b>: the network after TensorRT-style fusion ({@link GpuKernel#plan}): one kernel per
 *       convolution or FC layer (batch norm, bias and activation folded in), one per pooling, addition
 *       (with its activation) or standalone norm; concatenations are free.
 *   <li><b>GPU time of a kernel</b> = a fixed number of GPU cycles + its roofline: the largest of
 *       compute (its operations at the peak of the units it runs on at the GPU clock and precision,
 *       times its class's efficiency), DRAM traffic (weights, and maps too large for the L2, over the
 *       bandwidth at the EMC clock) and L2 traffic (every byte, over the L2 bandwidth at the GPU clock).
 *   <li><b>latency</b> = a per-inference constant (CPU cycles: set-up, copies, synchronization) + per
 *       kernel its launch (CPU cycles, at the CPU clock; none when a CUDA graph replays the engine) and
 *       its GPU time. The launch adds to the GPU time rather than hiding behind it: the calibration
 *       rows are fitted to within 2 % that way and not at all with an overlapping CPU (docs/MODEL.md).
 *   <li><b>energy</b> = time × (idle + CPU power at its clock + memory background at the EMC clock +
 *       the GPU's clocked share at its clock) + operations × energy per operation (∝ V(f)²) + DRAM
 *       bytes × energy per byte. Equivalently, GPU power ∝ f·V(f)² scaled by utilization.
 * </ul>
 *
 * <p>Each compute layer's {@link LayerCost} holds the time its kernels add to the timeline (its data
 * ops' kernels ride along; the per-inference set-up is in the first layer), so the layers sum to the
 * network; utilization is achieved operations over the dense peak at the chosen clock and precision,
 * and {@code mapping} names what bounds it. A board has no modelled chip area (NaN).
 *
 * <p>By construction latency never rises with any clock, and power never falls with the GPU clock.
 * Coefficients: {@link BoardSpec}, {@link GpuArchitecture} (board figures) and {@link GpuCalibration}
 * (fitted and assumed). Thread-safe: the only state is a cache of per-setting constants.
 */
public final class EdgeGpuCostModel implements HardwareCostModel {

    private final GpuCalibration calibration;
    private final KernelLaunch launch;
    private final ConcurrentMap<EdgeGpuConfig, OperatingPoint> points = new ConcurrentHashMap<>();

    public EdgeGpuCostModel() {
        this(GpuCalibration.DEFAULT);
    }

    public EdgeGpuCostModel(GpuCalibration calibration) {
        this(calibration, KernelLaunch.ENQUEUE);
    }

    /** A model of engines launched as {@code launch} says (the app and the CLI use {@link KernelLaunch#ENQUEUE}). */
    public EdgeGpuCostModel(GpuCalibration calibration, KernelLaunch launch) {
        this.calibration = Objects.requireNonNull(calibration, "calibration");
        this.launch = Objects.requireNonNull(launch, "launch");
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
        BoardSpec board = BoardSpec.of(setting.deviceSpec());
        GpuPrecision precision = setting.precision();
        if (!board.architecture().supports(precision)) {
            return new CostResult.Infeasible(board.device().id() + ": TensorRT has no " + precision.id()
                    + " kernels for its " + board.architecture().name().toLowerCase(java.util.Locale.ROOT)
                    + " GPU (INT8 needs compute capability 6.1 or 7.0 and later); use fp16 or fp32");
        }
        Optional<String> shortfall = memoryShortfall(network, board, precision);
        if (shortfall.isPresent()) {
            return new CostResult.Infeasible(shortfall.get());
        }
        OperatingPoint op = points.computeIfAbsent(setting, s -> OperatingPoint.of(s, calibration));
        return run(network, GpuKernel.plan(network, board, precision, calibration), op, launch);
    }

    /** Adds up the kernels' times and energies per layer. */
    private static NetworkCost run(Network network, List<GpuKernel> kernels, OperatingPoint op, KernelLaunch launch) {
        double launchS = launch == KernelLaunch.ENQUEUE ? op.launchS() : 0;
        int n = network.layers().size();
        double[] latencyS = new double[n];
        double[] energyJ = new double[n];
        double[] useful = new double[n];
        String[] mapping = new String[n];
        double[] dominant = new double[n];
        latencyS[0] += op.inferenceS();
        for (GpuKernel k : kernels) {
            double computeS = k.ops() == 0 ? 0 : k.ops() / (peak(k, op) * k.efficiency());
            double dramS = k.dramBytes() / op.sustainedBytesPerS();
            double l2S = k.l2Bytes() / op.l2BytesPerS();
            double roofline = Math.max(computeS, Math.max(dramS, l2S));
            double added = launchS + op.kernelFixedS() + roofline;
            int i = k.layerIndex();
            latencyS[i] += added;
            double opJ = k.tensor() ? op.denseJoulesPerOp() : op.cudaJoulesPerOp();
            energyJ[i] += added * op.basePowerW() + k.ops() * opJ + k.dramBytes() * op.joulesPerByte();
            useful[i] += k.usefulOps();
            if (added > dominant[i]) {
                dominant[i] = added;
                mapping[i] = label(k, op, launchS, computeS, dramS, l2S);
            }
        }
        energyJ[0] += op.inferenceS() * op.basePowerW();
        LayerCost[] costs = new LayerCost[n];
        double totalS = 0;
        double totalJ = 0;
        for (int i = 0; i < n; i++) {
            Layer layer = network.layers().get(i);
            double utilization = latencyS[i] > 0 ? useful[i] / (latencyS[i] * op.denseOpsPerS()) : 0;
            costs[i] = new LayerCost(layer.name(), latencyS[i] * 1e3, energyJ[i] * 1e3, utilization, mapping[i]);
            totalS += latencyS[i];
            totalJ += energyJ[i];
        }
        return new NetworkCost(totalS * 1e3, totalJ * 1e3, totalJ / totalS, Double.NaN, List.of(costs));
    }

    private static double peak(GpuKernel k, OperatingPoint op) {
        return k.tensor() ? op.denseOpsPerS() : op.cudaOpsPerS();
    }

    private static String label(
            GpuKernel k, OperatingPoint op, double launchS, double computeS, double dramS, double l2S) {
        String what = k.name() + ": ";
        if (launchS > Math.max(computeS, Math.max(dramS, l2S))) {
            return what + op.launchLabel();
        }
        if (computeS >= dramS && computeS >= l2S) {
            String units = k.tensor() ? "tensor cores" : "CUDA cores";
            return what + "compute-bound: " + NumberLabels.compact(k.ops() / computeS * 1e-12) + " of "
                    + NumberLabels.compact(peak(k, op) * 1e-12) + " T"
                    + op.precision().id() + " ops/s (" + units + ")";
        }
        if (dramS >= l2S) {
            return what + "memory-bound: " + NumberLabels.compact(k.dramBytes() * 1e-6) + " MB at "
                    + NumberLabels.compact(op.nominalBytesPerS() * 1e-9) + " GB/s DRAM";
        }
        return what + "L2-bound: " + NumberLabels.compact(k.l2Bytes() * 1e-6) + " MB at "
                + NumberLabels.compact(op.l2BytesPerS() * 1e-9) + " GB/s L2";
    }

    /** Why the network does not fit: weights plus the largest layer's input and output must fit in the board's DRAM. */
    private static Optional<String> memoryShortfall(Network network, BoardSpec board, GpuPrecision precision) {
        long weights = 0;
        long activations = 0;
        for (Layer layer : network.layers()) {
            weights += layer.weights();
            activations = Math.max(activations, layer.inputWords() + layer.outputWords());
        }
        int bytes = precision.bytesPerValue();
        double neededBytes = (double) bytes * (weights + activations);
        if (neededBytes > board.dramGB() * 1e9) {
            return Optional.of(board.device().id() + ": " + network.name() + " needs "
                    + size(neededBytes) + " of DRAM at " + precision.id().toUpperCase(java.util.Locale.ROOT)
                    + " (weights " + size((double) bytes * weights)
                    + " + largest layer's activations " + size((double) bytes * activations) + ") but the board has "
                    + NumberLabels.compact(board.dramGB()) + " GB");
        }
        return Optional.empty();
    }

    private static String size(double bytes) {
        return bytes >= 1e9 ? NumberLabels.compact(bytes * 1e-9) + " GB" : NumberLabels.compact(bytes * 1e-6) + " MB";
    }
}
