package org.codesign.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.codesign.accuracy.AccuracyCalibration.Observation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calibration of the accuracy model on the published tables: fit quality per table,
 * cross-validated errors, and reproducibility of the shipped coefficients.
 *
 * <p>To regenerate {@code src/main/resources/org/codesign/accuracy/accuracy-model.json}:
 * {@code mvn -o -q test -Dtest=AccuracyCalibrationTest -Daccuracy.regenerate=true}
 */
class AccuracyCalibrationTest {

    static final Path SHIPPED =
            Path.of("src", "main", "resources", "org", "codesign", "accuracy", AccuracyModel.RESOURCE);

    private static List<Observation> data;
    private static AccuracyCalibration.Result calibration;
    private static AccuracyCoefficients fitted;

    @BeforeAll
    static void fit() throws IOException {
        data = PublishedAccuracy.calibrationSet();
        calibration = AccuracyCalibration.calibrate(data);
        fitted = calibration.coefficients();
        if (Boolean.getBoolean("accuracy.regenerate")) {
            Files.writeString(
                    SHIPPED,
                    AccuracyModelFile.format(fitted, DESCRIPTION, calibrationReport()),
                    StandardCharsets.UTF_8);
            System.out.println("wrote " + SHIPPED.toAbsolutePath());
        }
    }

    static final String DESCRIPTION = "Simulated ImageNet top-1 (percent). Fitted by AccuracyCalibration "
            + "(Hipparchus Levenberg-Marquardt least squares, bounded by the monotonic constraints) on the published"
            + " tables in shared/data/accuracy; features are our own MAC and parameter counts and the architecture"
            + " (width, resolution, blocks per stage, mean kernel and expand ratio). halfWidth: split-conformal 90 %"
            + " interval from the leave-one-out errors. mbv3-ofa predicts OFA's published setting (supernet weights"
            + " plus 25 or 75 fine-tuning epochs; about 2 points above training from scratch). docs/MODEL.md.";

