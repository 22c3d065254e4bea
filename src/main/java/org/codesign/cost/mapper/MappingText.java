package org.codesign.cost.mapper;

import java.util.ArrayList;
import java.util.List;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.LevelMapping;
import org.codesign.cost.loopnest.Loop;
import org.codesign.cost.loopnest.Mapping;

/**
 * A mapper outcome as one line of text for a {@link MappingStore}: the loops of each level and the
 * search's evaluation count ({@code 812;DRAM/P8.Q2/X:/Y:;glb/P14/X:Q14/Y:C3.S3}), or {@code !reason}
 * when nothing fits. The analysis is not stored: it is recomputed from the mapping, which gives
 * the very same numbers (it is a pure function of problem, architecture and mapping).
 */
final class MappingText {
    private MappingText() {}

    static String encode(MapOutcome outcome) {
        if (outcome instanceof MapOutcome.Unmappable no) {
            return "!" + no.reason();
        }
        MapResult r = (MapResult) outcome;
        StringBuilder sb = new StringBuilder().append(r.evaluations());
        for (LevelMapping lm : r.mapping().levels()) {
            sb.append(';').append(lm.level()).append('/');
            loops(sb, lm.temporal());
            sb.append("/X:");
            loops(sb, lm.spatialX());
            sb.append("/Y:");
            loops(sb, lm.spatialY());
        }
        return sb.toString();
    }

    private static void loops(StringBuilder sb, List<Loop> loops) {
        for (int i = 0; i < loops.size(); i++) {
            sb.append(i > 0 ? "." : "").append(loops.get(i));
        }
    }

    static boolean unmappable(String text) {
        return text.startsWith("!");
    }

    static String reason(String text) {
        return text.substring(1);
    }

    static int evaluations(String text) {
        return Integer.parseInt(text.substring(0, text.indexOf(';') < 0 ? text.length() : text.indexOf(';')));
    }

    static Mapping mapping(String text) {
        String[] parts = text.split(";", -1);
        List<LevelMapping> levels = new ArrayList<>(parts.length - 1);
        for (int i = 1; i < parts.length; i++) {
            String[] f = parts[i].split("/", -1);
            if (f.length != 4 || !f[2].startsWith("X:") || !f[3].startsWith("Y:")) {
                throw new IllegalArgumentException("mapping: malformed level '" + parts[i] + "'");
            }
            levels.add(new LevelMapping(f[0], parse(f[1]), parse(f[2].substring(2)), parse(f[3].substring(2))));
        }
        return new Mapping(levels);
    }

    private static List<Loop> parse(String loops) {
        List<Loop> out = new ArrayList<>();
        if (loops.isEmpty()) {
            return out;
        }
        for (String l : loops.split("\\.")) {
            out.add(new Loop(Dim.parse("mapping", l.substring(0, 1)), Integer.parseInt(l.substring(1))));
        }
        return out;
    }
}
