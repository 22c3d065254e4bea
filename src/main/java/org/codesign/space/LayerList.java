package org.codesign.space;

import java.util.List;

/**
 * A fixed network read from a layer-list file (see {@link LayerListReader} for the format):
 * its entries in order, each with a checked output shape. The network's output is the last entry.
 *
 * @param top1 the top-1 accuracy (percent) the file declares, NaN when it declares none
 */
public record LayerList(String name, String description, double top1, LayerOp.Shape input, List<LayerOp> ops) {

    public LayerList {
        ops = List.copyOf(ops);
        if (ops.isEmpty()) {
            throw new IllegalArgumentException("layers: a network needs at least one layer");
        }
    }

    public LayerOp.Shape output() {
        return ops.get(ops.size() - 1).shape();
    }
}
