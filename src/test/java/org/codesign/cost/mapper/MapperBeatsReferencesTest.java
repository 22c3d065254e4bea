package org.codesign.cost.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.loopnest.MappingCase;
import org.codesign.cost.loopnest.ReferenceCases;
import org.codesign.space.Dataflow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On the layer and architecture of every Timeloop reference run, the mapper (default budget,
 * the architecture's dataflow constraints) finds a mapping whose energy-delay product is no
 * worse than the mapping Timeloop's random-search mapper printed. The ratios are printed and
 * recorded in BENCHMARKS.md.
 */
class MapperBeatsReferencesTest {

    static Stream<Path> cases() {
        return ReferenceCases.files().stream();
    }

    /** The dataflow a reference architecture was built for, from its name (any when unknown). */
    static SpatialConstraints constraintsFor(MappingCase c) {
        String name = (c.name() + " " + c.architecture().name()).toLowerCase(java.util.Locale.ROOT);
        Dataflow df = name.contains("eyeriss")
                ? Dataflow.ROW_STATIONARY
                : name.contains("_ws") || name.contains("weight")
                        ? Dataflow.WEIGHT_STATIONARY
                        : name.contains("_os") || name.contains("output") ? Dataflow.OUTPUT_STATIONARY : null;
        int arrayLevel = 1;
        return df == null ? SpatialConstraints.none() : SpatialConstraints.forDataflow(df, arrayLevel);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void edpNoWorseThanTimeloopsMapping(Path file) {
        MappingCase c = ReferenceCases.read(file);
        Analysis reference = LoopNestAnalyzer.analyze(c.problem(), c.architecture(), c.mapping());
        SpatialConstraints constraints = constraintsFor(c);
        MapResult found = new Mapper()
                .map(c.problem(), c.architecture(), constraints, MappingObjective.EDP)
                .orElseThrow();
        double ratio = found.analysis().edp() / reference.edp();
        System.out.printf(
                "mapper vs Timeloop %-40s EDP ratio %.3f (energy %.3f, cycles %.3f), %d evaluations: %s%n",
                file.getFileName(),
                ratio,
                found.analysis().energyPJ() / reference.energyPJ(),
                (double) found.analysis().cycles() / reference.cycles(),
                found.evaluations(),
                found.mapping().describe());
        assertTrue(
                ratio <= 1.0,
                file.getFileName() + ": EDP ratio " + ratio + " > 1 with "
                        + found.mapping().describe());
        // the mapping the mapper reports is the one it analysed
        Analysis again = LoopNestAnalyzer.analyze(c.problem(), c.architecture(), found.mapping());
        assertEquals(found.analysis(), again);
    }
}
