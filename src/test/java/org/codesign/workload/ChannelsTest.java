package org.codesign.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ChannelsTest {

    @Test
    void roundsToTheNearestMultipleOfEight() {
        assertEquals(32, Channels.scaled(24, 1.2)); // 28.8 → 32 (OFA w1.2 stage 1)
        assertEquals(136, Channels.scaled(112, 1.2)); // 134.4 → 136 (OFA w1.2 stage 4)
        assertEquals(48, Channels.scaled(40, 1.2));
        assertEquals(1792, Channels.scaled(1280, 1.4));
        assertEquals(24, Channels.scaled(32, 0.75));
    }

    @Test
    void neverLosesMoreThanTenPercent() {
        // 16 × 1.2 = 19.2 rounds to 16, which is 17 % below: go up to 24 (OFA w1.2 stem).
        assertEquals(24, Channels.scaled(16, 1.2));
        // 32 × 0.35 = 11.2 → 8 would lose 29 %: 16 (MobileNetV2 0.35 stem).
        assertEquals(16, Channels.scaled(32, 0.35));
        // Never below the divisor.
        assertEquals(8, Channels.scaled(16, 0.35));
    }

    @Test
    void sameOutputIsTheCeilingOfSizeOverStride() {
        assertEquals(112, Channels.sameOutput(224, 2));
        assertEquals(79, Channels.sameOutput(157, 2));
        assertEquals(5, Channels.sameOutput(5, 1));
    }

    @Test
    void rejectsNonPositiveValuesNamingTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Channels.makeDivisible(0.0));
        assertTrue(e.getMessage().startsWith("value"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Channels.makeDivisible(10, 0));
        assertTrue(e.getMessage().startsWith("divisor"), e.getMessage());
    }

    @Property
    void makeDivisibleIsAMultipleWithinTenPercentBelow(@ForAll @DoubleRange(min = 1, max = 5000) double value) {
        int rounded = Channels.makeDivisible(value);
        assertEquals(0, rounded % 8);
        assertTrue(rounded >= 0.9 * value, () -> value + " → " + rounded);
        assertTrue(rounded <= Math.max(8, value + 4) + 8, () -> value + " → " + rounded);
    }
}
