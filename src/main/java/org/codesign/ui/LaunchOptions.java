package org.codesign.ui;

import java.nio.file.Path;
import java.util.List;

/**
 * Options of the desktop app: {@code --study FILE} opens a study instead of the default,
 * {@code --screenshot FILE.png} writes a PNG of the main window once it has drawn and exits,
 * {@code --select all} selects every point before the screenshot, {@code --teach N} starts
 * NSGA-II paused (population 20) and steps it N generations in the teaching view, {@code --focus N}
 * opens point N (its row in the Points table as loaded, from 0) in the Detail tab, {@code --size WxH}
 * sets the window's size (screenshots of a known size).
 */
public record LaunchOptions(Path study, Path screenshot, String select, int teachSteps, int focus, WindowSize size) {

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
            throw new IllegalArgumentException("--size: expected WIDTHxHEIGHT from 640x480 to 8192x8192, got '" + text + "'");
        }
    }

    /** {@link #focus()} when no point is to be opened. */
    public static final int NO_FOCUS = -1;


    public static final String USAGE = "usage: java -jar codesign-explorer.jar [--study FILE] "
            + "[--screenshot FILE.png] [--select all|pareto] [--teach N] [--focus N] [--size WxH]";

    public static LaunchOptions parse(List<String> args) {
        Path study = null;
        Path screenshot = null;
        String select = null;
        int teach = 0;
        int focus = NO_FOCUS;
        WindowSize size = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--study" -> study = Path.of(value(args, ++i, a));
                case "--screenshot" -> screenshot = Path.of(value(args, ++i, a));
                case "--select" -> {
                    select = value(args, ++i, a);
                    if (!select.equals("all") && !select.equals("pareto")) {
                        throw new IllegalArgumentException("--select: expected 'all' or 'pareto', got '" + select + "'");
                    }
                }
                case "--teach" -> {
                    teach = wholeNumber(args, ++i, a);
                    if (teach < 1 || teach > 1000) {
                        throw new IllegalArgumentException("--teach: give 1 to 1000 generations, got " + teach);
                    }
                }
                case "--focus" -> {
                    focus = wholeNumber(args, ++i, a);
                    if (focus < 0) {
                        throw new IllegalArgumentException("--focus: give a point number from 0, got " + focus);
                    }
                }
                case "--size" -> size = WindowSize.parse(value(args, ++i, a));
                default -> throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        return new LaunchOptions(study, screenshot, select, teach, focus, size);
    }

    private static int wholeNumber(List<String> args, int i, String option) {
        String n = value(args, i, option);
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + n + "' is not a whole number");
        }
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + ": missing value");
        }
        return args.get(i);
    }
}
