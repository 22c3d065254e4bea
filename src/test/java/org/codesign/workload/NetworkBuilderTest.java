package org.codesign.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.codesign.space.MbV3OfaConfig;
import org.codesign.space.MobileNetV2Config;
import org.codesign.space.NetworkConfig;
import org.codesign.space.ResNetConfig;
import org.junit.jupiter.api.Test;

class NetworkBuilderTest {

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        double error = Math.abs(actual / expected - 1);
        assertTrue(
                error <= tolerance,
                () -> String.format(
                        "%s: expected %.4g within %.1f %%, got %.4g (%.2f %%)",
                        what, expected, 100 * tolerance, actual, 100 * error));
    }

    private static Layer layer(Network net, String name) {
        return net.layers().stream()
                .filter(l -> l.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no layer " + name + " in " + net.name()));
    }

    // --- MobileNetV2 -------------------------------------------------------------------------

    @Test
    void mobileNetV2At224MatchesThePaper() {
        Network net = NetworkBuilder.build(new MobileNetV2Config(1.0, 224));
        assertRelative(300e6, net.macs(), 0.01, "MACs");
        assertRelative(3.47e6, net.params(), 0.01, "params");
    }

    @Test
    void mobileNetV2GridMatchesTheSlimTable() {
        List<PublishedTables.MobileNetRow> rows = PublishedTables.mobileNetV2();
        assertEquals(22, rows.size());
        for (PublishedTables.MobileNetRow row : rows) {
            Network net = NetworkBuilder.build(new MobileNetV2Config(row.widthMult(), row.resolution()));
            double macsM = net.macs() / 1e6;
            // The table truncates to whole millions: 2 % or 1 M.
            assertTrue(
                    Math.abs(macsM - row.macsM()) <= Math.max(0.02 * row.macsM(), 1.0),
                    () -> row + ": counted " + macsM + " M MACs");
            assertRelative(row.paramsM() * 1e6, net.params(), 0.01, row + " params");
        }
    }

    @Test
    void mobileNetV2HandCheckedBlock() {
        Network net = NetworkBuilder.build(new MobileNetV2Config(1.0, 224));
        // Stage 3 (t=6, c=32, s=2), first block: 24 → 144 at 56×56, dw 3×3/2 to 28×28, project to 32.
        assertEquals(
                new Layer("stage3.block1.expand", LayerKind.POINTWISE, 1, 24, 144, 56, 56, 1, 1, 1, 1, 1, 0),
                layer(net, "stage3.block1.expand"));
        assertEquals(
                new Layer("stage3.block1.dw", LayerKind.DEPTHWISE, 1, 144, 144, 28, 28, 3, 3, 2, 2, 144, 0),
                layer(net, "stage3.block1.dw"));
        assertEquals(
                new Layer("stage3.block1.project", LayerKind.POINTWISE, 1, 144, 32, 28, 28, 1, 1, 1, 1, 1, 0),
                layer(net, "stage3.block1.project"));
        assertEquals(144L * 28 * 28 * 9, layer(net, "stage3.block1.dw").macs());
        // Expansion 1 in stage 1: no expand layer.
        assertTrue(net.layers().stream().noneMatch(l -> l.name().equals("stage1.block1.expand")));
        assertEquals(32, layer(net, "stem").m());
        assertEquals(1280, layer(net, "head.conv").m());
    }

    @Test
    void mobileNetV2WidthAndDepthOverrides() {
        Network half = NetworkBuilder.build(new MobileNetV2Config(0.5, 160));
        assertEquals(16, layer(half, "stem").m());
        assertEquals(1280, layer(half, "head.conv").m());
        assertEquals(20, layer(half, "stage3.block1.dw").p()); // 160 → 80 → 40 → 20
        Network wide = NetworkBuilder.build(new MobileNetV2Config(1.4, 224));
        assertEquals(1792, layer(wide, "head.conv").m());

        Network deeper = NetworkBuilder.build(new MobileNetV2Config(1.0, 224, List.of(1, 2, 3, 5, 3, 3, 1)));
        Network published = NetworkBuilder.build(new MobileNetV2Config(1.0, 224));
        assertEquals(published.layers().size() + 3, deeper.layers().size());
        assertTrue(deeper.macs() > published.macs());
        layer(deeper, "stage4.block5.project");
    }

    // --- ResNet ------------------------------------------------------------------------------

    @Test
    void resNetsMatchTorchvision() {
        for (PublishedTables.ResNetRow row : PublishedTables.resNets()) {
            Network net = NetworkBuilder.build(row.config());
            assertRelative(row.macsG() * 1e9, net.macs(), 0.01, row.model() + " MACs");
            assertRelative(row.params(), net.params(), 0.01, row.model() + " params");
        }
    }

    @Test
    void resNet18HandCheckedDownsamplingBlock() {
        Network net = NetworkBuilder.build(PublishedTables.resNetConfig("resnet18"));
        assertEquals(new Layer("stem", LayerKind.CONV, 1, 3, 64, 112, 112, 7, 7, 2, 2, 1, 2), layer(net, "stem"));
        assertEquals(
                new Layer("stage2.block1.conv1", LayerKind.CONV, 1, 64, 128, 28, 28, 3, 3, 2, 2, 1, 2),
                layer(net, "stage2.block1.conv1"));
        assertEquals(
                new Layer("stage2.block1.conv2", LayerKind.CONV, 1, 128, 128, 28, 28, 3, 3, 1, 1, 1, 2),
                layer(net, "stage2.block1.conv2"));
        assertEquals(
                new Layer("stage2.block1.downsample", LayerKind.POINTWISE, 1, 64, 128, 28, 28, 1, 1, 2, 2, 1, 2),
                layer(net, "stage2.block1.downsample"));
        assertTrue(net.layers().stream().noneMatch(l -> l.name().equals("stage1.block1.downsample")));
        assertEquals(new Layer("fc", LayerKind.FC, 1, 512, 1000, 1, 1, 1, 1, 1, 1, 1, 1), layer(net, "fc"));
        assertEquals(21, net.layers().size()); // stem + 16 block convs + 3 downsamples + fc
    }

    @Test
    void resNetWidthMultiplierScalesEveryChannelCount() {
        Network half =
                NetworkBuilder.build(new ResNetConfig(ResNetConfig.Block.BOTTLENECK, List.of(3, 4, 6, 3), 0.5, 224));
        assertEquals(32, layer(half, "stem").m());
        assertEquals(256, layer(half, "stage4.block3.conv2").m());
        assertEquals(1024, layer(half, "stage4.block3.conv3").m());
        assertEquals(1024, layer(half, "fc").c());
        Network odd = NetworkBuilder.build(new ResNetConfig(ResNetConfig.Block.BASIC, List.of(1, 1, 1, 1), 1.0, 225));
        assertEquals(113, layer(odd, "stem").p());
        assertEquals(8, layer(odd, "stage4.block1.conv1").p()); // 113 → 57 → 57 → 29 → 15 → 8
    }

    // --- Once-for-All MobileNetV3 ---------------------------------------------------------------

    @Test
    void ofaSubnetsMatchThePublishedCounts() {
        List<PublishedTables.OfaRow> rows = PublishedTables.ofaSubnets();
        assertEquals(19, rows.size());
        for (PublishedTables.OfaRow row : rows) {
            Network net = NetworkBuilder.build(row.config());
            if (row.id().startsWith("note10_lat-8ms")) {
                // The README lists 79 M but its own architecture counts to about 75.8 M.
                assertRelative(75.8e6, net.macs(), 0.01, row.id() + " MACs (direct count)");
            } else {
                assertRelative(row.macsM() * 1e6, net.macs(), 0.02, row.id() + " MACs");
            }
            assertRelative(row.paramsM() * 1e6, net.params(), 0.03, row.id() + " params");
        }
    }

    @Test
    void ofaHandCheckedBlockWithSqueezeExcite() {
        MbV3OfaConfig config = new MbV3OfaConfig(
                1.0,
                224,
                List.of(2, 2, 2, 2, 2),
                List.of(List.of(3, 3), List.of(5, 3), List.of(3, 3), List.of(3, 3), List.of(7, 3)),
                List.of(List.of(3, 3), List.of(4, 3), List.of(6, 6), List.of(3, 3), List.of(6, 3)));
        Network net = NetworkBuilder.build(config);
        assertEquals(new Layer("stem", LayerKind.CONV, 1, 3, 16, 112, 112, 3, 3, 2, 2, 1, 2), layer(net, "stem"));
        assertEquals(
                new Layer("first.dw", LayerKind.DEPTHWISE, 1, 16, 16, 112, 112, 3, 3, 1, 1, 16, 2),
                layer(net, "first.dw"));
        // Stage 2 (width 40, SE), first block: 24 ch at 56×56, expand ×4 → 96, dw 5×5/2 → 28×28,
        // SE 96 → make_divisible(96 / 4) = 24 → 96, project → 40.
        assertEquals(
                new Layer("stage2.block1.expand", LayerKind.POINTWISE, 1, 24, 96, 56, 56, 1, 1, 1, 1, 1, 2),
                layer(net, "stage2.block1.expand"));
        assertEquals(
                new Layer("stage2.block1.dw", LayerKind.DEPTHWISE, 1, 96, 96, 28, 28, 5, 5, 2, 2, 96, 2),
                layer(net, "stage2.block1.dw"));
        assertEquals(
                new Layer("stage2.block1.se.reduce", LayerKind.SE, 1, 96, 24, 1, 1, 1, 1, 1, 1, 1, 1),
                layer(net, "stage2.block1.se.reduce"));
        assertEquals(
                new Layer("stage2.block1.se.expand", LayerKind.SE, 1, 24, 96, 1, 1, 1, 1, 1, 1, 1, 1),
                layer(net, "stage2.block1.se.expand"));
        assertEquals(
                new Layer("stage2.block1.project", LayerKind.POINTWISE, 1, 96, 40, 28, 28, 1, 1, 1, 1, 1, 2),
                layer(net, "stage2.block1.project"));
        assertEquals(96L * 28 * 28 * 25, layer(net, "stage2.block1.dw").macs());
        assertEquals(96L * 24 + 24, layer(net, "stage2.block1.se.reduce").params());
        // No SE on stage 1 or 3; stage 4 keeps 14×14 (stride 1).
        assertTrue(net.layers().stream().noneMatch(l -> l.name().startsWith("stage1.block1.se")));
        assertTrue(net.layers().stream().noneMatch(l -> l.name().startsWith("stage3.block1.se")));
        assertEquals(14, layer(net, "stage4.block1.dw").p());
        assertEquals(7, layer(net, "stage5.block1.dw").p());
        // Head: 160 → 960 at 7×7, pool, 960 → 1280 without bias or BN, classifier.
        assertEquals(
                new Layer("head.expand", LayerKind.POINTWISE, 1, 160, 960, 7, 7, 1, 1, 1, 1, 1, 2),
                layer(net, "head.expand"));
        assertEquals(
                new Layer("head.mix", LayerKind.POINTWISE, 1, 960, 1280, 1, 1, 1, 1, 1, 1, 1, 0),
                layer(net, "head.mix"));
        assertEquals(
                new Layer("classifier", LayerKind.FC, 1, 1280, 1000, 1, 1, 1, 1, 1, 1, 1, 1), layer(net, "classifier"));
    }

    @Test
    void ofaWidth12UsesThePublishedStageWidths() {
        MbV3OfaConfig config = new MbV3OfaConfig(
                1.2,
                160,
                List.of(2, 2, 2, 2, 2),
                List.of(List.of(3, 3), List.of(3, 3), List.of(3, 3), List.of(3, 3), List.of(3, 3)),
                List.of(List.of(3, 3), List.of(3, 3), List.of(3, 3), List.of(3, 3), List.of(3, 3)));
        Network net = NetworkBuilder.build(config);
        assertEquals(
                List.of(32, 48, 96, 136, 192),
                List.of(
                        layer(net, "stage1.block1.project").m(),
                        layer(net, "stage2.block1.project").m(),
                        layer(net, "stage3.block1.project").m(),
                        layer(net, "stage4.block1.project").m(),
                        layer(net, "stage5.block1.project").m()));
        assertEquals(24, layer(net, "stem").m());
        assertEquals(1152, layer(net, "head.expand").m());
        assertEquals(1536, layer(net, "head.mix").m());
        // Middle width: make_divisible(round(32 × 3), 8) = 96; SE: make_divisible(144 / 4) = 40 on 48 × 3.
        assertEquals(96, layer(net, "stage2.block1.expand").m());
        assertEquals(144, layer(net, "stage2.block2.expand").m());
        assertEquals(40, layer(net, "stage2.block2.se.reduce").m());
    }

    // --- Common properties --------------------------------------------------------------------

    @Test
    void layerNamesAreUniqueAndBatchIsOne() {
        List<NetworkConfig> configs = List.of(
                new MobileNetV2Config(0.75, 192),
                new ResNetConfig(ResNetConfig.Block.BOTTLENECK, List.of(3, 4, 23, 3), 1.0, 224),
                PublishedTables.ofaSubnets().get(5).config());
        for (NetworkConfig config : configs) {
            Network net = NetworkBuilder.build(config);
            Set<String> names = new HashSet<>();
            for (Layer l : net.layers()) {
                assertTrue(names.add(l.name()), "duplicate layer " + l.name() + " in " + net.name());
                assertEquals(1, l.n());
            }
        }
    }

    @Test
    void invalidConfigurationsNameTheField() {
        assertMessageStartsWith("resolution", () -> NetworkBuilder.build(new MobileNetV2Config(1.0, 16)));
        assertMessageStartsWith(
                "resolution",
                () -> NetworkBuilder.build(new ResNetConfig(ResNetConfig.Block.BASIC, List.of(2, 2, 2, 2), 1.0, 4096)));
        assertMessageStartsWith("config", () -> NetworkBuilder.build(null));
        assertMessageStartsWith(
                "depths", () -> NetworkBuilder.build(new MobileNetV2Config(1.0, 224, List.of(1, 2, 3))));
        assertMessageStartsWith("widthMult", () -> NetworkBuilder.build(new MobileNetV2Config(0.0, 224)));
        assertMessageStartsWith(
                "blocks[2]",
                () -> NetworkBuilder.build(new ResNetConfig(ResNetConfig.Block.BASIC, List.of(2, 2, 0, 2), 1.0, 224)));
        assertMessageStartsWith(
                "kernels[1][0]",
                () -> NetworkBuilder.build(new MbV3OfaConfig(
                        1.0,
                        224,
                        List.of(2, 2, 2, 2, 2),
                        List.of(List.of(3, 3), List.of(4, 3), List.of(3, 3), List.of(3, 3), List.of(3, 3)),
                        List.of(List.of(3, 3), List.of(3, 3), List.of(3, 3), List.of(3, 3), List.of(3, 3)))));
        assertMessageStartsWith("resolution", () -> ReferenceNetworks.mobileNetV1(1.0, 20));
        assertMessageStartsWith("depthMult", () -> ReferenceNetworks.mnasNetA1(-1.0, 224));
    }

    private static void assertMessageStartsWith(String field, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(
                e.getMessage().startsWith(field),
                () -> "expected a message about " + field + ", got: " + e.getMessage());
    }
}
