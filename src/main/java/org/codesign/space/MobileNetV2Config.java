package org.codesign.space;

import java.util.List;

/**
 * MobileNetV2 at a width multiplier and resolution; {@code depths} optionally overrides the
 * number of blocks in each of the seven inverted-residual stages (published: 1,2,3,4,3,3,1).
 */
public record MobileNetV2Config(double widthMult, int resolution, List<Integer> depths) implements NetworkConfig {

    public static final String TEMPLATE = "mobilenet-v2";
    public static final List<Integer> PUBLISHED_DEPTHS = List.of(1, 2, 3, 4, 3, 3, 1);

    public MobileNetV2Config {
        depths = depths == null ? PUBLISHED_DEPTHS : List.copyOf(depths);
        if (depths.size() != PUBLISHED_DEPTHS.size()) {
            throw new IllegalArgumentException(
                    "depths: expected " + PUBLISHED_DEPTHS.size() + " stages, got " + depths.size());
        }
        for (int i = 0; i < depths.size(); i++) {
            if (depths.get(i) <= 0) {
                throw new IllegalArgumentException("depths[" + i + "]: must be positive, got " + depths.get(i));
            }
        }
        ConfigChecks.positiveAtMost("widthMult", widthMult, ConfigChecks.MAX_WIDTH_MULT);
        ConfigChecks.resolution(resolution);
    }

    public MobileNetV2Config(double widthMult, int resolution) {
        this(widthMult, resolution, null);
    }

    @Override
    public String template() {
        return TEMPLATE;
    }
}
