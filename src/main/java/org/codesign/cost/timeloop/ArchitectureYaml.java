package org.codesign.cost.timeloop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Timeloop architecture into its flattened level list ({@link ArchLevel}), from either
 * form: v0.4 {@code nodes} with the tags {@code !Container}, {@code !Component},
 * {@code !Parallel}, {@code !Hierarchical} and {@code !Nothing}; or the older tree of
 * {@code subtree}/{@code local} nodes whose names carry instance ranges ({@code PE[0..15]}), as in
 * v0.3 files, Accelergy's flattened architecture and Timeloop's {@code parsed-processed-input.yaml}.
 * A component is storage or compute by its class as Timeloop decides it (the class name contains,
 * case-sensitively, DRAM, SRAM, regfile, smartbuffer or storage; mac or compute);
 * {@code dummy_storage} is a container level.
 */
final class ArchitectureYaml {
    private static final List<String> STORAGE_CLASSES = List.of("DRAM", "SRAM", "regfile", "smartbuffer", "storage");
    private static final List<String> COMPUTE_CLASSES = List.of("mac", "compute");
    private static final Pattern RANGE = Pattern.compile("^(.*)\\[(\\d+)\\.\\.(\\d+)\\]$");

    private final List<ArchLevel> levels = new ArrayList<>();
    private double cycleSeconds = 1e-9;

    private ArchitectureYaml() {}

    record Result(List<ArchLevel> levels, double clockHz) {}

    static Result read(TimeloopSpec.Node arch) {
        ArchitectureYaml r = new ArchitectureYaml();
        arch.object("the architecture");
        if (arch.get("nodes") != null) {
            r.nodes(arch.get("nodes").array("the architecture's nodes"), JsonNodeFactory.instance.objectNode(), 1, 1);
        } else if (arch.get("subtree") != null || arch.get("local") != null) {
            r.tree(arch, JsonNodeFactory.instance.objectNode(), 1, 1, 1);
        } else {
            throw arch.error("needs 'nodes' (Timeloop v0.4) or 'subtree'/'local' (older versions)");
        }
        if (r.levels.isEmpty() || r.levels.get(r.levels.size() - 1).kind() != ArchLevel.Kind.COMPUTE) {
            throw arch.error("the last component must be the compute unit (a class such as intmac or mac)");
        }
        return new Result(List.copyOf(r.levels), 1.0 / r.cycleSeconds);
    }

    // ------------------------------------------------------------------------------ v0.4 nodes

    /** Walks a node list; returns the mesh below it (X, Y). */
    private int[] nodes(TimeloopSpec.Node list, ObjectNode inherited, int meshX, int meshY) {
        ObjectNode attrs = inherited.deepCopy();
        int mx = meshX;
        int my = meshY;
        for (int i = 0; i < list.size(); i++) {
            TimeloopSpec.Node n = list.at(i).object("an architecture node");
            String tag = n.tag();
            if (tag == null) {
                tag = n.get("class") != null ? "Component" : n.get("nodes") != null ? "Hierarchical" : null;
            }
            if (tag == null) {
                throw n.error("an architecture node needs a tag (!Container, !Component, !Parallel, !Hierarchical, "
                        + "!Nothing) or a 'class'");
            }
            switch (tag) {
                case "Container" -> {
                    mergeInto(attrs, n.get("attributes"));
                    int[] fan = spatial(n);
                    if (fan[0] * fan[1] > 1) {
                        String name = n.required("name", "the container's name").text();
                        levels.add(new ArchLevel(
                                "inter_" + name + "_spatial",
                                ArchLevel.Kind.CONTAINER,
                                null,
                                attrs.deepCopy(),
                                mx * my,
                                mx,
                                my,
                                Set.of(),
                                Set.of(),
                                n));
                        mx *= fan[0];
                        my *= fan[1];
                    }
                }
                case "Component" -> {
                    int[] fan = spatial(n);
                    mx *= fan[0];
                    my *= fan[1];
                    component(n, attrs, mx, my);
                }
                case "Parallel", "Hierarchical" -> {
                    int[] below =
                            nodes(n.required("nodes", "the nodes it holds").array("nodes"), attrs, mx, my);
                    if (tag.equals("Hierarchical")) {
                        mx = below[0];
                        my = below[1];
                    }
                }
                case "Nothing" -> {
                    // holds nothing: a placeholder for constraints of a parallel branch
                }
                default ->
                    throw n.error("unknown node tag '!" + tag
                            + "' (known: !Container, !Component, !Parallel, !Hierarchical, !Nothing)");
            }
        }
        return new int[] {mx, my};
    }

    private static int[] spatial(TimeloopSpec.Node n) {
        TimeloopSpec.Node s = n.get("spatial");
        if (s == null) {
            return new int[] {1, 1};
        }
        s.object("meshX and meshY");
        int x = s.get("meshX") == null ? 1 : (int) s.get("meshX").integer(1);
        int y = s.get("meshY") == null ? 1 : (int) s.get("meshY").integer(1);
        return new int[] {x, y};
    }

    private void component(TimeloopSpec.Node n, ObjectNode inherited, int mx, int my) {
        ObjectNode attrs = inherited.deepCopy();
        mergeInto(attrs, n.get("attributes"));
        String name = n.required("name", "the component's name").text();
        add(n, name, attrs, mx * my, mx, my);
    }

