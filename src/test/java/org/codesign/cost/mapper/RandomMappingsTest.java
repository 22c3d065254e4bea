package org.codesign.cost.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.codesign.cost.arch.AcceleratorDesign;
import org.codesign.cost.arch.SpatialAcceleratorArchitecture;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.LevelMapping;
import org.codesign.cost.loopnest.Loop;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.loopnest.StorageLevel;
import org.codesign.space.Dataflow;
import org.codesign.space.DramType;
import org.codesign.space.ResNetConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.workload.Layer;
import org.codesign.workload.NetworkBuilder;
import org.junit.jupiter.api.Test;

class RandomMappingsTest {
    private static final List<ConvProblem> RESNET18 =
            NetworkBuilder.build(new ResNetConfig(ResNetConfig.Block.BASIC, List.of(2, 2, 2, 2), 1.0, 224))
                    .layers()
                    .stream()
                    .map(ConvProblem::of)
                    .toList();

    private static AcceleratorDesign design(Dataflow df, int rows, int cols, int glbKiB) {
        return SpatialAcceleratorArchitecture.build(
                        new SpatialAcceleratorConfig(df, rows, cols, 64, 12, 16, glbKiB, DramType.LPDDR4, 400, 45, 16))
                .orElseThrow();
    }

    /** The mapping is legal in every respect the analysis checks, and its spatial loops obey the dataflow. */
    private static void assertLegal(ConvProblem p, AcceleratorDesign d, MapResult r) {
        long[] product = new long[Dim.COUNT];
        java.util.Arrays.fill(product, 1);
        for (int s = 0; s < r.mapping().levels().size(); s++) {
            LevelMapping lm = r.mapping().levels().get(s);
            long x = 1;
            long y = 1;
            for (Loop l : lm.temporal()) {
                product[l.dim().ordinal()] *= l.factor();
            }
            for (Loop l : lm.spatialX()) {
                product[l.dim().ordinal()] *= l.factor();
                x *= l.factor();
                assertTrue(d.constraints().allowsX(s, l.dim()), p.name() + ": X carries " + l);
            }
            for (Loop l : lm.spatialY()) {
                product[l.dim().ordinal()] *= l.factor();
                y *= l.factor();
                assertTrue(d.constraints().allowsY(s, l.dim()), p.name() + ": Y carries " + l);
            }
            assertThat(x)
                    .as("X fan-out of level " + s)
                    .isLessThanOrEqualTo(d.architecture().fanoutX(s));
            assertThat(y)
                    .as("Y fan-out of level " + s)
                    .isLessThanOrEqualTo(d.architecture().fanoutY(s));
        }
        for (Dim dim : Dim.values()) {
            assertEquals(p.bound(dim), product[dim.ordinal()], p.name() + ": the factors of " + dim);
        }
        // the analysis refuses tiles larger than a buffer; it agrees with the one the sample carries
        assertEquals(r.analysis(), LoopNestAnalyzer.analyze(p, d.architecture(), r.mapping()));
    }

