package org.codesign.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignSpaceTest {

    @Test
    void defaultSpaceSizesAreExact() {
        // OFA: 2 widths x 7 resolutions x (9^2 + 9^3 + 9^4)^5 distinct subnets.
        TemplateSpace<NetworkConfig> ofa = TemplateSpace.defaults(Templates.network("mbv3-ofa"));
        assertEquals(BigInteger.valueOf(81 + 729 + 6561).pow(5).multiply(BigInteger.valueOf(14)), ofa.size());
        assertEquals(new BigInteger("304621176896014801914"), ofa.size());
        assertEquals(20.484, ofa.log10Size(), 1e-3);
        // Genomes: 2 x 7 x 3^5 depths x 3^40 kernel/expand genes (inactive ones included).
        assertEquals(
                BigInteger.valueOf(3).pow(45).multiply(BigInteger.valueOf(14)),
                ofa.design().genomeCount());

        assertEquals(
                BigInteger.valueOf(30),
                TemplateSpace.defaults(Templates.network("mobilenet-v2")).size());
        assertEquals(
                BigInteger.valueOf(14 * 29 * 9),
                TemplateSpace.defaults(Templates.hardware("edge-gpu-dvfs")).size());
    }

    @Test
    void log10OfHugeSizes() {
        assertEquals(100.0, Sizes.log10(BigInteger.TEN.pow(100)), 1e-9);
        assertEquals(0.0, Sizes.log10(BigInteger.ONE), 1e-12);
        assertEquals("3.0 × 10^20", Sizes.format(new BigInteger("304621176896014801914")));
        assertEquals("3,654", Sizes.format(BigInteger.valueOf(3654)));
    }

    @Test
    void decodeOfaGenomeIgnoresInactiveBlocks() {
        TemplateSpace<NetworkConfig> ofa = TemplateSpace.defaults(Templates.network("mbv3-ofa"));
        int[] genome = new int[ofa.design().genomeLength()];
        MbV3OfaConfig c = (MbV3OfaConfig) ofa.decode(genome);
        assertEquals(List.of(2, 2, 2, 2, 2), c.depths());
        assertEquals(List.of(3, 3), c.kernels().get(0));
        assertEquals(128, c.resolution());
        // Changing a kernel of an inactive block (block 4 while depth is 2) changes nothing.
        genome[ofa.design().indexOf("stage1.block4.kernel")] = 2;
        assertEquals(c, ofa.decode(genome));
    }

    @Test
    void encodeIsTheInverseOfDecodeOnActiveGenes() {
        TemplateSpace<HardwareConfig> sa = TemplateSpace.defaults(Templates.hardware("spatial-accelerator"));
        int[] genome = {3, 1, 2, 0, 1, 1, 2, 0, 1, 0, 0};
        HardwareConfig hw = sa.decode(genome);
        assertArrayEquals(genome, sa.encode(hw));
        SpatialAcceleratorConfig c = (SpatialAcceleratorConfig) hw;
        assertEquals(Dataflow.INPUT_STATIONARY, c.dataflow());
        assertEquals(12, c.peRows());
        assertEquals(128, c.globalBufferKiB());
    }

    @Test
    void jointGenomeIsNetworkThenHardware() {
        CodesignSpace space = new CodesignSpace(
                TemplateSpace.defaults(Templates.network("mobilenet-v2")),
                TemplateSpace.defaults(Templates.hardware("edge-gpu-dvfs")));
        assertEquals(9 + 4, space.genomeLength());
        int[] genome = new int[13];
        genome[0] = 3; // width 1.0
        genome[1] = 4; // 224
        genome[10] = 13; // GPU 1377 MHz
        CodesignSpace.Point p = space.decode(genome);
        assertEquals(new MobileNetV2Config(1.0, 224), p.network());
        assertEquals(1377.0, ((EdgeGpuConfig) p.hardware()).gpuFreqMHz());
        assertArrayEquals(genome, space.encode(p.network(), p.hardware()));
        assertEquals(BigInteger.valueOf(30L * 3654), space.size());
    }

    @Test
    void wrongGenomeLengthIsRejected() {
        TemplateSpace<NetworkConfig> mb = TemplateSpace.defaults(Templates.network("mobilenet-v2"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mb.decode(new int[3]));
        assertThat(e.getMessage()).startsWith("genome:");
        IllegalArgumentException out =
                assertThrows(IllegalArgumentException.class, () -> mb.decode(new int[] {9, 0, 0, 0, 0, 0, 0, 0, 0}));
        assertThat(out.getMessage()).startsWith("widthMult: value index 9");
    }

    @Test
    void encodingAValueOutsideTheListNamesTheParameter() {
        TemplateSpace<NetworkConfig> mb = TemplateSpace.defaults(Templates.network("mobilenet-v2"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> mb.encode(new MobileNetV2Config(1.0, 200)));
        assertThat(e.getMessage()).startsWith("resolution: 200 is not in the value list");
    }
}
