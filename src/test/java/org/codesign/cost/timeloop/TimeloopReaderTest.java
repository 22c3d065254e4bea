package org.codesign.cost.timeloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.Loop;
import org.codesign.cost.loopnest.StorageLevel;
import org.codesign.cost.loopnest.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's pieces on the copied exercises and on small hand-written files. */
class TimeloopReaderTest {
    @TempDir
    Path tmp;

    @Test
    void yamlTagsAndLinesComeFromTheParser() throws IOException {
        Path f = tmp.resolve("a.yaml");
        Files.writeString(
                f, "architecture:\n  nodes:\n  - !Container\n    name: top\n  - !Component {name: m, class: intmac}\n");
        YamlDocument doc = YamlDocument.read(f);
        assertEquals("Container", doc.tag("architecture.nodes[0]"));
        assertEquals("Component", doc.tag("architecture.nodes[1]"));
        assertEquals(4, doc.line("architecture.nodes[0].name"));
        assertEquals(5, doc.line("architecture.nodes[1].class"));
        assertEquals("top", doc.root().at("/architecture/nodes/0/name").asText());
    }

    @Test
    void problemDimensionsGetTheirConvolutionRoles() {
        TimeloopCase c = TimeloopReader.read(TimeloopCases.ispass().get(7).inputs()); // 04 cp: C, K, R, P
        assertEquals(32, c.problem().c());
        assertEquals(32, c.problem().m(), "K plays M");
        assertEquals(3, c.problem().r());
        assertEquals(16, c.problem().p());
        assertEquals(
                1,
                c.problem().n()
                        * c.problem().q()
                        * c.problem().s()
                        * c.problem().g());
        assertEquals(Tensor.I, c.dataSpaces().get("Inputs"));
        TimeloopCase conv =
                TimeloopReader.read(TimeloopCases.design("eyeriss_like").inputs());
        assertEquals(2, conv.problem().strideH(), "Wstride from the instance");
        assertEquals(2, conv.problem().strideW());
    }

    @Test
    void architectureFiguresFollowTimeloopsAttributes() {
        TimeloopCase simba =
                TimeloopReader.read(TimeloopCases.design("simba_like").inputs());
        List<String> names =
                simba.architecture().storage().stream().map(StorageLevel::name).toList();
        assertEquals(
                List.of("DRAM", "GlobalBuffer", "PEInputBuffer", "PEWeightBuffer", "PEAccuBuffer", "PEWeightRegs"),
                names,
                "!Nothing holds no level; !Parallel components in order");
        StorageLevel regs = simba.architecture().storage().get(5);
        assertEquals(64, regs.clusterSize());
        assertEquals(1, regs.blockWords(), "width 512 / (datawidth 8 × cluster 64)");
        assertEquals(256, regs.instances());
        assertEquals(16, regs.meshX());
        assertEquals(16, regs.meshY());
        assertEquals(8, simba.architecture().storage().get(0).wordBits(), "datawidth inherited from the System");
        assertTrue(!simba.architecture().storage().get(1).keeps(Tensor.W), "the mapping's bypass");
    }

    @Test
    void spatialSplitSendsLoopsToXOrY() {
        TimeloopCase ws = TimeloopReader.read(
                TimeloopCases.design("simple_weight_stationary").inputs());
        var glb = ws.mapping().levels().get(1);
        assertEquals(List.of(), glb.spatialX(), "split 0: every loop on Y");
        assertEquals(List.of(new Loop(Dim.M, 4), new Loop(Dim.C, 3)), glb.spatialY(), "outer to inner");
    }

    @Test
    void statsFilesAreRead() {
        TimeloopStats s = TimeloopStats.read(TimeloopCases.ispass().get(0).stats());
        assertEquals(48, s.cycles());
        assertEquals(48, s.computes());
        assertEquals(2406.54 * 48 / 1000, s.energyPJ(), 1e-9);
        assertEquals(
                new TimeloopStats.Row("Buffer", "Outputs", 1, 32, 0, 48),
                s.rows().get(2));
    }

    @Test
    void aMissingTopLevelKeyNamesWhatIsMissing() {
        var c = TimeloopCases.ispass().get(0);
        var e = assertThrows(
                TimeloopInputException.class,
                () -> TimeloopReader.read(c.inputs().subList(0, 3)));
        assertTrue(e.getMessage().startsWith("ERT: missing"), e.getMessage());
    }
}
