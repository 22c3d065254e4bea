package org.codesign.cost.timeloop;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.codesign.cost.loopnest.Loop;
import org.codesign.cost.loopnest.Tensor;

/**
 * Reads a Timeloop mapping: a list of directives, each with a {@code target} level and a
 * {@code type}: {@code temporal} and {@code spatial} give {@code factors} ({@code R=3 P=16},
 * {@code C1 M8}, {@code R=1,P=1} or a list) and a {@code permutation} listed innermost first;
 * a spatial directive's {@code split} sends the loops before it to the X axis and the rest to Y
 * (default: all X); {@code datatype}, {@code dataspace} and {@code bypass} directives give the
 * data spaces a level {@code keep}s and {@code bypass}es. Dimensions a directive leaves out have
 * factor 1.
 */
final class MappingYaml {
    private static final Pattern FACTOR = Pattern.compile("([A-Za-z_][A-Za-z_0-9]*?)\\s*=?\\s*(\\d+)");

    /** One level's loops: temporal outer → inner; spatial X and Y outer → inner. */
    record Loops(List<Loop> temporal, List<Loop> spatialX, List<Loop> spatialY, TimeloopSpec.Node where) {}

    /** Directives by target: loops (a target has at most one temporal and one spatial directive). */
    final Map<String, Loops> temporal = new LinkedHashMap<>();

    final Map<String, Loops> spatial = new LinkedHashMap<>();
    /** Keep/bypass directives by target, in file order. */
    final Map<String, List<Keep>> keeps = new LinkedHashMap<>();

    record Keep(Set<Tensor> keep, Set<Tensor> bypass, TimeloopSpec.Node where) {}

    private final ProblemYaml.Result problem;

    private MappingYaml(ProblemYaml.Result problem) {
        this.problem = problem;
    }

    /** No directives: the levels keep what the architecture's constraints say (for the mapper). */
    static MappingYaml none(ProblemYaml.Result problem) {
        return new MappingYaml(problem);
    }

    /** The dimensions a constraint's {@code factors} fixes to 1 (e.g. {@code R=1 S=1} or a list). */
    static java.util.Set<String> fixedToOne(TimeloopSpec.Node factors, ProblemYaml.Result problem) {
        java.util.Set<String> out = new java.util.HashSet<>();
        new MappingYaml(problem).factors(factors).forEach((d, f) -> {
            if (f == 1) {
                out.add(d);
            }
        });
        return out;
    }

    static MappingYaml read(TimeloopSpec.Node mapping, ProblemYaml.Result problem, List<String> targets) {
        MappingYaml m = new MappingYaml(problem);
        TimeloopSpec.Node list = mapping;
        if (mapping.isObject()) {
            list = mapping.get("targets") != null ? mapping.get("targets") : mapping.get("mapping");
            if (list == null) {
                throw mapping.error("must be a list of directives (target, type, factors, permutation)");
            }
        }
        list.array("a list of directives");
        for (int i = 0; i < list.size(); i++) {
            TimeloopSpec.Node d = list.at(i).object("a directive");
            TimeloopSpec.Node targetNode = d.required("target", "the level it applies to");
            String target = targetNode.text();
            if (!targets.contains(target)) {
                throw targetNode.error("unknown level '" + target + "' (levels: " + targets + ")");
            }
            String type =
                    d.required("type", "temporal, spatial, datatype or bypass").text();
            switch (type) {
                case "temporal" -> put(m.temporal, target, m.loops(d, false), d);
                case "spatial" -> put(m.spatial, target, m.loops(d, true), d);
                case "datatype", "dataspace", "bypass" ->
                    m.keeps.computeIfAbsent(target, k -> new ArrayList<>()).add(m.keep(d));
                default ->
                    throw d.get("type")
                            .error("unknown directive type '" + type
                                    + "' (temporal, spatial, datatype, dataspace, bypass)");
            }
        }
        return m;
    }

    private static void put(Map<String, Loops> into, String target, Loops loops, TimeloopSpec.Node d) {
        if (into.containsKey(target)) {
            throw d.error("a second " + d.get("type").text() + " directive for level '" + target + "'");
        }
        into.put(target, loops);
    }

