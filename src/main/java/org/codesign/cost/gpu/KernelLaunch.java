package org.codesign.cost.gpu;

import java.util.Locale;

/** How the host launches an engine's kernels each inference. */
public enum KernelLaunch {
    /**
     * TensorRT's {@code enqueue}: the CPU launches every kernel in turn (torch2trt's benchmarks, and
     * what a plain deployment does); small kernels wait for the CPU.
     */
    ENQUEUE,
    /**
     * One CUDA graph launch per inference: the kernels are replayed without per-kernel CPU work
     * (NVIDIA's MLPerf Inference harness for Jetson, {@code use_graphs} in its configurations).
     */
    CUDA_GRAPH;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static KernelLaunch byId(String id) {
        for (KernelLaunch k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("launch: unknown launch '" + id + "' (enqueue or cuda-graph)");
    }
}
