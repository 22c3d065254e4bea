package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.codesign.figure.SizeSteps;
import org.codesign.figure.SvgFile;
import org.codesign.study.RunRecord;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.study.StudyFront;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code codesign plot}: the figures it writes and how it refuses bad input. */
class PlotCommandTest {
    /** The classroom sample: one exhaustive run of 3,780 points. */
    private static final String STUDY = "samples/classroom-small.codesign.json";

    @TempDir
    Path dir;

    private static RunRecord run() throws Exception {
        return Samples.load("classroom-small.codesign.json").runs().get(0);
    }

    private static long feasible(RunRecord run) {
        return run.points().stream().filter(p -> p.feasible()).count();
    }

    @Test
    void svgHasOneCirclePerFeasiblePointAndTheAxisTitlesWithUnits() throws Exception {
        Path out = dir.resolve("fig.svg");
        CliRunner.Result r =
                CliRunner.run("plot", STUDY, "--x", "latencyMs", "--y", "accuracy", "--out", out.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote " + out);
        SvgFile svg = SvgFile.read(out);
        assertThat(svg.circles()).isEqualTo(feasible(run()));
        assertThat(svg.texts()).contains("latency (ms)", "top-1 accuracy (%)", "Pareto front", "other points");
        assertThat(svg.root().getAttribute("width")).isEqualTo("720");
    }

    @Test
    void paretoDrawsOnlyTheFrontAndRunsAcceptsANameOrAnId() throws Exception {
        RunRecord run = run();
        Study study = Samples.load("classroom-small.codesign.json");
        int front = StudyFront.paretoMask(run.points(), study.objectives()).cardinality();
        for (String which : new String[] {run.id(), run.name()}) {
            Path out = dir.resolve("front.svg");
            CliRunner.Result r = CliRunner.run(
                    "plot",
                    STUDY,
                    "--x",
                    "energyMJ",
                    "--y",
                    "accuracy",
                    "--runs",
                    which,
                    "--pareto",
                    "--out",
                    out.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(SvgFile.read(out).circles()).isEqualTo(front).isBetween(2, 500);
        }
    }

    @Test
    void aColourQuantityAddsAColourBarWithItsUnit() throws Exception {
        Path out = dir.resolve("ramp.svg");
        CliRunner.Result r = CliRunner.run(
                "plot",
                STUDY,
                "--x",
                "latencyMs",
                "--y",
                "accuracy",
                "--colour",
                "powerW",
                "--log",
                "x",
                "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(SvgFile.read(out).texts())
                .contains("power (W)", "latency (ms), log scale")
                .doesNotContain("other points");
    }

    @Test
    void aDesignParameterGoesOnAnAxisAndRunsNameTheLegend() throws Exception {
        Path out = dir.resolve("param.svg");
        CliRunner.Result r = CliRunner.run(
                "plot", STUDY, "--x", "resolution", "--y", "accuracy", "--colour", "run", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        SvgFile svg = SvgFile.read(out);
        assertThat(svg.texts()).contains("resolution (px)", "top-1 accuracy (%)", run().name());
        assertThat(svg.circles()).isEqualTo(feasible(run()));
    }

    @Test
    void aThirdAxisDrawsThePlotCubeWithEveryPointAndTheThreeTitles() throws Exception {
        Path out = dir.resolve("cube.svg");
        CliRunner.Result r = CliRunner.run(
                "plot",
                STUDY,
                "--x",
                "latencyMs",
                "--y",
                "accuracy",
                "--z",
                "powerW",
                "--log",
                "z",
                "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        SvgFile svg = SvgFile.read(out);
        assertThat(svg.circles()).isEqualTo(feasible(run()));
        assertThat(svg.texts()).contains("latency (ms)", "top-1 accuracy (%)", "power (W), log scale", "Pareto front");
    }

    @Test
    void pngIsTwiceTheRequestedSizeAndPdfHasAPage() throws Exception {
        Path png = dir.resolve("fig.png");
        Path pdf = dir.resolve("fig.pdf");
        String[] common = {"plot", STUDY, "--x", "latencyMs", "--y", "accuracy", "--width", "400", "--height", "300"};
        assertThat(CliRunner.run(concat(common, "--out", png.toString())).exitCode())
                .isZero();
        assertThat(CliRunner.run(concat(common, "--out", pdf.toString())).exitCode())
                .isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void badInputExitsWithTwoAndOneMessageNamingTheOption() throws Exception {
        String out = dir.resolve("f.svg").toString();
        assertBad("--y: unknown quantity 'speed'", "--x", "latencyMs", "--y", "speed", "--out", out);
        assertBad(
                "--colour: unknown quantity 'heat'",
                "--x",
                "latencyMs",
                "--y",
                "accuracy",
                "--colour",
                "heat",
                "--out",
                out);
        assertBad("--runs: no run 'nope'", "--x", "latencyMs", "--y", "accuracy", "--runs", "nope", "--out", out);
        assertBad(
                "--out: expected a file name ending in .svg, .pdf or .png, got 'f.jpg'",
                "--x",
                "latencyMs",
                "--y",
                "accuracy",
                "--out",
                dir.resolve("f.jpg").toString());
        assertBad(
                "--out: cannot write",
                "--x",
                "latencyMs",
                "--y",
                "accuracy",
                "--out",
                dir.resolve("no/such/folder/f.svg").toString());
        assertBad("--x: log scale: run is categorical", "--x", "run", "--y", "accuracy", "--log", "x", "--out", out);
        assertBad(
                "--log: expected x, y, z, colour or size, got 'w'",
                "--x",
                "latencyMs",
                "--y",
                "accuracy",
                "--log",
                "w",
                "--out",
                out);
        assertBad(
                "--size: unknown quantity 'girth'",
                "--x",
                "latencyMs",
                "--y",
                "accuracy",
                "--size",
                "girth",
                "--out",
                out);
        assertThat(Files.exists(Path.of(out))).isFalse();
    }

    @Test
    void sizeDrawsEachPointInTheQuarterOfItsValueWithAKey() throws Exception {
        assertSizedByUtilization("sized.svg");
    }

    @Test
    void sizeWithAThirdAxisDrawsTheCubesDotsInTheSameQuartersWithTheKey() throws Exception {
        assertSizedByUtilization("sized-cube.svg", "--z", "powerW");
    }

    /**
     * Plots latency against accuracy (plus {@code more} options) sized by utilization and checks
     * that the SVG holds each point as a circle of its quarter's {@link SizeSteps} radius, and the key.
     */
    private void assertSizedByUtilization(String file, String... more) throws Exception {
        Study study = Samples.load("classroom-small.codesign.json");
        RunRecord run = study.runs().get(0);
        Quantities quantities = Quantities.of(study);
        Quantity utilization = quantities.byId("utilization");
        List<Double> values = new ArrayList<>();
        for (int row = 0; row < run.columns().size(); row++) {
            if (run.columns().feasible(row)) {
                values.add(quantities.value(utilization, 0, run.columns(), row));
            }
        }
        double lo = Collections.min(values);
        double hi = Collections.max(values);
        assertThat(lo).isLessThan(hi);
        // the four glyph sizes of the 2D views, by quarter of the plotted utilization range
        Map<Double, Integer> expected = new TreeMap<>();
        for (double v : values) {
            int quarter = (int) Math.min(3, Math.floor(4 * (v - lo) / (hi - lo)));
            expected.merge(SizeSteps.radius(quarter), 1, Integer::sum);
        }
        assertThat(expected).as("the classroom's points fill all four sizes").hasSize(SizeSteps.COUNT);

        Path out = dir.resolve(file);
        CliRunner.Result r = CliRunner.run(concat(
                new String[] {
                    "plot",
                    STUDY,
                    "--x",
                    "latencyMs",
                    "--y",
                    "accuracy",
                    "--size",
                    "utilization",
                    "--out",
                    out.toString()
                },
                more));

        assertThat(r.exitCode()).as(r.err()).isZero();
        SvgFile svg = SvgFile.read(out);
        assertThat(svg.circleRadii()).isEqualTo(expected);
        assertThat(svg.texts())
                .contains(
                        "size: utilization " + utilization.formatWithUnit(lo),
                        "… " + utilization.formatWithUnit(hi),
                        "Pareto front",
                        "other points");
    }

    @Test
    void aLogAxisRefusesAValueOfZero() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var study = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(Path.of(STUDY).toFile());
        var metrics = (com.fasterxml.jackson.databind.node.ObjectNode) study.at("/runs/0/points/0/metrics");
        metrics.put("latencyMs", 0.0);
        Path zero = dir.resolve("zero.codesign.json");
        json.writeValue(zero.toFile(), study);
        String out = dir.resolve("f.svg").toString();

        assertBadIn(
                zero.toString(),
                "--x: log scale: latency has a value ≤ 0",
                "--x",
                "latencyMs",
                "--y",
                "accuracy",
                "--log",
                "x",
                "--out",
                out);
        assertThat(CliRunner.run("plot", zero.toString(), "--x", "latencyMs", "--y", "accuracy", "--out", out)
                        .exitCode())
                .as("the same axis on a linear scale")
                .isZero();
    }

    private static void assertBad(String message, String... options) {
        assertBadIn(STUDY, message, options);
    }

    private static void assertBadIn(String study, String message, String... options) {
        CliRunner.Result r = CliRunner.run(concat(new String[] {"plot", study}, options));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(CodesignCli.BAD_INPUT);
        assertThat(r.err())
                .startsWith("codesign: " + message)
                .doesNotContain("Exception")
                .hasLineCount(1);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
