package org.codesign.figure;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a figure is written in, chosen by the file's extension. */
public enum FigureFormat {
    /** Vector, for the web and for editing (Inkscape, Illustrator). */
    SVG("svg", "SVG image (vector)"),
    /** Vector, for LaTeX papers. */
    PDF("pdf", "PDF document (vector)"),
    /** Bitmap at twice the figure's size, for slides and screens. */
    PNG("png", "PNG image (2× scale)");

    /** A PNG has this many pixels per point of the figure, so it stays sharp on HiDPI screens and slides. */
    public static final int PNG_SCALE = 2;

    private final String extension;
    private final String description;

    FigureFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** The format named by {@code file}'s extension (case ignored), if it is one of ours. */
    public static Optional<FigureFormat> of(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (FigureFormat f : values()) {
            if (n.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
