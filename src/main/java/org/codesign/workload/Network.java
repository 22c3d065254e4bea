package org.codesign.workload;

import java.util.List;

/** A network configuration materialized into its layers. */
public record Network(String name, List<Layer> layers) {

    public Network {
        layers = List.copyOf(layers);
    }

    public long macs() {
        long total = 0;
        for (Layer layer : layers) {
            total += layer.macs();
        }
        return total;
    }

    public long params() {
        long total = 0;
        for (Layer layer : layers) {
            total += layer.params();
        }
        return total;
    }
}
