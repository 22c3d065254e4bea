package org.codesign.cost.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.codesign.cost.arch.AcceleratorDesign;
import org.codesign.cost.arch.SpatialAcceleratorArchitecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.LevelMapping;
import org.codesign.cost.loopnest.Loop;
import org.codesign.space.Dataflow;
import org.codesign.space.DramType;
import org.codesign.space.SpatialAcceleratorConfig;
import org.junit.jupiter.api.Test;

class MapperTest {
    static AcceleratorDesign design(Dataflow df) {
        return SpatialAcceleratorArchitecture.build(
                        new SpatialAcceleratorConfig(df, 12, 14, 384, 24, 16, 128, DramType.LPDDR4, 1000, 45, 8))
                .orElseThrow();
    }

    static final ConvProblem POINTWISE = new ConvProblem("pw", 1, 1, 96, 288, 14, 14, 1, 1, 1, 1);
    static final ConvProblem DEPTHWISE = new ConvProblem("dw", 1, 288, 1, 1, 14, 14, 5, 5, 1, 1);
    static final ConvProblem CONV = new ConvProblem("conv", 1, 1, 3, 24, 112, 112, 3, 3, 2, 2);

    @Test
    void theSameInputsGiveTheSameMapping() {
        AcceleratorDesign d = design(Dataflow.ROW_STATIONARY);
        MapResult a = Mapper.search(
                        CONV, d.architecture(), d.constraints(), MappingObjective.EDP, Mapper.DEFAULT_BUDGET)
                .orElseThrow();
        MapResult b = Mapper.search(
                        CONV, d.architecture(), d.constraints(), MappingObjective.EDP, Mapper.DEFAULT_BUDGET)
                .orElseThrow();
        assertEquals(a, b);
    }

    @Test
    void spatialLoopsRespectTheDataflow() {
        for (Dataflow df : Dataflow.values()) {
            AcceleratorDesign d = design(df);
            for (ConvProblem p : List.of(POINTWISE, DEPTHWISE, CONV)) {
                MapResult r = Mapper.search(
                                p, d.architecture(), d.constraints(), MappingObjective.EDP, Mapper.DEFAULT_BUDGET)
                        .orElseThrow();
                for (int s = 0; s < r.mapping().levels().size(); s++) {
                    LevelMapping lm = r.mapping().levels().get(s);
                    for (Loop l : lm.spatialX()) {
                        assertTrue(d.constraints().allowsX(s, l.dim()), df + " " + p.name() + ": X " + l);
                    }
                    for (Loop l : lm.spatialY()) {
                        assertTrue(d.constraints().allowsY(s, l.dim()), df + " " + p.name() + ": Y " + l);
                    }
                }
            }
        }
    }

    @Test
    void depthwiseLayersSpreadGroupsOverTheArray() {
        AcceleratorDesign d = design(Dataflow.WEIGHT_STATIONARY);
        MapResult r = Mapper.search(
                        DEPTHWISE, d.architecture(), d.constraints(), MappingObjective.EDP, Mapper.DEFAULT_BUDGET)
                .orElseThrow();
        long spatialG = 1;
        for (LevelMapping lm : r.mapping().levels()) {
            for (Loop l : lm.spatialX()) {
                spatialG *= l.dim() == Dim.G ? l.factor() : 1;
            }
            for (Loop l : lm.spatialY()) {
                spatialG *= l.dim() == Dim.G ? l.factor() : 1;
            }
        }
        assertTrue(spatialG > 1, r.mapping().describe());
    }

    @Test
    void eachObjectiveWinsOnItsOwnMeasure() {
        AcceleratorDesign d = design(Dataflow.ROW_STATIONARY);
        MapResult edp = Mapper.search(
                        POINTWISE, d.architecture(), d.constraints(), MappingObjective.EDP, Mapper.DEFAULT_BUDGET)
                .orElseThrow();
        MapResult energy = Mapper.search(
                        POINTWISE, d.architecture(), d.constraints(), MappingObjective.ENERGY, Mapper.DEFAULT_BUDGET)
                .orElseThrow();
        MapResult delay = Mapper.search(
                        POINTWISE, d.architecture(), d.constraints(), MappingObjective.DELAY, Mapper.DEFAULT_BUDGET)
                .orElseThrow();
        assertTrue(energy.analysis().energyPJ() <= edp.analysis().energyPJ() * 1.0000001);
        assertTrue(delay.analysis().cycles() <= edp.analysis().cycles());
    }

    @Test
    void theCacheComputesEachLayerOnceAcrossThreads() throws Exception {
        AcceleratorDesign d = design(Dataflow.OUTPUT_STATIONARY);
        Mapper mapper = new Mapper();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<MapResult>> futures = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                ConvProblem p =
                        i % 2 == 0 ? POINTWISE : new ConvProblem("renamed-" + i, 1, 288, 1, 1, 14, 14, 5, 5, 1, 1);
                futures.add(pool.submit(() -> mapper.map(p, d.architecture(), d.constraints(), MappingObjective.EDP)
                        .orElseThrow()));
            }
            MapResult first = futures.get(0).get();
            MapResult second = futures.get(1).get();
            for (int i = 0; i < futures.size(); i++) {
                assertSame(i % 2 == 0 ? first : second, futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, mapper.cacheMisses(), "one search per distinct layer shape");
        assertEquals(22, mapper.cacheHits());
        assertEquals(2, mapper.cachedLayers());
    }

    @Test
    void aBufferTooSmallForAnyTileIsInfeasibleAndSaysWhich() {
        // weight-stationary global buffer keeps three tensors: 4 bytes hold two 16-bit words only
        AcceleratorDesign d = design(Dataflow.WEIGHT_STATIONARY);
        var levels = new ArrayList<>(d.architecture().storage());
        levels.set(1, levels.get(1).withCapacity(2));
        var arch = new org.codesign.cost.loopnest.Architecture(
                "tiny", 1e9, levels, d.architecture().compute());
        assertEquals(
                new MapOutcome.Unmappable("even the smallest tiles do not fit: shared_glb: tiles need 3 words "
                        + "(W 1, I 1, O 1) but the level holds 2 — layer 'pw' cannot be mapped on tiny"),
                Mapper.search(POINTWISE, arch, d.constraints(), MappingObjective.EDP, Mapper.DEFAULT_BUDGET));
    }
}
