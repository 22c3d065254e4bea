package org.codesign.ui.pareto;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Axis titles that fit their axis. ChartFX centres a vertical axis's title on the axis and clips
 * what overhangs at both ends, so a small projection showed "op-1 accuracy (%". A title longer than
 * the axis is shortened in its label, keeping the unit: "top-1 accu… (%)".
 */
final class AxisTitles {
    private AxisTitles() {}

    /** {@code title} as it fits in {@code length} pixels in {@code font}; the whole title when it fits. */
    static String fit(String title, Font font, double length) {
        if (length <= 0 || width(title, font) <= length) {
            return title;
        }
        int open = title.lastIndexOf(" (");
        String label = open > 0 && title.endsWith(")") ? title.substring(0, open) : title;
        String unit = title.substring(label.length());
        for (int keep = label.length() - 1; keep > 0; keep--) {
            String shorter = label.substring(0, keep).stripTrailing() + "…" + unit;
            if (width(shorter, font) <= length) {
                return shorter;
            }
        }
        return unit.isEmpty() ? "…" : unit.strip();
    }

    /** The width of {@code text} drawn in {@code font}, as ChartFX draws the title. */
    static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
