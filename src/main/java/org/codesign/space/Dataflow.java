package org.codesign.space;

import java.util.Locale;

/** Dataflows of the spatial-accelerator template, written in files as e.g. {@code row-stationary}. */
public enum Dataflow {
    ROW_STATIONARY,
    WEIGHT_STATIONARY,
    OUTPUT_STATIONARY,
    INPUT_STATIONARY;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Dataflow parse(String label) {
        for (Dataflow d : values()) {
            if (d.label().equals(label)) {
                return d;
            }
        }
        throw new IllegalArgumentException("dataflow: unknown dataflow '" + label
                + "' (row-stationary, weight-stationary, output-stationary, input-stationary)");
    }
}
