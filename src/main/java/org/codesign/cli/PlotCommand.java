package org.codesign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.codesign.figure.CubePlot;
import org.codesign.figure.FigureDrawing;
import org.codesign.figure.FigureFormat;
import org.codesign.figure.FigureWriter;
import org.codesign.figure.PlotRequest;
import org.codesign.figure.ScatterChart;
import org.codesign.figure.StudyPlot;
import org.codesign.study.Study;
import org.codesign.study.store.StudyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codesign plot STUDY --x Q --y Q --out fig.svg}: the window's scatter figures, headless. */
@Command(
        name = "plot",
        mixinStandardHelpOptions = true,
        description = {
            "Draw a study's points as a figure for a paper or a script: SVG or PDF (vector) or PNG (2x).",
            "A QUANTITY is a metric key (accuracy, latencyMs, powerW, energyMJ, edp, areaMm2, macs, params),",
            "a design parameter of the study's spaces (resolution, stage2.depth, gpuFreqMHz, ...), utilization,",
            "generation or run, on --x, --y, --z, --colour or --size; an unknown one lists them all. The Pareto front of the plotted points (under",
            "the study's objectives) is drawn larger with an outline."
        })
final class PlotCommand implements Callable<Integer> {

    @Parameters(paramLabel = "STUDY", description = "The study (*.codesign.json or *.codesign.db).")
    Path source;

    @Option(names = "--x", required = true, paramLabel = "QUANTITY", description = "The horizontal axis.")
    String x;

    @Option(names = "--y", required = true, paramLabel = "QUANTITY", description = "The vertical axis.")
    String y;

    @Option(
            names = "--z",
            paramLabel = "QUANTITY",
            description = "A third axis: the plot cube seen from the 3D view's opening angle.")
    String z;

    @Option(
            names = {"--colour", "--color"},
            paramLabel = "pareto|run|QUANTITY",
            defaultValue = PlotRequest.PARETO,
            description = "What the colour says: the front against the rest (default), the run, or a quantity"
                    + " on a colour ramp with its colour bar.")
    String colour;

    @Option(
            names = "--size",
            paramLabel = "QUANTITY",
            description = "A quantity that sets the dots' size, in four steps over its plotted range with a key"
                    + " (in the plot cube of --z too).")
    String size;

    @Option(
            names = "--runs",
            split = ",",
            paramLabel = "RUN",
            description = "Run ids or names, comma-separated (default: every run).")
    List<String> runs = List.of();

    @Option(names = "--pareto", description = "Draw only the Pareto front of the plotted points.")
    boolean pareto;

    @Option(
            names = "--log",
            split = ",",
            paramLabel = "AXIS",
            description = "Axes on a log scale: x, y, z, colour, size (comma-separated).")
    List<String> log = List.of();

    @Option(names = "--title", description = "A title above the plot (default: none, for a caption).")
    String title = "";

    @Option(names = "--width", defaultValue = "720", description = "Width in points (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "480", description = "Height in points (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "fig.svg, fig.pdf or fig.png (PNG at twice the width and height in pixels).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FigureFormat.of(out)
                .orElseThrow(() -> new UserError(
                        "--out: expected a file name ending in .svg, .pdf or .png, got '" + out.getFileName() + "'"));
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserError("--out: cannot write " + out + ": no folder " + folder);
        }
        if (!Files.isWritable(folder) || (Files.exists(out) && !Files.isWritable(out))) {
            throw new UserError("--out: cannot write " + out + ": permission denied");
        }
        if (width < 50 || height < 50 || width > 20_000 || height > 20_000) {
            throw new UserError("--width/--height: expected 50 to 20000 points, got " + width + "×" + height);
        }
        Study study = StudyLoader.load(source);
        FigureDrawing drawing;
        try {
            PlotRequest request = new PlotRequest(x, y, z, colour, size, runs, pareto, new LinkedHashSet<>(log));
            drawing = z == null
                    ? ScatterChart.of(StudyPlot.scatter(study, request, title))
                    : CubePlot.of(StudyPlot.cube(study, request, title));
        } catch (IllegalArgumentException e) {
            throw new UserError("--" + e.getMessage());
        }
        try {
            FigureWriter.write(drawing, width, height, out);
        } catch (IOException e) {
            throw new UserError("--out: cannot write " + out + ": " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("wrote " + out);
        err.flush();
        return 0;
    }
}
