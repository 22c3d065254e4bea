package org.codesign.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.codesign.cost.gpu.PublishedNetworks;
import org.codesign.space.MobileNetV2Config;
import org.codesign.space.ResNetConfig;
import org.junit.jupiter.api.Test;

/** The MAC-free operations every network records for the edge-GPU model's kernels. */
class DataOpsTest {

    private static long count(Network net, DataOp.Kind kind) {
        return net.dataOps().stream().filter(d -> d.kind() == kind).count();
    }

    @Test
    void resnet18HasEightResidualAdditionsAndTwoPools() {
        Network template =
                NetworkBuilder.build(new ResNetConfig(ResNetConfig.Block.BASIC, List.of(2, 2, 2, 2), 1.0, 224));
        Network file = PublishedNetworks.byName("resnet18");
        for (Network net : List.of(template, file)) {
            assertEquals(8, count(net, DataOp.Kind.ADD), net.name());
            assertEquals(2, count(net, DataOp.Kind.POOL), net.name());
        }
        DataOp first = file.dataOps().stream()
                .filter(d -> d.kind() == DataOp.Kind.ADD)
                .findFirst()
                .orElseThrow();
        assertEquals(2, first.inputs());
        assertEquals(64L * 56 * 56, first.outputElements());
        assertEquals("layer1.0.conv2", file.layers().get(first.afterLayer()).name());
    }

    @Test
    void denseNetNormsAreKernelsAndConcatenationsAreNot() {
        Network net = PublishedNetworks.byName("densenet121");
        // 58 dense layers' norm1 and 3 transitions' norms, plus the final norm5.
        assertEquals(62, count(net, DataOp.Kind.NORM));
        assertThat(net.dataOps()).noneMatch(d -> d.name().endsWith("concat"));
    }

    @Test
    void mobileNetV2AddsOnlyWhereShapesAgree() {
        Network net = NetworkBuilder.build(new MobileNetV2Config(1.0, 224, MobileNetV2Config.PUBLISHED_DEPTHS));
        // Blocks with stride 1 and equal widths: 1 + 2 + 3 + 2 + 2 of the 17 blocks.
        assertEquals(10, count(net, DataOp.Kind.ADD));
    }
}
