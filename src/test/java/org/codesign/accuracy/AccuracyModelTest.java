package org.codesign.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.codesign.space.MobileNetV2Config;
import org.codesign.space.NetworkConfig;
import org.codesign.space.ResNetConfig;
import org.codesign.workload.Network;
import org.codesign.workload.NetworkBuilder;
import org.codesign.workload.PublishedTables;
import org.codesign.workload.ReferenceNetworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccuracyModelTest {

    private final AccuracyModel model = AccuracyModel.defaultModel();

    @Test
    void predictsThePublishedFlagshipsWithinAPoint() {
        assertEquals(71.8, model.predict(new MobileNetV2Config(1.0, 224)), 1.0);
        assertEquals(76.13, model.predict(PublishedTables.resNetConfig("resnet50")), 1.0);
        assertEquals(69.76, model.predict(PublishedTables.resNetConfig("resnet18")), 1.0);
        assertEquals(70.9, model.predict(Family.MOBILENET_V1, ReferenceNetworks.mobileNetV1(1.0, 224), 224, 1.0), 1.0);
        assertEquals(75.2, model.predict(Family.MNASNET_A1, ReferenceNetworks.mnasNetA1(1.0, 224), 224, 1.0), 1.0);
        PublishedTables.OfaRow best = PublishedTables.ofaSubnets().stream()
                .filter(r -> r.id().startsWith("note10_lat-64ms"))
                .findFirst()
                .orElseThrow();
        assertEquals(80.2, model.predict(best.config()), 0.8);
    }

    @Test
    void everyEntryPointAgrees() {
        NetworkConfig config = new ResNetConfig(ResNetConfig.Block.BOTTLENECK, List.of(3, 4, 6, 3), 0.75, 192);
        Network network = NetworkBuilder.build(config);
        double direct = model.predict(config);
        assertEquals(direct, model.predict(config, network));
        assertEquals(direct, model.predict(ArchitectureFeatures.of(config, network)));
        assertEquals(direct, model.estimate(config, network).top1());
        assertEquals(
                direct,
                model.predict(new ArchitectureFeatures(
                        Family.RESNET_BOTTLENECK,
                        network.macs(),
                        network.params(),
                        192,
                        0.75,
                        List.of(3, 4, 6, 3),
                        Double.NaN,
                        Double.NaN)));
        assertEquals(Family.RESNET_BASIC, ArchitectureFeatures.familyOf(PublishedTables.resNetConfig("resnet18")));
    }

    @Test
    void predictionStaysBelowTheCeilingAndAboveZero() {
        double ceiling = 100
                - model.coefficients().families().get(Family.RESNET_BOTTLENECK).floor();
        assertTrue(model.predict(ArchitectureFeatures.basic(Family.RESNET_BOTTLENECK, 1e13, 1e10, 1024)) <= ceiling);
        assertEquals(0.0, model.predict(ArchitectureFeatures.basic(Family.MOBILENET_V1, 1, 1, 8)));
    }

    @Test
    void loadsAUserFileWithTheSameFormat(@TempDir Path dir) throws IOException {
        AccuracyCoefficients base = model.coefficients();
        java.util.Map<Family, FamilyCoefficients> harsher = new java.util.EnumMap<>(Family.class);
        base.families()
                .forEach((f, c) -> harsher.put(
                        f,
                        new FamilyCoefficients(
                                c.floor() + 1,
                                c.offset(),
                                c.curvature(),
                                c.resolution(),
                                c.width(),
                                c.widthSquared(),
                                c.resolutionWidth(),
                                c.depth(),
                                c.kernel(),
                                c.expansion(),
                                c.halfWidth(),
                                c.trust())));
        AccuracyCoefficients shifted = new AccuracyCoefficients(base.paramsWeight(), harsher);
        Path file = dir.resolve("my-accuracy.json");
        Files.writeString(file, AccuracyModelFile.format(shifted, "one point harsher", null), StandardCharsets.UTF_8);
        AccuracyModel custom = AccuracyModel.load(file);
        MobileNetV2Config config = new MobileNetV2Config(0.75, 160);
        assertEquals(model.predict(config) - 1, custom.predict(config), 1e-9);
        assertEquals(file.toString(), custom.source());
        assertTrue(model.source().contains(AccuracyModel.RESOURCE));
    }

    @Test
    void malformedFilesNameTheFileAndTheField(@TempDir Path dir) throws IOException {
        String good = AccuracyModelFile.format(model.coefficients(), "test", null);
        assertRejected(dir, "not json {", "bad.json", "not valid JSON");
        assertRejected(
                dir, good.replace("\"paramsWeight\"", "\"paramsWieght\""), "bad.json", "/paramsWieght: unknown key");
        assertRejected(
                dir,
                good.replaceFirst("\"curvature\" : [0-9.eE-]+", "\"curvature\" : \"steep\""),
                "bad.json",
                "/families/mbv3-ofa/curvature: expected a number");
        assertRejected(
                dir,
                good.replaceFirst("\"curvature\" : [0-9.eE-]+", "\"curvature\" : -0.3"),
                "bad.json",
                "/families/mbv3-ofa/curvature: must be positive");
        assertRejected(
                dir,
                good.replace("\"mnasnet-a1\"", "\"mnasnet-b1\""),
                "bad.json",
                "/families/mnasnet-b1: unknown family");
        assertRejected(
                dir,
                good.replaceFirst("\"paramsWeight\" : [0-9.eE-]+", "\"paramsWeight\" : -1"),
                "bad.json",
                "/paramsWeight: must be at least 0");
        assertRejected(dir, good.replace("\"version\" : 2", "\"version\" : 7"), "bad.json", "version:");
        assertRejected(dir, "[1, 2]", "bad.json", "expected a JSON object");
    }

    private static void assertRejected(Path dir, String content, String name, String expected) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AccuracyModel.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }

    @Test
    void missingFileIsReportedWithItsPath(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.json");
        Exception e = assertThrows(RuntimeException.class, () -> AccuracyModel.load(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void invalidFeaturesNameTheField() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> ArchitectureFeatures.basic(Family.MBV3_OFA, 0, 1e6, 224));
        assertTrue(e.getMessage().startsWith("macs"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Family.parse("lenet"));
        assertTrue(e.getMessage().startsWith("family"), e.getMessage());
    }
}
