package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.codesign.ui.pareto.plot.ColorMode;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void everyOptionIsRead() {
        LaunchOptions o = LaunchOptions.parse(List.of(
                "--study",
                "s.codesign.json",
                "--screenshot",
                "a.png",
                "--select",
                "pareto",
                "--teach",
                "6",
                "--focus",
                "12",
                "--size",
                "1600x1200",
                "--colour-by",
                "run",
                "--layout",
                "large-xz"));
        assertEquals(
                new LaunchOptions(
                        Path.of("s.codesign.json"),
                        Path.of("a.png"),
                        "pareto",
                        6,
                        12,
                        new LaunchOptions.WindowSize(1600, 1200),
                        ColorMode.RUN,
                        org.codesign.ui.pareto.PlotLayout.large(1)),
                o);
    }

    @Test
    void nothingGivenMeansTheDefaultStudyAndNoFocus() {
        assertEquals(
                new LaunchOptions(null, null, null, 0, LaunchOptions.NO_FOCUS, null, null),
                LaunchOptions.parse(List.of()));
    }

    @Test
    void anUnknownLayoutIsRefusedByName() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--layout", "big")))
                        .getMessage())
                .isEqualTo("--layout: expected cube, large-xy, large-xz, large-zy or matrix, got 'big'");
    }

    @Test
    void badValuesNameTheOption() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--focus", "x")))
                        .getMessage())
                .contains("--focus")
                .contains("'x'");
        assertThat(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--focus", "-2")))
                        .getMessage())
                .startsWith("--focus:");
        assertThat(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--teach", "0")))
                        .getMessage())
                .startsWith("--teach:");
        assertThat(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--select", "some")))
                        .getMessage())
                .startsWith("--select:");
        for (String bad : List.of("1600", "1600x", "x1200", "axb", "100x100", "1600x1200x3")) {
            assertThat(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--size", bad)))
                            .getMessage())
                    .as(bad)
                    .startsWith("--size: expected WIDTHxHEIGHT");
        }
        assertThat(assertThrows(
                                IllegalArgumentException.class,
                                () -> LaunchOptions.parse(List.of("--colour-by", "metric")))
                        .getMessage())
                .isEqualTo("--colour-by: expected pareto, run or generation, got 'metric'");
        assertThat(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--study")))
                        .getMessage())
                .contains("--study");
        assertThat(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--nope")))
                        .getMessage())
                .containsIgnoringCase("unknown option")
                .contains("--nope");
    }

    @Test
    void aScreenshotRunKeepsItsOwnWindowPlacementAndRecentFiles() {
        java.util.prefs.Preferences user = CodesignApp.preferences(LaunchOptions.parse(List.of()));
        java.util.prefs.Preferences scripted =
                CodesignApp.preferences(LaunchOptions.parse(List.of("--screenshot", "shot.png", "--size", "800x600")));
        assertEquals(java.util.prefs.Preferences.userNodeForPackage(CodesignApp.class), user);
        assertThat(scripted.absolutePath()).isNotEqualTo(user.absolutePath()).startsWith(user.absolutePath() + "/");
    }
}