    Keep keep(TimeloopSpec.Node d) {
        Set<Tensor> keep = EnumSet.noneOf(Tensor.class);
        Set<Tensor> bypass = EnumSet.noneOf(Tensor.class);
        tensors(d.get("keep"), keep);
        tensors(d.get("bypass"), bypass);
        return new Keep(keep, bypass, d);
    }

    void tensors(TimeloopSpec.Node list, Set<Tensor> into) {
        if (list == null) {
            return;
        }
        list.array("data space names");
        for (int i = 0; i < list.size(); i++) {
            into.add(tensor(list.at(i)));
        }
    }

    Tensor tensor(TimeloopSpec.Node name) {
        Tensor t = problem.tensors().get(name.text());
        if (t == null) {
            throw name.error("unknown data space '" + name.text() + "' (the problem's: "
                    + problem.tensors().keySet() + ")");
        }
        return t;
    }

    private Loops loops(TimeloopSpec.Node d, boolean spatial) {
        Map<String, Integer> factors = factors(d.get("factors"));
        List<String> perm = permutation(d.get("permutation"), factors, d);
        int split = perm.size();
        if (d.get("split") != null) {
            split = (int) d.get("split").integer(0);
        }
        List<Loop> t = new ArrayList<>();
        List<Loop> x = new ArrayList<>();
        List<Loop> y = new ArrayList<>();
        // the permutation is innermost first; our lists are outer → inner
        for (int i = perm.size() - 1; i >= 0; i--) {
            String dim = perm.get(i);
            int f = factors.getOrDefault(dim, 1);
            if (f == 1) {
                continue;
            }
            Loop loop = new Loop(problem.dims().get(dim), f);
            if (!spatial) {
                t.add(loop);
            } else if (i < split) {
                x.add(loop);
            } else {
                y.add(loop);
            }
        }
        return new Loops(t, x, y, d);
    }

    private Map<String, Integer> factors(TimeloopSpec.Node node) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        List<TimeloopSpec.Node> items = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                items.add(node.at(i));
            }
        } else {
            items.add(node);
        }
        for (TimeloopSpec.Node item : items) {
            String text = item.text().trim();
            Matcher m = FACTOR.matcher(text);
            int end = 0;
            while (m.find()) {
                if (!text.substring(end, m.start()).replaceAll("[\\s,]", "").isEmpty()) {
                    break;
                }
                String dim = m.group(1);
                if (!problem.dims().containsKey(dim)) {
                    throw item.error("unknown dimension '" + dim + "' (the problem's: "
                            + problem.dims().keySet() + ")");
                }
                long f = Long.parseLong(m.group(2));
                if (f < 1 || f > Integer.MAX_VALUE) {
                    throw item.error("the factor of " + dim + " must be a positive integer, got " + f);
                }
                if (out.put(dim, (int) f) != null) {
                    throw item.error("dimension " + dim + " has two factors");
                }
                end = m.end();
            }
            if (!text.substring(end).replaceAll("[\\s,]", "").isEmpty()) {
                throw item.error("cannot read factors '" + text + "' (write e.g. R=3 P=16 or C1 M8)");
            }
        }
        return out;
    }

    private List<String> permutation(TimeloopSpec.Node node, Map<String, Integer> factors, TimeloopSpec.Node d) {
        List<String> perm = new ArrayList<>();
        if (node == null) {
            perm.addAll(problem.dims().keySet());
            return perm;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                perm.add(node.at(i).text());
            }
        } else {
            String text = node.text().replaceAll("[\\s,]", "");
            boolean single = problem.dims().keySet().stream().allMatch(k -> k.length() == 1);
            if (!single) {
                throw node.error("write the permutation as a list: the problem has multi-letter dimensions");
            }
            for (char c : text.toCharArray()) {
                perm.add(String.valueOf(c));
            }
        }
        for (String dim : perm) {
            if (!problem.dims().containsKey(dim)) {
                throw node.error("unknown dimension '" + dim + "' (the problem's: "
                        + problem.dims().keySet() + ")");
            }
        }
        for (Map.Entry<String, Integer> e : factors.entrySet()) {
            if (e.getValue() > 1 && !perm.contains(e.getKey())) {
                throw node.error(
                        "dimension " + e.getKey() + " has factor " + e.getValue() + " but is not in the permutation");
            }
        }
        return perm;
    }
}
