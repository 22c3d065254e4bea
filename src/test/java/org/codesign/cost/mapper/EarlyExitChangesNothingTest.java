package org.codesign.cost.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codesign.cost.arch.AcceleratorDesign;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.MappingCase;
import org.codesign.cost.loopnest.ReferenceCases;
import org.codesign.space.Dataflow;
import org.junit.jupiter.api.Test;

/**
 * The search stops analysing a candidate once it provably cannot beat the incumbent. That must
 * change nothing: with and without the early exit, the search makes the same moves, counts the
 * same evaluations and returns the same mapping with the same analysis.
 */
class EarlyExitChangesNothingTest {

    private record Case(String name, ConvProblem problem, Architecture arch, SpatialConstraints constraints) {}

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Dataflow df : Dataflow.values()) {
            AcceleratorDesign d = MapperTest.design(df);
            for (ConvProblem p : List.of(MapperTest.POINTWISE, MapperTest.DEPTHWISE, MapperTest.CONV)) {
                cases.add(new Case(df + " " + p.name(), p, d.architecture(), d.constraints()));
            }
        }
        for (Path f : ReferenceCases.files()) {
            MappingCase c = ReferenceCases.read(f);
            cases.add(new Case(
                    f.getFileName().toString(),
                    c.problem(),
                    c.architecture(),
                    MapperBeatsReferencesTest.constraintsFor(c)));
        }
        return cases;
    }

    private static MapResult search(Case c, MappingObjective objective, boolean earlyExit) {
        MapperSearch.Settings settings = MapperSearch.Settings.forProblem(c.problem());
        return new MapperSearch(
                        c.problem(),
                        c.arch(),
                        c.constraints(),
                        objective,
                        Mapper.DEFAULT_BUDGET,
                        earlyExit ? settings : settings.withoutEarlyExit())
                .run();
    }

    @Test
    void boundedEdpSearchFindsTheSameMappingAsUnbounded() {
        for (Case c : cases()) {
            assertEquals(search(c, MappingObjective.EDP, false), search(c, MappingObjective.EDP, true), c.name());
        }
    }

    @Test
    void boundedEnergySearchFindsTheSameMappingAsUnbounded() {
        for (Case c : cases()) {
            assertEquals(search(c, MappingObjective.ENERGY, false), search(c, MappingObjective.ENERGY, true), c.name());
        }
    }
}
