package org.codesign.cost.timeloop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.Tensor;

/**
 * Reads a Timeloop problem (v0.4 {@code shape} with {@code dimensions} and {@code data_spaces}
 * projections, plus {@code instance}) and recognises it as a convolution: each problem dimension
 * gets the role its projections give it (a weight-and-output dimension is M, a weight-and-input
 * one C, an input-and-output one N, one in all three G, and each sliding-window input coordinate
 * R·dilation + P·stride gives R and P, then S and Q). So 1-D exercises (R, P), CONV-7D layers
 * (C, M, R, S, N, P, Q) and renamed dimensions (K for M) all read as a {@link ConvProblem}; the
 * dimensions a problem lacks have bound 1.
 */
final class ProblemYaml {
    private ProblemYaml() {}

    /** The problem, and how its dimension and data-space names map onto the loop-nest model's. */
    record Result(ConvProblem problem, Map<String, Dim> dims, Map<String, Tensor> tensors) {}

    /**
     * CONV-7D's names (dimensions C, M, R, S, N, P, Q and G; data spaces Weights, Inputs, Outputs)
     * for reading an architecture without a problem.
     */
    static Result standard() {
        Map<String, Dim> dims = new LinkedHashMap<>();
        for (Dim d : Dim.values()) {
            dims.put(d.letter(), d);
        }
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("Weights", Tensor.W);
        tensors.put("Inputs", Tensor.I);
        tensors.put("Outputs", Tensor.O);
        return new Result(new ConvProblem("any", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), Map.copyOf(dims), Map.copyOf(tensors));
    }

    private record Term(String dim, long coeff, TimeloopSpec.Node where) {}

