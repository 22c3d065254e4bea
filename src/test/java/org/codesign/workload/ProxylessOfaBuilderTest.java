package org.codesign.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.codesign.space.ProxylessOfaConfig;
import org.junit.jupiter.api.Test;

/**
 * The {@code proxyless-ofa} template against OFA's published figures (README table of specialised
 * nets, counted as OFA's {@code count_net_flops} and {@code count_parameters} do) and against
 * layer shapes checked by hand from {@code ofa_proxyless.py}.
 */
class ProxylessOfaBuilderTest {

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

    /** Every depth, kernel and expand ratio at one value (the last stage keeps its single block). */
    private static ProxylessOfaConfig uniform(int resolution, int depth, int kernel, int expand) {
        List<Integer> depths = List.of(depth, depth, depth, depth, depth, 1);
        return new ProxylessOfaConfig(
                resolution,
                depths,
                depths.stream().map(d -> Collections.nCopies(d, kernel)).toList(),
                depths.stream().map(d -> Collections.nCopies(d, expand)).toList());
    }

    @Test
    void allSixteenPublishedSubnetsMatchTheirMacsAndParams() {
        List<ProxylessSubnets.Row> rows = ProxylessSubnets.all();
        assertEquals(16, rows.size());
        for (ProxylessSubnets.Row row : rows) {
            Network net = NetworkBuilder.build(row.config());
            assertRelative(row.macsM() * 1e6, net.macs(), 0.02, row.name() + " MACs");
            assertRelative(row.paramsM() * 1e6, net.params(), 0.03, row.name() + " params");
        }
    }

    @Test
    void largestAndSmallestSubnetsAtTheirResolutions() {
        // OFA publishes no figure for these two; the values are a direct count of the layers of
        // set_max_net() (and of its smallest choice) with the conventions that reproduce all
        // sixteen published subnets above to the README's rounding.
        Network max = NetworkBuilder.build(uniform(224, 4, 7, 6));
        assertEquals(1_004_908_032L, max.macs());
        assertEquals(7_942_056L, max.params());
        Network min = NetworkBuilder.build(uniform(128, 2, 3, 3));
        assertEquals(87_823_104L, min.macs());
        assertEquals(3_718_832L, min.params());
        // The resolution changes MACs only.
        assertEquals(max.params(), NetworkBuilder.build(uniform(128, 4, 7, 6)).params());
        assertEquals(329_253_888L, NetworkBuilder.build(uniform(128, 4, 7, 6)).macs());
    }

    @Test
    void stemFirstBlockAndHeadAsInOfaProxyless() {
        Network net =
                NetworkBuilder.build(ProxylessSubnets.named("ofa-1080ti-27").config());
        // 188 px: 3 → make_divisible(32 × 1.3) = 40 channels, 3×3/2 → 94×94.
        assertEquals(new Layer("stem", LayerKind.CONV, 1, 3, 40, 94, 94, 3, 3, 2, 2, 1, 2), layer(net, "stem"));
        // First block: expand 1 (no expand conv), depthwise 3×3 on 40, project to 16 × 1.3 → 24.
        assertEquals(
                new Layer("first.dw", LayerKind.DEPTHWISE, 1, 40, 40, 94, 94, 3, 3, 1, 1, 40, 2),
                layer(net, "first.dw"));
        assertEquals(
                new Layer("first.project", LayerKind.POINTWISE, 1, 40, 24, 94, 94, 1, 1, 1, 1, 1, 2),
                layer(net, "first.project"));
        assertTrue(net.layers().stream().noneMatch(l -> l.name().equals("first.expand")));
        // Feature mix 416 → 1664 at 6×6 (before pooling, with batch norm), classifier with bias.
        assertEquals(
                new Layer("head.mix", LayerKind.POINTWISE, 1, 416, 1664, 6, 6, 1, 1, 1, 1, 1, 2),
                layer(net, "head.mix"));
        assertEquals(
                new Layer("classifier", LayerKind.FC, 1, 1664, 1000, 1, 1, 1, 1, 1, 1, 1, 1), layer(net, "classifier"));
        assertEquals(1664L * 1000, layer(net, "classifier").macs());
        assertEquals(1664L * 1000 + 1000, layer(net, "classifier").params());
    }

