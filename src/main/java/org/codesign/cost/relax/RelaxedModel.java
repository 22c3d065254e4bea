package org.codesign.cost.relax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.workload.Layer;
import org.codesign.workload.Network;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.util.MathArrays;

/**
 * The relaxed network model: the {@link HardwareVars} followed by every distinct layer shape's
 * {@link LayerLayout} variables. Latency and energy are the sums over the layers (each shape
 * counted as often as it occurs), power their ratio, area that of the chip. Immutable and
 * thread-safe; evaluate with {@code double}-valued fields (e.g. {@code Binary64}) for values and
 * with {@code Gradient} for exact gradients.
 */
public final class RelaxedModel {
    private final SimpleArray array;
    private final List<LayerLayout> layouts = new ArrayList<>();
    private final List<Integer> counts = new ArrayList<>();
    private final int[] offsets;
    private final int size;

    /** The network's layers grouped by shape. */
    public RelaxedModel(Network network, SimpleArray array) {
        this(shapes(network), array);
    }

    public RelaxedModel(Map<ConvProblem, Integer> shapes, SimpleArray array) {
        this.array = array;
        offsets = new int[shapes.size()];
        int k = HardwareVars.COUNT;
        int i = 0;
        for (Map.Entry<ConvProblem, Integer> e : shapes.entrySet()) {
            LayerLayout l = new LayerLayout(e.getKey(), array);
            layouts.add(l);
            counts.add(e.getValue());
            offsets[i++] = k;
            k += l.size();
        }
        size = k;
    }

    /** Distinct layer shapes (the first layer of each shape stands for it) and how often each occurs. */
    public static Map<ConvProblem, Integer> shapes(Network network) {
        Map<String, ConvProblem> first = new LinkedHashMap<>();
        Map<String, Integer> n = new LinkedHashMap<>();
        for (Layer layer : network.layers()) {
            ConvProblem p = ConvProblem.of(layer);
            first.putIfAbsent(p.shapeKey(), p);
            n.merge(p.shapeKey(), 1, Integer::sum);
        }
        Map<ConvProblem, Integer> out = new LinkedHashMap<>();
        first.forEach((key, p) -> out.put(p, n.get(key)));
        return out;
    }

    public SimpleArray array() {
        return array;
    }

    /** All variables: hardware first, then each layer's. */
    public int size() {
        return size;
    }

    public List<LayerLayout> layouts() {
        return List.copyOf(layouts);
    }

    public int count(int layer) {
        return counts.get(layer);
    }

    /** Index of the first variable of a layer. */
    public int offset(int layer) {
        return offsets[layer];
    }

    /** Latency (ms), energy (mJ), power (W) and area (mm²), and the capacity slacks. */
    public record Metrics<T>(T latencyMs, T energyMJ, T powerW, T areaMm2, List<T> capacity) {}

    /**
     * The metrics at {@code x}, and per layer the logs of the capacity ratios that must be ≤ 0:
     * global-buffer tiles over its words, the scratchpad tile over its words, the X and Y fan-out
     * over the PE columns and rows.
     */
    public <T extends CalculusFieldElement<T>> Metrics<T> evaluate(T[] x) {
        if (x.length != size) {
            throw new IllegalArgumentException("x: expected " + size + " variables, got " + x.length);
        }
        RelaxedHardware<T> hw = new RelaxedHardware<>(array, x);
        T zero = x[0].getField().getZero();
        T cycles = zero;
        T energy = zero;
        List<T> capacity = new ArrayList<>();
        T logGlb = hw.glbWords.log();
        for (int i = 0; i < layouts.size(); i++) {
            RelaxedLayer.Terms<T> t = RelaxedLayer.evaluate(layouts.get(i), hw, x, offsets[i]);
            cycles = cycles.add(t.cycles().multiply(counts.get(i)));
            energy = energy.add(t.energyPJ().multiply(counts.get(i)));
            capacity.add(t.glbTileWords().log().subtract(logGlb));
            capacity.add(t.spadTileWords().log().subtract(x[HardwareVars.SPAD]));
            capacity.add(t.logSpatialX().subtract(x[HardwareVars.COLS]));
            capacity.add(t.logSpatialY().subtract(x[HardwareVars.ROWS]));
        }
        T latencyMs = cycles.divide(hw.clockHz).multiply(1e3);
        T energyMJ = energy.multiply(1e-9);
        return new Metrics<>(latencyMs, energyMJ, energyMJ.divide(latencyMs), hw.areaUm2.multiply(1e-6), capacity);
    }

    /**
     * One layer's cycles and energy (pJ, one occurrence) and its {@link #CONSTRAINTS_PER_LAYER}
     * capacity logs, from a vector of the hardware variables followed by this layer's only: a
     * gradient of 5 + layer-size dimensions instead of the whole model's.
     */
    public record LayerValues<T>(T cycles, T energyPJ, List<T> capacity) {}

    public <T extends CalculusFieldElement<T>> LayerValues<T> layer(int l, T[] local) {
        LayerLayout layout = layouts.get(l);
        if (local.length != HardwareVars.COUNT + layout.size()) {
            throw new IllegalArgumentException(
                    "local: expected " + (HardwareVars.COUNT + layout.size()) + " variables");
        }
        RelaxedHardware<T> hw = new RelaxedHardware<>(array, local);
        RelaxedLayer.Terms<T> t = RelaxedLayer.evaluate(layout, hw, local, HardwareVars.COUNT);
        return new LayerValues<>(
                t.cycles(),
                t.energyPJ(),
                List.of(
                        t.glbTileWords().log().subtract(hw.glbWords.log()),
                        t.spadTileWords().log().subtract(local[HardwareVars.SPAD]),
                        t.logSpatialX().subtract(local[HardwareVars.COLS]),
                        t.logSpatialY().subtract(local[HardwareVars.ROWS])));
    }

    /** Chip area (mm²) of the hardware variables alone. */
    public <T extends CalculusFieldElement<T>> T areaMm2(T[] hardware) {
        return new RelaxedHardware<>(array, hardware).areaUm2.multiply(1e-6);
    }

    /** Capacity constraints per layer (see {@link #evaluate}). */
    public static final int CONSTRAINTS_PER_LAYER = 4;

    /** A variable vector of the field with these values. */
    public static <T extends CalculusFieldElement<T>> T[] constants(org.hipparchus.Field<T> field, double[] x) {
        T[] out = MathArrays.buildArray(field, x.length);
        for (int i = 0; i < x.length; i++) {
            out[i] = field.getZero().add(x[i]);
        }
        return out;
    }
}
