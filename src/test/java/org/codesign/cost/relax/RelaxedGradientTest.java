package org.codesign.cost.relax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.codesign.cost.loopnest.Dim;
import org.codesign.space.Dataflow;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.analysis.differentiation.GradientField;
import org.hipparchus.util.Binary64;
import org.hipparchus.util.Binary64Field;
import org.junit.jupiter.api.Test;

/** The relaxed model's exact gradients (forward-mode, Hipparchus {@link Gradient}) against central differences. */
class RelaxedGradientTest {

    @Test
    void everyOutputsGradientMatchesCentralDifferencesForEachDataflow() {
        for (Dataflow df : List.of(Dataflow.WEIGHT_STATIONARY, Dataflow.OUTPUT_STATIONARY, Dataflow.INPUT_STATIONARY)) {
            SimpleArray array = SimpleArray.of(RelaxedFidelityTest.config(df, 12, 14, 192, 108));
            RelaxedModel model = new RelaxedModel(RelaxedFidelityTest.RESNET18, array);
            double[] x = interiorPoint(model, new SplittableRandom(df.ordinal() + 3));
            int n = model.size();
            Gradient[] gx = new Gradient[n];
            for (int i = 0; i < n; i++) {
                gx[i] = Gradient.variable(n, i, x[i]);
            }
            RelaxedModel.Metrics<Gradient> exact = model.evaluate(gx);
            List<Function<RelaxedModel.Metrics<?>, Object>> outputs = List.of(
                    RelaxedModel.Metrics::latencyMs,
                    RelaxedModel.Metrics::energyMJ,
                    RelaxedModel.Metrics::powerW,
                    RelaxedModel.Metrics::areaMm2,
                    m -> m.capacity().get(0),
                    m -> m.capacity().get(5));
            for (int o = 0; o < outputs.size(); o++) {
                Gradient g = (Gradient) outputs.get(o).apply(exact);
                double[] grad = g.getGradient();
                double scale = 0;
                for (double v : grad) {
                    scale = Math.max(scale, Math.abs(v));
                }
                assertTrue(scale > 0, df + " output " + o + " has a zero gradient");
                // every hardware variable and every third layer variable (a full sweep takes ten seconds)
                for (int i = 0; i < n; i += i < HardwareVars.COUNT ? 1 : 3) {
                    double fd = centralDifference(model, x, i, outputs.get(o));
                    assertEquals(fd, grad[i], 1e-5 * scale + 1e-6 * Math.abs(fd), df + " output " + o + " d/dx" + i);
                }
            }
        }
    }

    @Test
    void gradientFieldAndDoublesGiveTheSameValue() {
        SimpleArray array = SimpleArray.of(RelaxedFidelityTest.config(Dataflow.OUTPUT_STATIONARY, 8, 8, 64, 64));
        RelaxedModel model = new RelaxedModel(RelaxedFidelityTest.RESNET18, array);
        double[] x = interiorPoint(model, new SplittableRandom(1));
        double v = model.evaluate(RelaxedModel.constants(Binary64Field.getInstance(), x))
                .latencyMs()
                .getReal();
        double g = model.evaluate(RelaxedModel.constants(GradientField.getField(model.size()), x))
                .latencyMs()
                .getReal();
        assertEquals(v, g, 1e-12 * v);
        assertTrue(v > 0);
    }

    private static double centralDifference(
            RelaxedModel model, double[] x, int i, Function<RelaxedModel.Metrics<?>, Object> output) {
        double h = 1e-6;
        double[] up = x.clone();
        double[] down = x.clone();
        up[i] += h;
        down[i] -= h;
        double fu = ((Binary64) output.apply(model.evaluate(RelaxedModel.constants(Binary64Field.getInstance(), up))))
                .getReal();
        double fd = ((Binary64) output.apply(model.evaluate(RelaxedModel.constants(Binary64Field.getInstance(), down))))
                .getReal();
        return (fu - fd) / (2 * h);
    }

    /** A non-integer point: every factor strictly inside its dimension's range. */
    static double[] interiorPoint(RelaxedModel model, SplittableRandom rnd) {
        double[] x = new double[model.size()];
        x[HardwareVars.ROWS] = Math.log(10.3);
        x[HardwareVars.COLS] = Math.log(13.1);
        x[HardwareVars.SPAD] = Math.log(150.7);
        x[HardwareVars.GLB] = Math.log(90.2);
        x[HardwareVars.CLOCK] = Math.log(333.0);
        for (int l = 0; l < model.layouts().size(); l++) {
            LayerLayout layout = model.layouts().get(l);
            for (int p = 0; p < LoopOrders.POSITIONS; p++) {
                for (Dim d : Dim.values()) {
                    int i = layout.index(p, d);
                    if (i >= 0) {
                        x[model.offset(l) + i] = Math.log(layout.problem().bound(d)) * (0.05 + 0.2 * rnd.nextDouble());
                    }
                }
            }
        }
        return x;
    }
}