    @Test
    void stageWidthsStridesAndMiddleWidths() {
        Network net =
                NetworkBuilder.build(ProxylessSubnets.named("ofa-1080ti-27").config());
        // Stage widths make_divisible([24, 40, 80, 96, 192, 320] × 1.3, 8).
        assertEquals(
                List.of(32, 56, 104, 128, 248, 416),
                List.of(1, 2, 3, 4, 5, 6).stream()
                        .map(s -> layer(net, "stage" + s + ".block1.project").m())
                        .toList());
        // Strides 2, 2, 2, 1, 2, 1 from 94 px: 47, 24, 12, 12, 6, 6.
        assertEquals(
                List.of(47, 24, 12, 12, 6, 6),
                List.of(1, 2, 3, 4, 5, 6).stream()
                        .map(s -> layer(net, "stage" + s + ".block1.dw").p())
                        .toList());
        // Middle widths as the net's config lists them (mid_channels): 24 × 3 = 72, 32 × 6 = 192,
        // 104 × 6 = 624 (stage 4's first block), 248 × 6 = 1488 (the last stage's 7×7 block).
        assertEquals(72, layer(net, "stage1.block1.expand").m());
        assertEquals(192, layer(net, "stage2.block1.expand").m());
        assertEquals(624, layer(net, "stage4.block1.expand").m());
        assertEquals(
                new Layer("stage6.block1.dw", LayerKind.DEPTHWISE, 1, 1488, 1488, 6, 6, 7, 7, 1, 1, 1488, 2),
                layer(net, "stage6.block1.dw"));
        // No squeeze-and-excite anywhere in this space.
        assertTrue(net.layers().stream().noneMatch(l -> l.kind() == LayerKind.SE));
    }

    @Test
    void shortcutsOnlyWhereStrideAndWidthAllow() {
        Network net =
                NetworkBuilder.build(ProxylessSubnets.named("ofa-1080ti-27").config());
        List<String> adds = net.dataOps().stream()
                .filter(op -> op.kind() == DataOp.Kind.ADD)
                .map(DataOp::name)
                .toList();
        // Depths 2, 4, 3, 3, 4, 1: every block but each stage's first, and none in stage 6.
        assertEquals(
                List.of(
                        "stage1.block2.add",
                        "stage2.block2.add",
                        "stage2.block3.add",
                        "stage2.block4.add",
                        "stage3.block2.add",
                        "stage3.block3.add",
                        "stage4.block2.add",
                        "stage4.block3.add",
                        "stage5.block2.add",
                        "stage5.block3.add",
                        "stage5.block4.add"),
                adds);
    }

    @Test
    void invalidConfigurationsNameTheField() {
        IllegalArgumentException lastStage = assertThrows(
                IllegalArgumentException.class,
                () -> new ProxylessOfaConfig(
                        224,
                        List.of(2, 2, 2, 2, 2, 2),
                        Collections.nCopies(6, List.of(3, 3)),
                        Collections.nCopies(6, List.of(3, 3))));
        assertTrue(lastStage.getMessage().startsWith("depths[5]: "), lastStage.getMessage());
        IllegalArgumentException stages = assertThrows(
                IllegalArgumentException.class,
                () -> new ProxylessOfaConfig(
                        224,
                        List.of(2, 2, 2, 2, 1),
                        Collections.nCopies(5, List.of(3)),
                        Collections.nCopies(5, List.of(3))));
        assertTrue(stages.getMessage().startsWith("depths: expected 6 stages"), stages.getMessage());
        IllegalArgumentException resolution = assertThrows(IllegalArgumentException.class, () -> uniform(16, 2, 3, 3));
        assertTrue(resolution.getMessage().startsWith("resolution: "), resolution.getMessage());
    }
}
