package org.codesign.cost.timeloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.LevelMapping;
import org.codesign.cost.loopnest.Loop;
import org.codesign.cost.loopnest.Tensor;
import org.codesign.cost.mapper.MapResult;
import org.codesign.cost.mapper.Mapper;
import org.codesign.cost.mapper.MappingObjective;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17, item 4: on the four example designs and on 06-mapper-convlayer-eyeriss our mapper
 * (default budget, EDP) finds a mapping whose energy-delay product is no worse than the one the
 * reference timeloop-mapper run found, within the architecture's keep/bypass and spatial
 * constraints. The times are in BENCHMARKS.md ({@code TimeloopMapperBench}).
 */
class MapperVsTimeloopMapperTest {

    static List<TimeloopCases.Case> cases() {
        return TimeloopCases.mapperCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ourMappingsEdpIsNoWorseThanTimeloopMappers(TimeloopCases.Case c) {
        TimeloopMapspace m = TimeloopReader.readMapspace(c.inputs());
        TimeloopStats ref = TimeloopStats.read(c.stats());
        MapResult r = Mapper.search(
                        m.problem(), m.architecture(), m.constraints(), MappingObjective.EDP, Mapper.DEFAULT_BUDGET)
                .orElseThrow();
        double ours = r.analysis().energyPJ() * r.analysis().cycles();
        double theirs = ref.energyPJ() * ref.cycles();
        assertThat(ours).as("EDP ours / timeloop-mapper = %.3f", ours / theirs).isLessThanOrEqualTo(theirs);
        assertThat(r.analysis().macs()).isEqualTo(ref.computes());
        for (LevelMapping lm : r.mapping().levels()) {
            int s = m.architecture().indexOf(lm.level());
            for (Loop l : lm.spatialX()) {
                assertThat(m.constraints().allowsX(s, l.dim()))
                        .as("%s X %s", lm.level(), l)
                        .isTrue();
            }
            for (Loop l : lm.spatialY()) {
                assertThat(m.constraints().allowsY(s, l.dim()))
                        .as("%s Y %s", lm.level(), l)
                        .isTrue();
            }
        }
    }

    /** 06's reference mapping, run through the model, gives the reference stats (as the other 13 cases do). */
    @Test
    void exercise06sReferenceMappingMatchesItsStats() {
        Path d = TimeloopCases.root().resolve("ispass2020/06-mapper-convlayer-eyeriss");
        List<Path> inputs = new ArrayList<>(TimeloopCases.mapperCases().get(4).inputs());
        inputs.add(d.resolve("ref-output/timeloop-mapper.map.yaml"));
        TimeloopExercisesTest.assertAgrees(
                new TimeloopCases.Case("06", inputs, d.resolve("ref-output/timeloop-mapper.stats.txt")));
    }

    @Test
    void theContainersConstraintsAndKeepListsAreRead() {
        TimeloopMapspace eyeriss =
                TimeloopReader.readMapspace(TimeloopCases.mapperCases().get(0).inputs());
        int glb = eyeriss.architecture().indexOf("shared_glb");
        for (Dim d : Dim.values()) {
            assertThat(eyeriss.constraints().allowsX(glb, d))
                    .as("X %s", d)
                    .isEqualTo(EnumSet.of(Dim.Q, Dim.M, Dim.G).contains(d));
            assertThat(eyeriss.constraints().allowsY(glb, d))
                    .as("Y %s", d)
                    .isEqualTo(EnumSet.of(Dim.S, Dim.C, Dim.M, Dim.G).contains(d));
        }
        var ifmap = eyeriss.architecture().storage().get(eyeriss.architecture().indexOf("ifmap_spad"));
        assertThat(ifmap.keeps()).containsExactly(Tensor.I);
        var glbLevel = eyeriss.architecture().storage().get(glb);
        assertThat(glbLevel.keeps()).containsExactlyInAnyOrder(Tensor.I, Tensor.O);
    }
}
