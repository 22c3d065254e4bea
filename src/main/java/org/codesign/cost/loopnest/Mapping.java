package org.codesign.cost.loopnest;

import java.util.List;

/** A mapping: one {@link LevelMapping} per storage level, in the architecture's order. */
public record Mapping(List<LevelMapping> levels) {

    public Mapping {
        levels = List.copyOf(levels);
    }

    /** A compact one-line description, e.g. {@code DRAM[P8 Q2 M4] glb[P14 Q4 | X:Q14 Y:C3 S3] ...}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (LevelMapping lm : levels) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(lm.level()).append('[');
            appendLoops(sb, lm.temporal());
            if (lm.hasSpatial()) {
                sb.append(lm.temporal().isEmpty() ? "" : " ").append('|');
                if (!lm.spatialX().isEmpty()) {
                    sb.append(" X:");
                    appendLoops(sb, lm.spatialX());
                }
                if (!lm.spatialY().isEmpty()) {
                    sb.append(" Y:");
                    appendLoops(sb, lm.spatialY());
                }
            }
            sb.append(']');
        }
        return sb.toString();
    }

    private static void appendLoops(StringBuilder sb, List<Loop> loops) {
        for (int i = 0; i < loops.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(loops.get(i));
        }
    }
}
