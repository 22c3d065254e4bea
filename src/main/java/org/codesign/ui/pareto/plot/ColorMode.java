package org.codesign.ui.pareto.plot;

/** What the colour of a point says. */
public enum ColorMode {
    PARETO("Pareto front"),
    RUN("run"),
    GENERATION("generation"),
    METRIC("a quantity");

    private final String label;

    ColorMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