    // --------------------------------------------------------------------- subtree / local

    private void tree(TimeloopSpec.Node node, ObjectNode inherited, int count, int parentMeshX, int parentMeshY) {
        ObjectNode attrs = inherited.deepCopy();
        mergeInto(attrs, node.get("attributes"));
        TimeloopSpec.Node local = node.get("local");
        int meshX = parentMeshX;
        int meshY = parentMeshY;
        int instances = count;
        if (local != null) {
            local.array("the node's local components");
            for (int i = 0; i < local.size(); i++) {
                TimeloopSpec.Node c = local.at(i).object("a component");
                String raw = c.required("name", "the component's name").text();
                int n = count * rangeSize(raw);
                ObjectNode a = attrs.deepCopy();
                mergeInto(a, c.get("attributes"));
                int mx = a.has("meshX")
                        ? (int) c.required("attributes", "")
                                .required("meshX", "")
                                .integer(1)
                        : 0;
                int my = a.has("meshY")
                        ? (int) c.required("attributes", "")
                                .required("meshY", "")
                                .integer(1)
                        : 0;
                if (mx == 0 && my == 0) {
                    mx = n;
                    my = 1;
                } else if (mx == 0) {
                    mx = n / my;
                } else if (my == 0) {
                    my = n / mx;
                }
                if ((long) mx * my != n) {
                    throw c.error("meshX " + mx + " × meshY " + my + " is not the " + n + " instances");
                }
                add(c, baseName(raw), a, n, mx, my);
                instances = n;
                meshX = mx;
                meshY = my;
            }
        }
        TimeloopSpec.Node sub = node.get("subtree");
        if (sub != null) {
            sub.array("the nested subtree");
            if (sub.size() > 1) {
                throw sub.at(1).error("a subtree may hold one node (Timeloop's rule)");
            }
            if (sub.size() == 1) {
                TimeloopSpec.Node child = sub.at(0).object("a subtree node");
                String name = child.get("name") == null ? "" : child.get("name").text();
                tree(child, attrs, instances * rangeSize(name), meshX, meshY);
            }
        }
    }

    private static int rangeSize(String name) {
        Matcher m = RANGE.matcher(name.trim());
        if (!m.matches()) {
            return 1;
        }
        return Integer.parseInt(m.group(3)) - Integer.parseInt(m.group(2)) + 1;
    }

    /** {@code system_top_level.PE[1..16]} → {@code PE}. */
    static String baseName(String name) {
        String n = name.trim();
        Matcher m = RANGE.matcher(n);
        if (m.matches()) {
            n = m.group(1);
        }
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(dot + 1);
    }

    // ------------------------------------------------------------------------------- common

    private void add(TimeloopSpec.Node n, String name, ObjectNode attrs, int instances, int mx, int my) {
        if (attrs.has("global_cycle_seconds")) {
            double s = attrs.get("global_cycle_seconds").asDouble();
            if (s > 0) {
                cycleSeconds = s;
            }
        }
        String cls = n.required("class", "the component's class, e.g. SRAM, regfile, DRAM, intmac")
                .text();
        ArchLevel.Kind kind = kindOf(cls);
        if (kind == null) {
            throw n.get("class")
                    .error("unknown class '" + cls + "': Timeloop models a component as storage when its class"
                            + " contains DRAM, SRAM, regfile, smartbuffer or storage, and as compute when it contains mac or"
                            + " compute");
        }
        if (!levels.isEmpty() && levels.get(levels.size() - 1).kind() == ArchLevel.Kind.COMPUTE) {
            throw n.error("component '" + name + "' below the compute unit '"
                    + levels.get(levels.size() - 1).name() + "' (the compute unit must be last)");
        }
        Set<String> keep = new HashSet<>();
        Set<String> bypass = new HashSet<>();
        TimeloopSpec.Node ds =
                n.get("constraints") == null ? null : n.get("constraints").get("dataspace");
        if (ds != null) {
            names(ds.get("keep"), keep);
            names(ds.get("bypass"), bypass);
        }
        levels.add(new ArchLevel(name, kind, cls, attrs, instances, mx, my, keep, bypass, n));
    }

    static ArchLevel.Kind kindOf(String cls) {
        String c = cls;
        if (c.equals("dummy_storage")) {
            return ArchLevel.Kind.CONTAINER;
        }
        for (String s : STORAGE_CLASSES) {
            if (c.contains(s)) {
                return ArchLevel.Kind.STORAGE;
            }
        }
        for (String s : COMPUTE_CLASSES) {
            if (c.contains(s)) {
                return ArchLevel.Kind.COMPUTE;
            }
        }
        return null;
    }

    static void names(TimeloopSpec.Node list, Set<String> into) {
        if (list == null) {
            return;
        }
        list.array("data space names");
        for (int i = 0; i < list.size(); i++) {
            into.add(list.at(i).text());
        }
    }

    private static void mergeInto(ObjectNode attrs, TimeloopSpec.Node more) {
        if (more == null) {
            return;
        }
        more.object("attributes");
        for (Map.Entry<String, JsonNode> e : more.value().properties()) {
            attrs.set(e.getKey(), e.getValue());
        }
    }
}
