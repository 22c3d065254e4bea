package org.codesign.cost.timeloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.FanoutContainers;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference case read from its Timeloop YAML inputs agrees with its reference run's stats:
 * cycles and every level's reads, fills, updates and utilized instances exactly, the total energy
 * within 0.5 %.
 */
class TimeloopExercisesTest {

    static List<TimeloopCases.Case> ispass() {
        return TimeloopCases.ispass();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ispass")
    void ispassExerciseMatchesTimeloop(TimeloopCases.Case c) {
        assertAgrees(c);
    }

    static List<TimeloopCases.Case> exampleDesigns() {
        return TimeloopCases.exampleDesigns();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleDesigns")
    void exampleDesignMatchesTimeloopMapperRun(TimeloopCases.Case c) {
        assertAgrees(c);
    }

    @Test
    void eyerissFromParsedProcessedInputHasItsColumnAndRowContainers() {
        TimeloopCases.Case source = TimeloopCases.design("eyeriss_like");
        var ref = source.stats().getParent();
        TimeloopCases.Case parsed = new TimeloopCases.Case(
                "eyeriss parsed-processed-input",
                List.of(
                        ref.resolve("parsed-processed-input.yaml"), ref.resolve("timeloop-mapper.map.yaml"),
                        ref.resolve("timeloop-mapper.ERT.yaml"), ref.resolve("timeloop-mapper.ART.yaml")),
                source.stats());
        assertAgrees(parsed);
        TimeloopCase tc = TimeloopReader.read(parsed.inputs());
        assertEquals(
                FanoutContainers.X_THEN_Y, tc.architecture().storage().get(1).fanout());
        assertEquals(tc.architecture(), TimeloopReader.read(source.inputs()).architecture());
    }

    static void assertAgrees(TimeloopCases.Case c) {
        TimeloopCase tc = TimeloopReader.read(c.inputs());
        Analysis a = LoopNestAnalyzer.analyze(tc.problem(), tc.architecture(), tc.mapping());
        TimeloopStats stats = TimeloopStats.read(c.stats());
        assertTrue(stats.rows().size() >= 3, "the stats file has per-level rows");
        List<String> diffs = StatsCheck.differences(a, stats, tc.dataSpaces(), StatsCheck.ENERGY_TOLERANCE);
        assertEquals(List.of(), diffs, c.name());
    }

    @Test
    void parsedProcessedInputReadsLikeTheSourceFiles() {
        TimeloopCases.Case source = TimeloopCases.exercise(
                "04-model-conv1d+oc-3levelspatial", "conv1d+oc+ic-3levelspatial-cp-ws.map.yaml", "cp");
        var ref = source.stats().getParent();
        TimeloopCases.Case parsed = new TimeloopCases.Case(
                "parsed-processed-input",
                List.of(
                        ref.resolve("parsed-processed-input.yaml"),
                        ref.resolve("timeloop-model.ERT.yaml"),
                        ref.resolve("timeloop-model.ART.yaml")),
                source.stats());
        assertAgrees(parsed);
        TimeloopCase a = TimeloopReader.read(source.inputs());
        TimeloopCase b = TimeloopReader.read(parsed.inputs());
        assertEquals(a.architecture(), b.architecture());
        assertEquals(a.mapping(), b.mapping());
        assertEquals(a.problem().shapeKey(), b.problem().shapeKey());
    }
}
