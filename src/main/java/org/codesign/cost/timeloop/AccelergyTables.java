package org.codesign.cost.timeloop;

import java.util.HashMap;
import java.util.Map;

/**
 * Accelergy's energy reference table (ERT: per component, the energy of each action in pJ) and
 * area reference table (ART: per component instance, µm²), keyed by the component's name without
 * its hierarchy prefix and instance range ({@code system_top_level.PE[1..16]} → {@code PE}). Where
 * an action is listed more than once (argument variants) the largest energy is taken, as
 * Timeloop's vector access energy is.
 */
final class AccelergyTables {
    private final Map<String, Map<String, Double>> energy = new HashMap<>();
    private final Map<String, TimeloopSpec.Node> where = new HashMap<>();
    private final Map<String, Double> area = new HashMap<>();
    private final TimeloopSpec.Node ert;
    private final boolean hasArt;

    private AccelergyTables(TimeloopSpec.Node ert, boolean hasArt) {
        this.ert = ert;
        this.hasArt = hasArt;
    }

    static AccelergyTables read(TimeloopSpec spec) {
        TimeloopSpec.Node ert = spec.top("ERT", "Accelergy's energy reference table, e.g. timeloop-model.ERT.yaml");
        TimeloopSpec.Node art = spec.topOrNull("ART");
        AccelergyTables t = new AccelergyTables(ert, art != null);
        TimeloopSpec.Node tables = ert.object("the ERT")
                .required("tables", "one entry per component")
                .array("tables");
        for (int i = 0; i < tables.size(); i++) {
            TimeloopSpec.Node table = tables.at(i).object("a component's actions");
            String name = ArchitectureYaml.baseName(
                    table.required("name", "the component").text());
            TimeloopSpec.Node actions =
                    table.required("actions", "its actions and energies").array("actions");
            Map<String, Double> byAction = t.energy.computeIfAbsent(name, k -> new HashMap<>());
            t.where.put(name, table);
            for (int a = 0; a < actions.size(); a++) {
                TimeloopSpec.Node action = actions.at(a).object("an action");
                String an = action.required("name", "the action").text();
                double e = action.required("energy", "pJ per action").number();
                if (e < 0) {
                    throw action.get("energy").error("an energy must not be negative, got " + e);
                }
                byAction.merge(an, e, Math::max);
            }
        }
        if (art != null) {
            TimeloopSpec.Node at = art.object("the ART")
                    .required("tables", "one entry per component")
                    .array("tables");
            for (int i = 0; i < at.size(); i++) {
                TimeloopSpec.Node table = at.at(i).object("a component's area");
                String name = ArchitectureYaml.baseName(
                        table.required("name", "the component").text());
                t.area.put(name, table.required("area", "µm² per instance").number());
            }
        }
        return t;
    }

    /** The energy of {@code action} of a component, or NaN when its table lacks the action. */
    double energy(String component, String action, TimeloopSpec.Node component0) {
        Map<String, Double> actions = table(component, component0);
        Double e = actions.get(action);
        return e == null ? Double.NaN : e;
    }

    Map<String, Double> table(String component, TimeloopSpec.Node componentNode) {
        Map<String, Double> actions = energy.get(component);
        if (actions == null) {
            throw ert.error("no entry for component '" + component + "' (defined at "
                    + componentNode.doc().file() + ":" + componentNode.doc().line(componentNode.path()) + "); entries: "
                    + energy.keySet());
        }
        return actions;
    }

    TimeloopSpec.Node tableNode(String component) {
        return where.get(component);
    }

    /** µm² per instance (0 when no ART was given or it does not list the component). */
    double area(String component) {
        return hasArt ? area.getOrDefault(component, 0.0) : 0.0;
    }
}
