package org.codesign.ui.pareto.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parallel axes' order and directions, by key, across rebuilds of the axes. */
class AxisArrangementTest {
    private final AxisArrangement arrangement = new AxisArrangement();

    @Test
    void startsInTheNaturalOrderAndMovesAxes() {
        arrangement.fit(List.of("a", "b", "c", "d"));
        assertThat(arrangement.order()).containsExactly("a", "b", "c", "d");
        arrangement.move(3, 0);
        assertThat(arrangement.order()).containsExactly("d", "a", "b", "c");
        arrangement.move(1, 2);
        assertThat(arrangement.order()).containsExactly("d", "b", "a", "c");
        assertThat(arrangement.positionOf("a")).isEqualTo(2);
        assertThatThrownBy(() -> arrangement.move(0, 4)).hasMessageContaining("0 … 3");
    }

    @Test
    void keepsPlacesWhenAxesComeAndGo() {
        arrangement.fit(List.of("a", "b", "c"));
        arrangement.move(2, 0); // c a b
        arrangement.invert("b");
        arrangement.fit(List.of("a", "x", "b", "c", "y"));
        assertThat(arrangement.order())
                .as("new axes stand after their natural predecessor")
                .containsExactly("c", "y", "a", "x", "b");
        arrangement.fit(List.of("b", "c"));
        assertThat(arrangement.order()).containsExactly("c", "b");
        assertThat(arrangement.inverted("b")).isTrue();
    }

    @Test
    void invertedAxesTurnPlacesUpsideDown() {
        arrangement.fit(List.of("a", "b"));
        assertThat(arrangement.shown("a", 0.25)).isEqualTo(0.25);
        arrangement.invert("a");
        assertThat(arrangement.shown("a", 0.25)).isEqualTo(0.75);
        assertThat(arrangement.shown("a", Double.NaN)).isNaN();
        arrangement.invert("a");
        assertThat(arrangement.inverted("a")).isFalse();
        arrangement.invert("b");
        arrangement.fit(List.of("a"));
        arrangement.fit(List.of("a", "b"));
        assertThat(arrangement.inverted("b"))
                .as("an axis that was gone comes back upright")
                .isFalse();
    }
}
