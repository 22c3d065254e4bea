package org.codesign.space;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The arithmetic an edge-GPU inference engine runs in (TensorRT's builder precisions). */
public enum GpuPrecision {
    FP32(4),
    FP16(2),
    INT8(1);

    private final int bytesPerValue;

    GpuPrecision(int bytesPerValue) {
        this.bytesPerValue = bytesPerValue;
    }

    /** Bytes per weight or activation in memory. */
    public int bytesPerValue() {
        return bytesPerValue;
    }

    /** The name in files: {@code fp32}, {@code fp16}, {@code int8}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name in files and spaces (what {@link #parse} reads). */
    public String label() {
        return id();
    }

    /** Same as {@link #byId}; the name the configuration readers look for. */
    public static GpuPrecision parse(String id) {
        return byId(id);
    }

    public static GpuPrecision byId(String id) {
        for (GpuPrecision p : values()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("precision: unknown precision '" + id + "' (one of "
                + Stream.of(values()).map(GpuPrecision::id).collect(Collectors.joining(", ")) + ")");
    }
}
