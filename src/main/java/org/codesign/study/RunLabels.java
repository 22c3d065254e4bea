package org.codesign.study;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the window calls a run, the same in the plot's legend, the points table and the run
 * list: the name its card shows ("NSGA-II · joint · seed 1", or what the user renamed it to).
 * Two runs of one name (a duplicated run) are told apart by their ids; a run without a name is
 * its id.
 */
public final class RunLabels {
    private RunLabels() {}

    /** Label by run id, in the study's order. */
    public static Map<String, String> of(List<RunRecord> runs) {
        Map<String, Integer> uses = new HashMap<>();
        for (RunRecord r : runs) {
            uses.merge(name(r), 1, Integer::sum);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (RunRecord r : runs) {
            String name = name(r);
            labels.put(r.id(), name.equals(r.id()) || uses.get(name) == 1 ? name : name + " (" + r.id() + ")");
        }
        return labels;
    }

    private static String name(RunRecord r) {
        return r.name() == null || r.name().isBlank() ? r.id() : r.name().strip();
    }
}
