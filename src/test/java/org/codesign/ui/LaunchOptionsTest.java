package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void everyOptionIsRead() {
        LaunchOptions o = LaunchOptions.parse(List.of("--study", "s.codesign.json", "--screenshot", "a.png",
                "--select", "pareto", "--teach", "6", "--focus", "12"));
        assertEquals(new LaunchOptions(Path.of("s.codesign.json"), Path.of("a.png"), "pareto", 6, 12), o);
    }

    @Test
    void nothingGivenMeansTheDefaultStudyAndNoFocus() {
        assertEquals(new LaunchOptions(null, null, null, 0, LaunchOptions.NO_FOCUS), LaunchOptions.parse(List.of()));
    }

    @Test
    void badValuesNameTheOption() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--focus", "x")))
                .getMessage()).isEqualTo("--focus: 'x' is not a whole number");
        assertThat(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--focus", "-2")))
                .getMessage()).startsWith("--focus:");
        assertThat(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--teach", "0")))
                .getMessage()).startsWith("--teach:");
        assertThat(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--select", "some")))
                .getMessage()).startsWith("--select:");
        assertThat(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--study")))
                .getMessage()).isEqualTo("--study: missing value");
        assertThat(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--nope")))
                .getMessage()).isEqualTo("unknown option '--nope'");
    }
}