    private static ObjectNode calibrationReport() {
        ObjectNode node = AccuracyModelFile.mapper().createObjectNode();
        node.put("regenerate", "mvn -o -q test -Dtest=AccuracyCalibrationTest -Daccuracy.regenerate=true");
        node.putArray("tables")
                .addAll(PublishedAccuracy.TABLES.stream()
                        .map(t -> node.textNode(t + ".csv"))
                        .toList());
        node.putArray("excluded").add("mnasnet_a1.csv 160/0.35 (top-1 52.3, a suspected typo in the source)");
        node.put("observations", data.size());
        ObjectNode mae = node.putObject("meanAbsoluteError");
        calibration.meanAbsoluteError().forEach((t, v) -> mae.put(t, round(v)));
        ObjectNode loo = node.putObject("leaveOneOutMeanAbsoluteError");
        calibration.leaveOneOut().forEach((t, v) -> loo.put(t, round(v)));
        return node;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    @Test
    void shippedCoefficientsAreTheCalibrationResult() {
        AccuracyCoefficients shipped = AccuracyModelFile.read(SHIPPED);
        assertClose(fitted.paramsWeight(), shipped.paramsWeight(), "paramsWeight");
        for (Family f : Family.values()) {
            FamilyCoefficients a = fitted.families().get(f);
            FamilyCoefficients b = shipped.families().get(f);
            assertClose(a.floor(), b.floor(), f.key() + ".floor");
            assertClose(a.offset(), b.offset(), f.key() + ".offset");
            assertClose(a.curvature(), b.curvature(), f.key() + ".curvature");
            assertClose(a.resolution(), b.resolution(), f.key() + ".resolution");
            assertClose(a.width(), b.width(), f.key() + ".width");
            assertClose(a.widthSquared(), b.widthSquared(), f.key() + ".widthSquared");
            assertClose(a.resolutionWidth(), b.resolutionWidth(), f.key() + ".resolutionWidth");
            assertEquals(a.depth().size(), b.depth().size(), f.key() + ".depth");
            for (int s = 0; s < a.depth().size(); s++) {
                assertClose(a.depth().get(s), b.depth().get(s), f.key() + ".depth[" + s + "]");
            }
            assertClose(a.kernel(), b.kernel(), f.key() + ".kernel");
            assertClose(a.expansion(), b.expansion(), f.key() + ".expansion");
            assertClose(a.halfWidth(), b.halfWidth(), f.key() + ".halfWidth");
            assertEquals(a.trust(), b.trust(), f.key() + ".trust");
        }
        // The classpath resource is the same file (its copy under target/ is refreshed by the next build).
        if (!Boolean.getBoolean("accuracy.regenerate")) {
            assertEquals(shipped, AccuracyModel.defaultModel().coefficients());
        }
    }

    private static void assertClose(double expected, double actual, String field) {
        assertEquals(
                expected,
                actual,
                1e-6 * Math.max(1, Math.abs(expected)),
                field + " differs from a fresh calibration: regenerate the JSON (see the class comment)");
    }

    @Test
    void fitIsDeterministic() {
        assertEquals(AccuracyCalibration.fit(data), AccuracyCalibration.fit(data));
    }

    @Test
    void meanAbsoluteErrorPerTableMeetsTheTargets() {
        Map<String, Double> mae = AccuracyCalibration.meanAbsoluteErrorByTable(fitted, data);
        System.out.println("accuracy model, mean absolute error (points) on the fitted tables: " + format(mae));
        assertEquals(PublishedAccuracy.TABLES.size(), mae.size());
        mae.forEach((table, error) -> assertTrue(error <= 1.0, table + ": MAE " + error + " > 1.0"));
        assertTrue(mae.get(PublishedAccuracy.OFA) <= 0.5, "OFA MAE " + mae.get(PublishedAccuracy.OFA) + " > 0.5");
    }

    /**
     * Each row predicted by a model fitted without it. Issue 16's target: OFA subnets not fitted
     * to within 0.25 points on average (the held-out check is done elsewhere; this is its proxy).
     */
    @Test
    void leaveOneOutErrors() {
        Map<String, Double> loo = CrossValidation.leaveOneOut(data);
        System.out.println("accuracy model, leave-one-out MAE: " + format(loo));
        assertEquals(calibration.leaveOneOut(), loo);
        // Five ResNets: each held out is extrapolated over a 2x MAC step from the other four.
        loo.forEach((table, error) -> assertTrue(
                error <= (table.equals(PublishedAccuracy.RESNET) ? 1.2 : 0.5), table + ": leave-one-out MAE " + error));
        assertTrue(loo.get(PublishedAccuracy.OFA) <= 0.25, "OFA leave-one-out MAE " + loo.get(PublishedAccuracy.OFA));
    }

    /**
     * Whole slices held out: every width (depth multiplier) column of a grid table at once.
     * ResNets: one model at a time. OFA's two supernets (width 1.0 with 25 fine-tuning epochs,
     * 1.2 with 75) cannot be held out in turn: the width term then has no data, and the model
     * flags the held-out width as extrapolated instead (asserted here).
     */
    @Test
    void leaveOneWidthOutErrors() {
        Map<String, Double> out = CrossValidation.leaveGroupsOut(data, o -> o.table() + "/" + o.group());
        System.out.println("accuracy model, leave-one-width-out MAE: " + format(out));
        out.forEach((table, error) -> assertTrue(
                table.equals(PublishedAccuracy.OFA) || error <= 1.5, table + ": leave-one-width-out MAE " + error));
        List<Observation> narrowOnly = data.stream()
                .filter(o ->
                        !o.table().equals(PublishedAccuracy.OFA) || o.group().equals("w1.0"))
                .toList();
        AccuracyCoefficients fittedOnNarrow = AccuracyCalibration.fit(narrowOnly);
        data.stream()
                .filter(o ->
                        o.table().equals(PublishedAccuracy.OFA) && o.group().equals("w1.2"))
                .forEach(o -> assertTrue(fittedOnNarrow.predict(o.features()).extrapolated(), o.id()));
    }

    /** Every resolution row of the grid tables held out at once (OFA subnets and ResNets: one at a time). */
    @Test
    void leaveOneResolutionOutErrors() {
        Map<String, Double> out = CrossValidation.leaveGroupsOut(
                data,
                o -> o.table().equals(PublishedAccuracy.OFA) || o.table().equals(PublishedAccuracy.RESNET)
                        ? o.table() + "/" + o.id()
                        : o.table() + "/r" + o.features().resolution());
        System.out.println("accuracy model, leave-one-resolution-out MAE: " + format(out));
        out.forEach((table, error) -> assertTrue(error <= 1.5, table + ": leave-one-resolution-out MAE " + error));
    }

    @Test
    void suspectedTypoIsAnOutlierOfTheFittedModel() {
        Observation typo = PublishedAccuracy.all().stream()
                .filter(PublishedAccuracy::isSuspectedTypo)
                .findFirst()
                .orElseThrow();
        double predicted = fitted.top1(typo.features());
        assertEquals(52.3, typo.top1());
        // Between its neighbours at the same multiplier (54.8 at 128, 62.4 at 192), far above 52.3.
        assertTrue(predicted > 54.8 && predicted < 62.4, "predicted " + predicted);
        assertTrue(predicted - typo.top1() > 5, "predicted " + predicted);
        assertEquals(PublishedAccuracy.all().size() - 1, data.size());
    }

    private static String format(Map<String, Double> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(String.format("%s %.3f; ", k, v)));
        return sb.toString();
    }
}
