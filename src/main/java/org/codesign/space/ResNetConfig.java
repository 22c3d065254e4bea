package org.codesign.space;

import java.util.List;

/** A ResNet: basic or bottleneck blocks, blocks per stage (four stages), width and resolution. */
public record ResNetConfig(Block block, List<Integer> blocks, double widthMult, int resolution)
        implements NetworkConfig {

    public static final String TEMPLATE = "resnet";
    public static final int STAGES = 4;

    /** Residual block type, written in files as {@code basic} or {@code bottleneck}. */
    public enum Block {
        BASIC,
        BOTTLENECK;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Block parse(String label) {
            for (Block b : values()) {
                if (b.label().equals(label)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("block: unknown block type '" + label + "' (basic or bottleneck)");
        }
    }

    public ResNetConfig {
        if (block == null) {
            throw new IllegalArgumentException("block: missing (basic or bottleneck)");
        }
        blocks = List.copyOf(blocks);
        if (blocks.size() != STAGES) {
            throw new IllegalArgumentException("blocks: expected " + STAGES + " stages, got " + blocks.size());
        }
        for (int i = 0; i < STAGES; i++) {
            if (blocks.get(i) <= 0) {
                throw new IllegalArgumentException("blocks[" + i + "]: must be positive, got " + blocks.get(i));
            }
        }
        ConfigChecks.positiveAtMost("widthMult", widthMult, ConfigChecks.MAX_WIDTH_MULT);
        ConfigChecks.resolution(resolution);
    }

    @Override
    public String template() {
        return TEMPLATE;
    }
}
