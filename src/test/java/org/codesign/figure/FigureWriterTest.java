package org.codesign.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureWriterTest {
    @TempDir
    Path dir;

    /** Five points on a log x axis, two of them on the front, one selected, coloured by a ramp. */
    static ScatterFigure sample() {
        FigureAxis x = FigureAxis.numeric("latency", "ms", true);
        FigureAxis y = FigureAxis.numeric("accuracy", "%", false);
        return new ScatterFigure(
                "a test figure",
                x,
                y,
                List.of(
                        new ScatterFigure.Group(
                                "other points",
                                0xff9aa0a6,
                                ScatterFigure.Style.DOT,
                                true,
                                new double[] {1, 3, 30},
                                new double[] {60, 62, 70}),
                        new ScatterFigure.Group(
                                "Pareto front",
                                0xff1f6fd1,
                                ScatterFigure.Style.FRONT,
                                true,
                                new double[] {2, 20},
                                new double[] {66, 75}),
                        new ScatterFigure.Group(
                                "selected",
                                0xffd62728,
                                ScatterFigure.Style.RING,
                                false,
                                new double[] {20},
                                new double[] {75})),
                new ScatterFigure.ColourBar(
                        FigureAxis.numeric("power", "W", false), 1, 10, new int[] {0xff440154, 0xfffde725}));
    }

    @Test
    void svgHasTheAxisTitlesWithUnitsAndOneCirclePerPoint() throws Exception {
        Path file = dir.resolve("fig.svg");
        FigureWriter.write(ScatterChart.of(sample()), 640, 420, file);

        SvgFile svg = SvgFile.read(file);
        assertThat(svg.root().getAttribute("width")).isEqualTo("640");
        assertThat(svg.root().getAttribute("height")).isEqualTo("420");
        assertThat(svg.texts())
                .contains(
                        "latency (ms), log scale",
                        "accuracy (%)",
                        "power (W)",
                        "a test figure",
                        "Pareto front",
                        "other points")
                .doesNotContain("selected");
        assertThat(svg.circles()).isEqualTo(sample().dots()).isEqualTo(5);
    }

    @Test
    void pointsALogAxisCannotShowAreLeftOut() throws Exception {
        ScatterFigure f = new ScatterFigure(
                "",
                FigureAxis.numeric("latency", "ms", true),
                FigureAxis.numeric("a", "", false),
                List.of(new ScatterFigure.Group(
                        "p",
                        0xff000000,
                        ScatterFigure.Style.DOT,
                        false,
                        new double[] {-1, 0, 5, Double.NaN},
                        new double[] {1, 2, 3, 4})),
                null);
        Path file = dir.resolve("log.svg");
        FigureWriter.write(ScatterChart.of(f), 300, 200, file);
        assertThat(SvgFile.read(file).circles()).isEqualTo(1);
    }

    @Test
    void pdfOpensWithPdfBoxAndHasOnePageOfTheFigureSizeWithItsText() throws Exception {
        Path file = dir.resolve("fig.pdf");
        FigureWriter.write(ScatterChart.of(sample()), 640, 420, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(640f);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(420f);
            assertThat(new PDFTextStripper().getText(pdf)).contains("latency (ms), log scale", "a test figure");
        }
    }

    @Test
    void pngIsTwiceTheFigureSize() throws Exception {
        Path file = dir.resolve("fig.png");
        FigureWriter.write(ScatterChart.of(sample()), 640, 420, file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(840);
    }

    @Test
    void anUnknownExtensionIsRefusedAndNothingIsLeftBehind() throws Exception {
        assertThatThrownBy(() -> FigureWriter.write(ScatterChart.of(sample()), 10, 10, dir.resolve("fig.jpg")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fig.jpg");
        assertThat(FigureFormat.of(Path.of("A.SVG"))).contains(FigureFormat.SVG);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
