package org.codesign.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.codesign.ui.pareto.PlotLayout;
import org.codesign.ui.pareto.plot.ColorMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Options of the desktop app: {@code --study FILE} opens a study instead of the default,
 * {@code --screenshot FILE.png} writes a PNG of the main window once it has drawn and exits,
 * {@code --select all|pareto} selects points before the screenshot, {@code --teach N} steps
 * the teaching view's NSGA-II (population 20) N generations, {@code --focus N}
 * opens point N (its row in the Points table as loaded, from 0) in the Detail tab, {@code --size WxH}
 * sets the window's size (screenshots of a known size), {@code --colour-by pareto|run|generation}
 * what the Pareto view's colours say, {@code --layout cube|large-xy|large-xz|large-zy|matrix} how the
 * Pareto views are arranged (View ▸ Layout).
 */
public record LaunchOptions(
        Path study,
        Path screenshot,
        String select,
        int teachSteps,
        int focus,
        WindowSize size,
        ColorMode colourBy,
        PlotLayout layout) {

    /** Without a layout (the window keeps the user's). */
    public LaunchOptions(
            Path study,
            Path screenshot,
            String select,
            int teachSteps,
            int focus,
            WindowSize size,
            ColorMode colourBy) {
        this(study, screenshot, select, teachSteps, focus, size, colourBy, null);
    }

    /** {@link #focus()} when no point is to be opened. */
    public static final int NO_FOCUS = -1;

    public static final String USAGE = "usage: java -jar codesign-explorer.jar [--study FILE] "
            + "[--screenshot FILE.png] [--select all|pareto] [--teach N] [--focus N] [--size WxH]"
            + " [--colour-by pareto|run|generation] [--layout cube|large-xy|large-xz|large-zy|matrix]";

    /** A window size in pixels. */
    public record WindowSize(int width, int height) {
        static WindowSize parse(String text) {
            String[] parts = text.split("x", -1);
            try {
                if (parts.length == 2) {
                    WindowSize s = new WindowSize(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                    if (s.width >= 640 && s.height >= 480 && s.width <= 8192 && s.height <= 8192) {
                        return s;
                    }
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(
                    "--size: expected WIDTHxHEIGHT from 640x480 to 8192x8192, got '" + text + "'");
        }
    }

    /** The command line as picocli reads it; ranges and names are checked in {@link #parse}. */
    @Command(name = "codesign-explorer")
    static final class Args {
        @Option(names = "--study", paramLabel = "FILE")
        Path study;

        @Option(names = "--screenshot", paramLabel = "FILE.png")
        Path screenshot;

        @Option(names = "--select", paramLabel = "all|pareto")
        String select;

        @Option(names = "--teach", paramLabel = "N")
        Integer teach;

        @Option(names = "--focus", paramLabel = "N")
        Integer focus;

        @Option(names = "--size", paramLabel = "WxH")
        String size;

        @Option(names = "--colour-by", paramLabel = "pareto|run|generation")
        String colourBy;

        @Option(names = "--layout", paramLabel = "cube|large-xy|large-xz|large-zy|matrix")
        String layout;
    }

    public static LaunchOptions parse(List<String> args) {
        Args a = new Args();
        try {
            new CommandLine(a).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (a.select != null && !a.select.equals("all") && !a.select.equals("pareto")) {
            throw new IllegalArgumentException("--select: expected 'all' or 'pareto', got '" + a.select + "'");
        }
        if (a.teach != null && (a.teach < 1 || a.teach > 1000)) {
            throw new IllegalArgumentException("--teach: give 1 to 1000 generations, got " + a.teach);
        }
        if (a.focus != null && a.focus < 0) {
            throw new IllegalArgumentException("--focus: give a point number from 0, got " + a.focus);
        }
        WindowSize size = a.size == null ? null : WindowSize.parse(a.size);
        ColorMode colourBy = a.colourBy == null ? null : colourMode(a.colourBy);
        PlotLayout layout = a.layout == null ? null : PlotLayout.parse(a.layout);
        if (layout != null && !layout.key().equals(a.layout)) {
            throw new IllegalArgumentException(
                    "--layout: expected cube, large-xy, large-xz, large-zy or matrix, got '" + a.layout + "'");
        }
        return new LaunchOptions(
                a.study,
                a.screenshot,
                a.select,
                a.teach == null ? 0 : a.teach,
                a.focus == null ? NO_FOCUS : a.focus,
                size,
                colourBy,
                layout);
    }

    private static ColorMode colourMode(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "pareto" -> ColorMode.PARETO;
            case "run" -> ColorMode.RUN;
            case "generation" -> ColorMode.GENERATION;
            default ->
                throw new IllegalArgumentException(
                        "--colour-by: expected pareto, run or generation, got '" + name + "'");
        };
    }
}
