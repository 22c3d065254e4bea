package org.codesign.figure;

import java.util.List;

/**
 * Per-layer bar charts of one design, stacked over one axis of layer names ({@code
 * stage2.block1.dw}): one panel per quantity (latency, energy, utilization), each with its unit.
 */
public record LayerFigure(String title, List<String> layers, List<Panel> panels) {

    /** One bar per layer on a value axis; bars start at zero. */
    public record Panel(FigureAxis value, double[] values) {
        public Panel {
            values = values.clone();
        }

        public double[] values() {
            return values.clone();
        }
    }

    public LayerFigure {
        title = title == null ? "" : title;
        layers = List.copyOf(layers);
        panels = List.copyOf(panels);
        for (Panel p : panels) {
            if (p.values.length != layers.size()) {
                throw new IllegalArgumentException(
                        p.value().label() + ": " + p.values.length + " values for " + layers.size() + " layers");
            }
        }
    }
}
