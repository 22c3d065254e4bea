package org.codesign.accuracy;

import java.util.Locale;

/**
 * The architecture families the accuracy model knows. Each has its own offset and curvature in
 * the coefficients file: the three templates (ResNets split by block type) and the two
 * published reference families used for calibration.
 */
public enum Family {
    MBV3_OFA("mbv3-ofa"),
    MOBILENET_V2("mobilenet-v2"),
    RESNET_BASIC("resnet-basic"),
    RESNET_BOTTLENECK("resnet-bottleneck"),
    MOBILENET_V1("mobilenet-v1"),
    MNASNET_A1("mnasnet-a1");

    private final String key;

    Family(String key) {
        this.key = key;
    }

    /** The name used in the coefficients file. */
    public String key() {
        return key;
    }

    public static Family parse(String key) {
        String wanted = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        for (Family f : values()) {
            if (f.key.equals(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("family: unknown family '" + key + "'");
    }
}
