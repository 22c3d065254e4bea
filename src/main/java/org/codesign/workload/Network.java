package org.codesign.workload;

import java.util.List;

/**
 * A network configuration materialized into its layers (the operations with multiply-accumulates)
 * and its data ops (pooling, additions and the like, which cost no MACs but run as kernels).
 */
public record Network(String name, List<Layer> layers, List<DataOp> dataOps) {

    public Network {
        layers = List.copyOf(layers);
        dataOps = List.copyOf(dataOps);
    }

    /** A network whose data ops are not described (every cost model but the edge GPU ignores them). */
    public Network(String name, List<Layer> layers) {
        this(name, layers, List.of());
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