    @Test
    void everyResNet18LayerGetsALegalRandomMappingOnEveryDataflow() {
        SplittableRandom random = new SplittableRandom(1);
        for (Dataflow df : Dataflow.values()) {
            AcceleratorDesign d = design(df, 12, 14, 108);
            for (ConvProblem p : RESNET18) {
                RandomMappings gen = new RandomMappings(p, d.architecture(), d.constraints());
                MapResult r = gen.sample(random, RandomMappings.DEFAULT_TRIES).orElseThrow();
                assertLegal(p, d, r);
                assertThat(r.evaluations()).isBetween(1, RandomMappings.DEFAULT_TRIES);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameMappingsAndAnotherSeedOthers() {
        AcceleratorDesign d = design(Dataflow.WEIGHT_STATIONARY, 16, 16, 256);
        ConvProblem p = RESNET18.get(5);
        RandomMappings gen = new RandomMappings(p, d.architecture(), d.constraints());
        List<String> a = draws(gen, 7);
        assertEquals(a, draws(new RandomMappings(p, d.architecture(), d.constraints()), 7));
        assertNotEquals(a, draws(gen, 8));
        assertThat(new java.util.HashSet<>(a))
                .as("a seed's draws differ from each other")
                .hasSizeGreaterThan(5);
    }

    private static List<String> draws(RandomMappings gen, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(gen.sample(random, RandomMappings.DEFAULT_TRIES)
                    .orElseThrow()
                    .mapping()
                    .describe());
        }
        return out;
    }

    @Test
    void aBufferTooSmallForAnyTileIsNamed() {
        Architecture arch = design(Dataflow.WEIGHT_STATIONARY, 4, 4, 32).architecture();
        List<StorageLevel> levels = new ArrayList<>(arch.storage());
        int glb = arch.indexOf("shared_glb");
        // the global buffer keeps all three tensors: a unit tile needs 3 words
        levels.set(glb, levels.get(glb).withCapacity(2));
        Architecture tiny = new Architecture("tiny", arch.clockHz(), levels, arch.compute());
        MapOutcome o = new RandomMappings(RESNET18.get(0), tiny, SpatialConstraints.none())
                .sample(new SplittableRandom(1), 100);
        assertThat(o).isInstanceOf(MapOutcome.Unmappable.class);
        assertThat(((MapOutcome.Unmappable) o).reason())
                .contains("even the smallest tiles do not fit shared_glb (2 words)")
                .contains(RESNET18.get(0).name());
    }

    @Test
    void runningOutOfDrawsSaysSo() {
        // one draw cannot fit a 7x7 conv with 512 channels into a 4x4 array with a 32 KiB buffer every time
        AcceleratorDesign d = design(Dataflow.WEIGHT_STATIONARY, 4, 4, 32);
        ConvProblem p = RESNET18.get(RESNET18.size() - 2);
        RandomMappings gen = new RandomMappings(p, d.architecture(), d.constraints());
        SplittableRandom random = new SplittableRandom(3);
        int failed = 0;
        for (int i = 0; i < 200; i++) {
            if (gen.sample(random, 1) instanceof MapOutcome.Unmappable no) {
                assertThat(no.reason())
                        .startsWith("no random mapping of 1 draws fitted")
                        .contains(p.name());
                failed++;
            }
        }
        assertThat(failed).as("single draws that did not fit").isPositive();
    }

    @Test
    void aOneWordRegisterTakesNoFactorOfItsTensorsDimensions() {
        // weight-stationary: the weight register holds the pinned weight's single word
        AcceleratorDesign d = design(Dataflow.WEIGHT_STATIONARY, 8, 8, 64);
        ConvProblem p = RESNET18.get(1);
        RandomMappings gen = new RandomMappings(p, d.architecture(), d.constraints());
        SplittableRandom random = new SplittableRandom(5);
        int reg = d.architecture().indexOf("weight_reg");
        for (int i = 0; i < 50; i++) {
            for (Loop l : gen.sample(random, RandomMappings.DEFAULT_TRIES)
                    .orElseThrow()
                    .mapping()
                    .levels()
                    .get(reg)
                    .temporal()) {
                assertThat(l.dim()).isIn(Dim.N, Dim.P, Dim.Q);
            }
        }
    }

    @Test
    void compositionsAreUniform() {
        // 2 units over 3 slots: 6 compositions, each 1/6
        SplittableRandom random = new SplittableRandom(11);
        Map<String, Integer> counts = new HashMap<>();
        int n = 60_000;
        for (int i = 0; i < n; i++) {
            counts.merge(java.util.Arrays.toString(RandomMappings.composition(random, 2, 3)), 1, Integer::sum);
        }
        assertThat(counts).hasSize(6);
        for (int c : counts.values()) {
            assertThat(c).isBetween(n / 6 - 500, n / 6 + 500);
        }
    }

    @Property(tries = 200)
    void compositionsSumToTheirTotal(
            @ForAll @IntRange(min = 0, max = 12) int n,
            @ForAll @IntRange(min = 1, max = 9) int k,
            @ForAll @LongRange(min = 0, max = 1000) long seed) {
        int[] parts = RandomMappings.composition(new SplittableRandom(seed), n, k);
        assertEquals(k, parts.length);
        assertEquals(n, java.util.Arrays.stream(parts).sum());
        assertThat(java.util.Arrays.stream(parts).min().orElseThrow()).isNotNegative();
    }

    /** Any layer of ResNet-18 on any listed array of the sample's space: every random mapping is legal. */
    @Property(tries = 60)
    void randomMappingsAreLegalOnRandomHardware(
            @ForAll @IntRange(min = 0, max = 3) int dataflow,
            @ForAll @IntRange(min = 0, max = 5) int rows,
            @ForAll @IntRange(min = 0, max = 5) int cols,
            @ForAll @IntRange(min = 0, max = 4) int glb,
            @ForAll @IntRange(min = 0, max = 20) int layer,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        int[] sizes = {4, 8, 12, 16, 24, 32};
        int[] kib = {32, 64, 108, 256, 512};
        AcceleratorDesign d = design(Dataflow.values()[dataflow], sizes[rows], sizes[cols], kib[glb]);
        Layer l = NetworkBuilder.build(new ResNetConfig(ResNetConfig.Block.BASIC, List.of(2, 2, 2, 2), 1.0, 224))
                .layers()
                .get(layer % RESNET18.size());
        ConvProblem p = ConvProblem.of(l);
        MapOutcome o = new RandomMappings(p, d.architecture(), d.constraints())
                .sample(new SplittableRandom(seed), RandomMappings.DEFAULT_TRIES);
        if (o instanceof MapResult r) {
            assertLegal(p, d, r);
        } else {
            assertThat(((MapOutcome.Unmappable) o).reason()).contains(p.name());
        }
    }
}
