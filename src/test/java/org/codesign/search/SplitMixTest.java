package org.codesign.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The run's generator draws exactly what SplittableRandom drew, and continues exactly from its state. */
class SplitMixTest {

    @Property(tries = 200)
    void drawsWhatSplittableRandomDraws(@ForAll long seed, @ForAll @IntRange(min = 1) int bound) {
        SplittableRandom reference = new SplittableRandom(seed);
        SplitMix ours = new SplitMix(seed);
        for (int i = 0; i < 50; i++) {
            assertThat(ours.nextInt(bound)).isEqualTo(reference.nextInt(bound));
            assertThat(ours.nextInt(1 + i)).isEqualTo(reference.nextInt(1 + i));
            assertThat(ours.nextDouble()).isEqualTo(reference.nextDouble());
            assertThat(ours.nextBoolean()).isEqualTo(reference.nextBoolean());
            assertThat(ours.nextLong()).isEqualTo(reference.nextLong());
            assertThat(ours.nextInt()).isEqualTo(reference.nextInt());
        }
    }

    @Property(tries = 100)
    void aRestoredGeneratorContinuesTheSequence(@ForAll long seed, @ForAll @IntRange(max = 40) int drawn) {
        SplitMix original = new SplitMix(seed);
        for (int i = 0; i < drawn; i++) {
            original.nextInt(7);
        }
        SplitMix restored = SplitMix.restore(original.state());
        for (int i = 0; i < 20; i++) {
            assertThat(restored.nextLong()).isEqualTo(original.nextLong());
        }
    }
}
