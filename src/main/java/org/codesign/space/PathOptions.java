package org.codesign.space;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The check of a network template whose one parameter lists paths (layer-list files, Timeloop
 * problem folders): only that parameter, a non-empty list of distinct paths, each accepted by
 * {@code check} (which throws with the reason when it does not).
 */
final class PathOptions {
    private PathOptions() {}

    /** @param what what a path names, for messages ("layer-list file", "folder") */
    static List<String> validate(
            DesignSpace space, String template, String parameter, String what, Consumer<String> check) {
        List<String> problems = new ArrayList<>();
        for (Parameter p : space.parameters()) {
            if (!p.name().equals(parameter)) {
                problems.add(p.name() + ": unknown parameter for template " + template);
                continue;
            }
            if (p.values().isEmpty()) {
                problems.add(parameter + ": the value list is empty; give at least one " + what);
            }
            List<String> seen = new ArrayList<>();
            for (ParamValue value : p.values()) {
                if (value.kind() != ValueKind.OPTION) {
                    problems.add(parameter + ": '" + value.label() + "' is not a " + what + " path");
                } else if (seen.contains(value.label())) {
                    problems.add(parameter + ": '" + value.label() + "' is listed twice");
                } else {
                    seen.add(value.label());
                    try {
                        check.accept(value.label());
                    } catch (IllegalArgumentException e) {
                        problems.add(e.getMessage());
                    }
                }
            }
        }
        if (space.indexOf(parameter) < 0) {
            problems.add(parameter + ": missing from the space (template " + template + " needs it)");
        }
        return problems;
    }
}
