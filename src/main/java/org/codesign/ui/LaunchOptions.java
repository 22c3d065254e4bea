package org.codesign.ui;

import java.nio.file.Path;
import java.util.List;

/**
 * Options of the desktop app: {@code --study FILE} opens a study instead of the default,
 * {@code --screenshot FILE.png} writes a PNG of the main window once it has drawn and exits,
 * {@code --select all} selects every point before the screenshot.
 */
public record LaunchOptions(Path study, Path screenshot, String select) {

    public static final String USAGE = "usage: java -jar codesign-explorer.jar [--study FILE] "
            + "[--screenshot FILE.png] [--select all]";

    public static LaunchOptions parse(List<String> args) {
        Path study = null;
        Path screenshot = null;
        String select = null;
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
                default -> throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        return new LaunchOptions(study, screenshot, select);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + ": missing value");
        }
        return args.get(i);
    }
}
