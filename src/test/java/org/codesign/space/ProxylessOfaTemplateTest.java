package org.codesign.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProxylessOfaTemplateTest {
    private final TemplateSpace<NetworkConfig> space = TemplateSpace.defaults(Templates.network("proxyless-ofa"));

    /** OFA's ofa-1080ti-27 subnet (depths 2, 4, 3, 3, 4 and the single last block) at 188 px. */
    private static final ProxylessOfaConfig GPU_1080TI_27 = new ProxylessOfaConfig(
            188,
            List.of(2, 4, 3, 3, 4, 1),
            List.of(
                    List.of(3, 3),
                    List.of(3, 5, 3, 3),
                    List.of(5, 3, 5),
                    List.of(5, 3, 5),
                    List.of(3, 5, 7, 3),
                    List.of(7)),
            List.of(
                    List.of(3, 3),
                    List.of(6, 6, 4, 4),
                    List.of(6, 3, 4),
                    List.of(6, 4, 4),
                    List.of(6, 6, 3, 6),
                    List.of(6)));

    @Test
    void defaultSpaceIsOfasPublishedChoices() {
        DesignSpace design = space.design();
        // resolution, five depths, 4 blocks × 5 stages + the last block, each a kernel and an expand ratio.
        assertEquals(1 + 5 + 2 * 21, design.genomeLength());
        assertEquals(ValueLists.ints(2, 3, 4), design.parameter("stage5.depth").values());
        assertEquals(
                ValueLists.ints(3, 5, 7),
                design.parameter("stage6.block1.kernel").values());
        assertEquals(
                ValueLists.ints(3, 4, 6),
                design.parameter("stage6.block1.expand").values());
        assertEquals(-1, design.indexOf("stage6.depth"));
        assertEquals(-1, design.indexOf("widthMult"));
        assertEquals(List.of(), space.validate());
    }

    @Test
    void sizeCountsOnlyActiveBlocks() {
        // 25 resolutions × (9² + 9³ + 9⁴)⁵ over the elastic stages × 9 choices of the last block.
        BigInteger perStage = BigInteger.valueOf(81 + 729 + 6561);
        assertEquals(BigInteger.valueOf(25 * 9).multiply(perStage.pow(5)), space.size());
        assertEquals(
                ValueLists.ints(128, 132, 136),
                space.design().parameter("resolution").values().subList(0, 3));
        assertEquals(25, space.design().parameter("resolution").cardinality());
    }

    @Test
    void aPublishedSubnetRoundTripsThroughItsGenome() {
        int[] genome = space.encode(GPU_1080TI_27);
        assertEquals(GPU_1080TI_27, space.decode(genome));
        assertEquals(1.3, space.decode(genome).widthMult());
    }

    @Test
    void inactiveBlocksDoNotChangeTheConfiguration() {
        int[] genome = space.encode(GPU_1080TI_27);
        // Stage 1 has two blocks: its third block's kernel is inactive.
        int inactive = space.design().indexOf("stage1.block3.kernel");
        genome[inactive] = (genome[inactive] + 1) % 3;
        assertEquals(GPU_1080TI_27, space.decode(genome));
    }

    @Test
    void badValueListsNameTheParameter() {
        var edited = space.withParameter(new Parameter("stage6.block1.kernel", ValueLists.ints(3, 4)))
                .withParameter(new Parameter("stage2.depth", ValueLists.ints(2, 5)));
        assertThat(edited.validate())
                .containsExactlyInAnyOrder(
                        "stage6.block1.kernel: 4 must be odd", "stage2.depth: 5 is outside 1 … 4 blocks");
    }

    @Test
    void aDeeperStageThanTheSupernetIsRejected() {
        ProxylessOfaConfig tooDeep = new ProxylessOfaConfig(
                224,
                List.of(5, 2, 2, 2, 2, 1),
                List.of(List.of(3, 3, 3, 3, 3), List.of(3, 3), List.of(3, 3), List.of(3, 3), List.of(3, 3), List.of(3)),
                List.of(
                        List.of(3, 3, 3, 3, 3),
                        List.of(3, 3),
                        List.of(3, 3),
                        List.of(3, 3),
                        List.of(3, 3),
                        List.of(3)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> space.encode(tooDeep));
        assertEquals("depths[0]: 5 blocks; the supernet has at most 4", e.getMessage());
    }
}
