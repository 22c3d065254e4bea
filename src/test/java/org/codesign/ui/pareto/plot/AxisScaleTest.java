package org.codesign.ui.pareto.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class AxisScaleTest {

    @Property(tries = 300)
    void fittedScalesHoldTheDataWithRoundBounds(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
            @ForAll @DoubleRange(min = 0, max = 1e6) double span) {
        AxisScale s = AxisScale.fit(a, a + span, false);
        assertThat(s.lo()).isLessThanOrEqualTo(a);
        assertThat(s.hi()).isGreaterThanOrEqualTo(a + span);
        if (span > 0) {
            // Padding to round numbers adds at most two round steps, each at most 2.5 × span / 8.
            assertThat(s.hi() - s.lo()).isLessThanOrEqualTo(1.625 * span + Math.ulp(a) * 8);
        }
        assertThat(s.toCube(a)).isBetween(-1.0, 1.0);
        assertThat(s.toCube(a + span)).isBetween(-1.0, 1.0);
    }

    @Property(tries = 300)
    void logScalesUseWholeDecades(
            @ForAll @DoubleRange(min = 1e-3, max = 1e9) @Scale(6) double a,
            @ForAll @DoubleRange(min = 1, max = 1e4) double ratio) {
        AxisScale s = AxisScale.fit(a, a * ratio, true);
        assertThat(s.lo()).isLessThanOrEqualTo(a * (1 + 1e-12));
        assertThat(s.hi()).isGreaterThanOrEqualTo(a * ratio * (1 - 1e-12));
        assertThat(Math.log10(s.lo())).isCloseTo(Math.rint(Math.log10(s.lo())), within(1e-9));
        assertThat(Math.log10(s.hi())).isCloseTo(Math.rint(Math.log10(s.hi())), within(1e-9));
    }

    @Property(tries = 300)
    void cubeCoordinatesRoundTrip(@ForAll @DoubleRange(min = -1, max = 1) double c, @ForAll boolean log) {
        AxisScale s = log ? new AxisScale(0.1, 1000, true) : new AxisScale(-3, 17, false);
        assertThat(s.toCube(s.fromCube(c))).isCloseTo(c, within(1e-9));
    }

    @Test
    void linearTicksAreRoundStepsInsideTheRange() {
        AxisScale s = new AxisScale(68, 80, false);
        assertThat(s.ticks(7)).containsExactly(68.0, 70.0, 72.0, 74.0, 76.0, 78.0, 80.0);
        assertThat(new AxisScale(0, 40, false).ticks(6)).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0);
    }

    @Test
    void logTicksAreDecadesWithTwoAndFiveWhenThereIsRoom() {
        assertThat(new AxisScale(1, 100, true).ticks(7)).containsExactly(1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0);
        List<Double> wide = new AxisScale(1e3, 1e9, true).ticks(7);
        assertThat(wide).containsExactly(1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9);
    }

    @Test
    void labelsShowAsManyDecimalsAsTheStepNeedsAndShortenLargeNumbers() {
        assertThat(AxisScale.format(72.5, 0.5)).isEqualTo("72.5");
        assertThat(AxisScale.format(70, 2)).isEqualTo("70");
        assertThat(AxisScale.format(2.5e8, 5e7)).isEqualTo("250M");
        assertThat(AxisScale.format(12_000, 2000)).isEqualTo("12k");
    }

    @Test
    void badRangesAreRefusedWithTheFieldName() {
        assertThatThrownBy(() -> new AxisScale(2, 1, false)).hasMessageStartingWith("range:");
        assertThatThrownBy(() -> new AxisScale(0, 1, true)).hasMessageStartingWith("range:");
        assertThat(AxisScale.fit(Double.NaN, Double.NaN, false)).isEqualTo(new AxisScale(0, 1, false));
        assertThat(AxisScale.fit(5, 5, false).contains(5)).isTrue();
    }
}