    static Result read(TimeloopSpec.Node problem, String name) {
        problem.object("the workload");
        TimeloopSpec.Node shape = problem.required("shape", "the dimensions and data spaces");
        TimeloopSpec.Node instance =
                problem.required("instance", "the bound of every dimension").object("bounds");
        if (!shape.isObject()) {
            throw shape.error("must be a mapping with 'dimensions' and 'data_spaces' (a named shape such as '"
                    + shape.value().asText() + "' is not supported)");
        }
        TimeloopSpec.Node dimList =
                shape.required("dimensions", "the problem's dimension names").array("dimensions");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < dimList.size(); i++) {
            names.add(dimList.at(i).text());
        }
        Map<String, Long> coefficients = new HashMap<>();
        TimeloopSpec.Node coeffs = shape.get("coefficients");
        if (coeffs != null) {
            coeffs.array("coefficients");
            for (int i = 0; i < coeffs.size(); i++) {
                TimeloopSpec.Node c = coeffs.at(i);
                String cn = c.required("name", "the coefficient's name").text();
                long v = c.get("default") == null ? 1 : c.get("default").integer(1);
                coefficients.put(cn, v);
            }
        }
        for (String cn : new ArrayList<>(coefficients.keySet())) {
            if (instance.get(cn) != null) {
                coefficients.put(cn, instance.get(cn).integer(1));
            }
        }
        TimeloopSpec.Node spaces =
                shape.required("data_spaces", "Weights, Inputs and Outputs").array("data spaces");
        if (spaces.size() != 3) {
            throw spaces.error("a convolution has three data spaces (weights, inputs, outputs), got " + spaces.size());
        }
        Map<String, List<List<Term>>> proj = new LinkedHashMap<>();
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        String outputs = null;
        for (int i = 0; i < spaces.size(); i++) {
            TimeloopSpec.Node ds = spaces.at(i).object("a data space");
            String dsName = ds.required("name", "the data space's name").text();
            proj.put(dsName, projection(ds.required("projection", "its coordinates"), names, coefficients));
            boolean rw =
                    ds.get("read_write") != null && ds.get("read_write").value().asBoolean();
            if (rw) {
                if (outputs != null) {
                    throw ds.error("two read-write data spaces ('" + outputs + "' and '" + dsName + "')");
                }
                outputs = dsName;
            }
        }
        if (outputs == null) {
            throw spaces.error("no data space is read_write: True (the outputs)");
        }
        String inputs = null;
        String weights = null;
        for (String ds : proj.keySet()) {
            if (ds.equals(outputs)) {
                continue;
            }
            boolean window = proj.get(ds).stream().anyMatch(c -> c.size() > 1);
            if (window && inputs == null) {
                inputs = ds;
            } else if (weights == null && !window) {
                weights = ds;
            } else if (inputs == null) {
                inputs = ds;
            } else {
                weights = ds;
            }
        }
        tensors.put(weights, Tensor.W);
        tensors.put(inputs, Tensor.I);
        tensors.put(outputs, Tensor.O);
        Map<String, Dim> dims = new LinkedHashMap<>();
        long[] stride = {1, 1};
        int window = 0;
        for (List<Term> coord : proj.get(inputs)) {
            if (coord.size() == 1) {
                continue;
            }
            if (coord.size() != 2 || window >= 2) {
                throw coord.get(0).where().error("an input coordinate must be R·dilation + P·stride (at most two)");
            }
            Term a = coord.get(0);
            Term b = coord.get(1);
            boolean aOut = uses(proj.get(outputs), a.dim());
            Term filter = aOut ? b : a;
            Term out = aOut ? a : b;
            if (!uses(proj.get(weights), filter.dim()) || !uses(proj.get(outputs), out.dim())) {
                throw a.where().error("an input coordinate sums a filter dimension and an output dimension");
            }
            if (filter.coeff() != 1) {
                throw filter.where().error("dilation " + filter.coeff() + " is not supported (only 1)");
            }
            put(dims, filter.dim(), window == 0 ? Dim.R : Dim.S, filter.where());
            put(dims, out.dim(), window == 0 ? Dim.P : Dim.Q, out.where());
            stride[window] = out.coeff();
            window++;
        }
        for (String d : names) {
            if (dims.containsKey(d)) {
                continue;
            }
            boolean w = uses(proj.get(weights), d);
            boolean in = uses(proj.get(inputs), d);
            boolean o = uses(proj.get(outputs), d);
            Dim role = w && in && o ? Dim.G : w && in ? Dim.C : w && o ? Dim.M : in && o ? Dim.N : null;
            if (role == null) {
                throw dimList.error("dimension " + d + " is not a convolution dimension (it must index two or three "
                        + "of the data spaces)");
            }
            put(dims, d, role, dimList);
        }
        int[] bound = {1, 1, 1, 1, 1, 1, 1, 1};
        for (Map.Entry<String, Dim> e : dims.entrySet()) {
            TimeloopSpec.Node b = instance.get(e.getKey());
            if (b == null) {
                throw instance.error("missing the bound of dimension " + e.getKey());
            }
            bound[e.getValue().ordinal()] = (int) Math.min(b.integer(1), Integer.MAX_VALUE);
        }
        ConvProblem p = new ConvProblem(
                name,
                bound[0],
                bound[1],
                bound[2],
                bound[3],
                bound[4],
                bound[5],
                bound[6],
                bound[7],
                (int) stride[0],
                (int) stride[1]);
        return new Result(p, Map.copyOf(dims), Map.copyOf(tensors));
    }

    private static void put(Map<String, Dim> dims, String name, Dim role, TimeloopSpec.Node where) {
        for (Map.Entry<String, Dim> e : dims.entrySet()) {
            if (e.getValue() == role && !e.getKey().equals(name)) {
                throw where.error("dimensions " + e.getKey() + " and " + name + " play the same role (" + role.letter()
                        + ") in a convolution");
            }
        }
        dims.put(name, role);
    }

    private static boolean uses(List<List<Term>> proj, String dim) {
        return proj.stream().flatMap(List::stream).anyMatch(t -> t.dim().equals(dim));
    }

    private static List<List<Term>> projection(TimeloopSpec.Node p, List<String> dims, Map<String, Long> coeffs) {
        p.array("a list of coordinates");
        List<List<Term>> out = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            TimeloopSpec.Node coord = p.at(i).array("a coordinate: a list of terms");
            List<Term> terms = new ArrayList<>();
            for (int j = 0; j < coord.size(); j++) {
                TimeloopSpec.Node term = coord.at(j).array("a term: [dimension] or [dimension, coefficient]");
                String dim = null;
                long coeff = 1;
                for (int k = 0; k < term.size(); k++) {
                    TimeloopSpec.Node part = term.at(k);
                    String s = part.text();
                    if (dims.contains(s)) {
                        dim = s;
                    } else if (coeffs.containsKey(s)) {
                        coeff = coeffs.get(s);
                    } else if (part.value().isNumber()) {
                        coeff = part.integer(1);
                    } else {
                        throw part.error(
                                "'" + s + "' is neither a dimension " + dims + " nor a coefficient " + coeffs.keySet());
                    }
                }
                if (dim == null) {
                    throw term.error("a term needs a dimension " + dims);
                }
                terms.add(new Term(dim, coeff, term));
            }
            out.add(terms);
        }
        return out;
    }
}
