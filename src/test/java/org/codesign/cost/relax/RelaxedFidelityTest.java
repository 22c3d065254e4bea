package org.codesign.cost.relax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.codesign.cost.arch.AcceleratorDesign;
import org.codesign.cost.arch.ArchitectureTemplates;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.space.Dataflow;
import org.codesign.space.DramType;
import org.codesign.space.ResNetConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.workload.NetworkBuilder;
import org.hipparchus.util.Binary64;
import org.hipparchus.util.Binary64Field;
import org.junit.jupiter.api.Test;

/**
 * The relaxed model against the loop-nest model at integer points: random hardware of the
 * sample's lists, random ResNet-18 layers and random legal factorizations in the canonical
 * loop orders, each analysed by {@link LoopNestAnalyzer} with the mapping it stands for.
 */
class RelaxedFidelityTest {
    static final Map<ConvProblem, Integer> RESNET18 = RelaxedModel.shapes(
            NetworkBuilder.build(new ResNetConfig(ResNetConfig.Block.BASIC, List.of(2, 2, 2, 2), 1.0, 224)));

    /** One compared point: relative errors of cycles and energy. */
    record Point(String what, double cycles, double energy) {}

    @Test
    void latencyAndEnergyWithinFivePercentOfTheLoopNestModelAtIntegerPoints() {
        List<Point> points = comparePoints(2500, 11);
        assertTrue(points.size() >= 300, "legal points found: " + points.size());
        double[] cyc = points.stream().mapToDouble(Point::cycles).sorted().toArray();
        double[] en = points.stream().mapToDouble(Point::energy).sorted().toArray();
        String worst = points.stream()
                .sorted((a, b) -> Double.compare(Math.max(b.cycles(), b.energy()), Math.max(a.cycles(), a.energy())))
                .limit(3)
                .map(Point::toString)
                .toList()
                .toString();
        double cycleMean = Arrays.stream(cyc).average().orElseThrow();
        double energyMean = Arrays.stream(en).average().orElseThrow();
        // energy within 5 % at every point; cycles within 5 % at 99 % of them (the rest: input-stationary
        // arrays whose 1×1 stride-2 partial sums the model does not reduce exactly, under 10 %)
        assertTrue(en[en.length - 1] <= 0.05, "worst energy error " + en[en.length - 1] + " " + worst);
        assertTrue(cyc[cyc.length * 99 / 100] <= 0.05, "99th percentile cycles error " + cyc[cyc.length * 99 / 100]);
        assertTrue(cyc[cyc.length - 1] <= 0.10, "worst cycles error " + cyc[cyc.length - 1] + " " + worst);
        assertTrue(cycleMean < 0.01 && energyMean < 0.01, "mean errors " + cycleMean + " / " + energyMean);
    }

    @Test
    void areaEqualsTheDiscreteArchitectureAtEveryListedSize() {
        for (Dataflow df : List.of(Dataflow.WEIGHT_STATIONARY, Dataflow.OUTPUT_STATIONARY, Dataflow.INPUT_STATIONARY)) {
            for (int rows : new int[] {4, 12, 32}) {
                for (int kib : new int[] {32, 108, 512}) {
                    SpatialAcceleratorConfig c = config(df, rows, 14, 192, kib);
                    SimpleArray array = SimpleArray.of(c);
                    double discrete = ((AcceleratorDesign) ArchitectureTemplates.build(c))
                            .architecture()
                            .areaUm2();
                    RelaxedHardware<Binary64> hw = new RelaxedHardware<>(array, hardware(c, array));
                    assertEquals(discrete, hw.areaUm2.getReal(), discrete * 1e-9, c.toString());
                }
            }
        }
    }

