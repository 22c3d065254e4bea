package org.codesign.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.codesign.accuracy.AccuracyModel;
import org.codesign.accuracy.Family;
import org.codesign.workload.NetworkBuilder;
import org.codesign.workload.ProxylessSubnets;
import org.junit.jupiter.api.Test;

/**
 * The accuracy of {@code proxyless-ofa} subnets until the accuracy model has their family: the
 * MnasNet-A1 curve, flagged as extrapolated, checked against the sixteen subnets OFA published.
 */
class ProxylessAccuracyTest {
    private final Evaluator evaluator = new Evaluator(AccuracyModel.defaultModel(), Map.of());

    @Test
    void theStandInCurveStaysNearOfasPublishedTop1() {
        List<ProxylessSubnets.Row> rows = ProxylessSubnets.all();
        double absolute = 0;
        for (ProxylessSubnets.Row row : rows) {
            DesignEvaluation e = evaluator.evaluate(row.config(), null);
            assertThat(e.metrics().extrapolated()).isEqualTo(1.0);
            absolute += Math.abs(e.metrics().accuracy() - row.top1());
        }
        // Chosen among the model's families on these same subnets (0.24 point with the size-only
        // model, 0.52 with issue 16's architecture terms): this guards the choice, it is not a
        // held-out error.
        assertThat(absolute / rows.size()).isLessThan(0.6);
    }

    @Test
    void itIsTheMnasNetCurveAtTheSubnetsOwnMacsParamsAndResolution() {
        ProxylessSubnets.Row row = ProxylessSubnets.named("ofa-cpu-17");
        double expected = AccuracyModel.defaultModel()
                .predict(
                        Family.MNASNET_A1,
                        NetworkBuilder.build(row.config()),
                        row.config().resolution(),
                        1.3);
        assertEquals(expected, evaluator.evaluate(row.config(), null).metrics().accuracy());
    }

    @Test
    void fittedTemplatesAreNotExtrapolated() {
        DesignEvaluation e = evaluator.evaluate(org.codesign.cost.OfaSubnets.flops389MConfig(), null);
        assertFalse(e.metrics().extrapolated() == 1.0);
    }
}
