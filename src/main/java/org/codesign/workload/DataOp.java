package org.codesign.workload;

/**
 * An operation without multiply-accumulates that still runs as its own GPU kernel in an inference
 * engine: pooling, a residual addition, a standalone batch norm (DenseNet's pre-activation norms),
 * the squeeze-and-excite gate. Accelerator models ignore them (Timeloop's workloads are the
 * convolutions); the edge-GPU model costs them as memory-bound kernels. Concatenations are not
 * data ops: TensorRT writes the concatenated inputs in place (concatenation elimination).
 *
 * @param afterLayer index in {@link Network#layers()} of the last compute layer before this op (−1
 *     when it comes first), so its cost can be shown with that layer
 * @param inputs how many input maps it reads (2 for an addition or a gate)
 * @param inputElements elements of one input map
 * @param outputElements elements of its output map
 */
public record DataOp(String name, Kind kind, int afterLayer, int inputs, long inputElements, long outputElements) {

    /** What the op does. */
    public enum Kind {
        POOL,
        ADD,
        NORM,
        GATE
    }

    public DataOp {
        if (inputs <= 0 || inputElements <= 0 || outputElements <= 0 || afterLayer < -1) {
            throw new IllegalArgumentException("data op " + name + ": every size must be positive");
        }
    }
}