    static List<Point> comparePoints(int attempts, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ConvProblem> layers = new ArrayList<>(RESNET18.keySet());
        Dataflow[] flows = {Dataflow.WEIGHT_STATIONARY, Dataflow.OUTPUT_STATIONARY, Dataflow.INPUT_STATIONARY};
        int[] rowsList = {4, 8, 12, 16};
        int[] colsList = {4, 8, 14, 16};
        int[] spadList = {16, 64, 192, 384};
        int[] glbList = {32, 64, 108, 256, 512};
        List<Point> out = new ArrayList<>();
        for (int a = 0; a < attempts; a++) {
            SpatialAcceleratorConfig c = config(
                    flows[rnd.nextInt(3)],
                    rowsList[rnd.nextInt(4)],
                    colsList[rnd.nextInt(4)],
                    spadList[rnd.nextInt(4)],
                    glbList[rnd.nextInt(5)]);
            ConvProblem prob = layers.get(rnd.nextInt(layers.size()));
            SimpleArray array = SimpleArray.of(c);
            LayerLayout layout = new LayerLayout(prob, array);
            int[][] f = randomFactors(layout, rnd, c);
            AcceleratorDesign design = (AcceleratorDesign) ArchitectureTemplates.build(c);
            Analysis an;
            try {
                an = LoopNestAnalyzer.analyze(prob, design.architecture(), CanonicalMapping.of(f));
            } catch (IllegalArgumentException tooBig) {
                continue;
            }
            Binary64[] x = variables(layout, f, hardware(c, array));
            RelaxedHardware<Binary64> hw = new RelaxedHardware<>(array, Arrays.copyOf(x, HardwareVars.COUNT));
            RelaxedLayer.Terms<Binary64> t = RelaxedLayer.evaluate(layout, hw, x, HardwareVars.COUNT);
            out.add(new Point(
                    c.dataflow().label() + " " + prob.shapeKey() + " "
                            + CanonicalMapping.of(f).describe(),
                    Math.abs(t.cycles().getReal() / an.cycles() - 1),
                    Math.abs(t.energyPJ().getReal() / an.energyPJ() - 1)));
        }
        return out;
    }

    static SpatialAcceleratorConfig config(Dataflow df, int rows, int cols, int spad, int kib) {
        return new SpatialAcceleratorConfig(
                df,
                rows,
                cols,
                df == Dataflow.WEIGHT_STATIONARY ? spad : 64,
                df == Dataflow.INPUT_STATIONARY ? spad : 12,
                df == Dataflow.OUTPUT_STATIONARY ? spad : 16,
                kib,
                DramType.LPDDR4,
                400,
                45,
                16);
    }

    static Binary64[] hardware(SpatialAcceleratorConfig c, SimpleArray array) {
        Binary64[] x = new Binary64[HardwareVars.COUNT];
        x[HardwareVars.ROWS] = new Binary64(Math.log(c.peRows()));
        x[HardwareVars.COLS] = new Binary64(Math.log(c.peCols()));
        x[HardwareVars.SPAD] = new Binary64(Math.log(array.spadWords(c)));
        x[HardwareVars.GLB] = new Binary64(Math.log(c.globalBufferKiB()));
        x[HardwareVars.CLOCK] = new Binary64(Math.log(c.clockMHz()));
        return x;
    }

    /** Hardware followed by the layer's log factors. */
    static Binary64[] variables(LayerLayout layout, int[][] f, Binary64[] hw) {
        Binary64[] x =
                RelaxedModel.constants(Binary64Field.getInstance(), new double[HardwareVars.COUNT + layout.size()]);
        System.arraycopy(hw, 0, x, 0, HardwareVars.COUNT);
        for (int p = 0; p < LoopOrders.POSITIONS; p++) {
            for (Dim d : Dim.values()) {
                int i = layout.index(p, d);
                if (i >= 0) {
                    x[HardwareVars.COUNT + i] = new Binary64(Math.log(f[p][d.ordinal()]));
                }
            }
        }
        return x;
    }

    /** Each prime factor of a split dimension goes to a random position the layout allows. */
    static int[][] randomFactors(LayerLayout layout, SplittableRandom rnd, SpatialAcceleratorConfig c) {
        int[][] f = new int[LoopOrders.POSITIONS][Dim.COUNT];
        for (int[] row : f) {
            Arrays.fill(row, 1);
        }
        for (int p = 0; p < LoopOrders.POSITIONS; p++) {
            for (Dim d : Dim.values()) {
                if (layout.index(p, d) < 0) {
                    f[p][d.ordinal()] = (int) Math.round(Math.exp(layout.constantLog(p, d)));
                }
            }
        }
        for (Dim d : layout.splitDims()) {
            List<Integer> slots = new ArrayList<>();
            for (int p = 0; p < LoopOrders.POSITIONS; p++) {
                if (layout.index(p, d) >= 0) {
                    slots.add(p);
                }
            }
            int n = layout.problem().bound(d);
            for (int prime = 2; n > 1; prime++) {
                while (n % prime == 0) {
                    n /= prime;
                    int p = slots.get(rnd.nextInt(slots.size()));
                    f[p][d.ordinal()] *= prime;
                }
            }
        }
        return f;
    }
}
