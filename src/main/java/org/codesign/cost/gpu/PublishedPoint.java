package org.codesign.cost.gpu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.codesign.space.EdgeGpuDevice;
import org.codesign.space.GpuPrecision;

/**
 * One published Jetson latency from {@code published/points.csv} (its README gives every source).
 *
 * @param board the board's device id
 * @param network a name {@link PublishedNetworks#byName} knows
 * @param measuredMs the published batch-1 latency
 * @param launch how the harness launched the engine's kernels (MLPerf's NVIDIA harness uses CUDA graphs)
 * @param source the source's key in the README
 */
public record PublishedPoint(
        String board,
        String network,
        GpuPrecision precision,
        double gpuMHz,
        double cpuMHz,
        double emcMHz,
        double measuredMs,
        KernelLaunch launch,
        Role role,
        String source) {

    /** What a point is used for. */
    public enum Role {
        /** Fitted: the constants of {@link GpuCalibration} come from these rows only. */
        CALIBRATION,
        /** Never fitted; the accuracy targets are computed on these. */
        VALIDATION,
        /** Never fitted, reported, kept out of the targets: the source contradicts a calibration row. */
        DISPUTED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String RESOURCE = "/org/codesign/cost/gpu/published/points.csv";
    private static final String HEADER =
            "board,network,precision,gpu_mhz,cpu_mhz,emc_mhz,measured_ms,launch,role,source";

    public PublishedPoint {
        EdgeGpuDevice.byId(board);
        if (!(measuredMs > 0)) {
            throw new IllegalArgumentException("measured_ms: must be positive, got " + measuredMs);
        }
    }

    /** Every row of the bundled table, in file order. */
    public static List<PublishedPoint> all() {
        try (InputStream in = PublishedPoint.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": missing from the jar");
            }
            return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static List<PublishedPoint> parse(String file, String text) {
        String[] lines = text.split("\r?\n");
        if (lines.length == 0 || !lines[0].trim().equals(HEADER)) {
            throw new IllegalArgumentException(file + ": the first line must be " + HEADER);
        }
        List<PublishedPoint> points = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split(",", -1);
            if (f.length != 10) {
                throw new IllegalArgumentException(
                        file + ": line " + (i + 1) + ": 10 fields expected, got " + f.length);
            }
            try {
                points.add(new PublishedPoint(
                        f[0],
                        f[1],
                        GpuPrecision.byId(f[2]),
                        Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]),
                        Double.parseDouble(f[6]),
                        KernelLaunch.byId(f[7]),
                        Role.valueOf(f[8].toUpperCase(Locale.ROOT)),
                        f[9]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(points);
    }
}
