package org.codesign.space;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ordered list of parameters. A genome is an {@code int[]} with one value index per
 * parameter, so every search operator is generic.
 */
public record DesignSpace(List<Parameter> parameters) {

    public DesignSpace {
        parameters = List.copyOf(parameters);
        Set<String> names = new HashSet<>();
        for (Parameter p : parameters) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException(p.name() + ": the parameter is listed twice");
            }
        }
    }

    public int genomeLength() {
        return parameters.size();
    }

    public int[] cardinalities() {
        int[] c = new int[parameters.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = parameters.get(i).cardinality();
        }
        return c;
    }

    public Parameter parameter(String name) {
        for (Parameter p : parameters) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException(name + ": the space has no such parameter");
    }

    public int indexOf(String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Number of distinct genomes: the product of the value-list sizes. */
    public BigInteger genomeCount() {
        BigInteger n = BigInteger.ONE;
        for (Parameter p : parameters) {
            n = n.multiply(BigInteger.valueOf(p.cardinality()));
        }
        return n;
    }

    public Assignment decode(int[] genome) {
        if (genome.length != parameters.size()) {
            throw new IllegalArgumentException(
                    "genome: expected " + parameters.size() + " genes, got " + genome.length);
        }
        Map<String, ParamValue> values = new LinkedHashMap<>();
        for (int i = 0; i < genome.length; i++) {
            Parameter p = parameters.get(i);
            values.put(p.name(), p.value(genome[i]));
        }
        return new Assignment(values);
    }

    /** The genome of an assignment; every value must be in its parameter's list. */
    public int[] encode(Assignment assignment) {
        int[] genome = new int[parameters.size()];
        for (int i = 0; i < genome.length; i++) {
            Parameter p = parameters.get(i);
            ParamValue v = assignment.get(p.name());
            int index = p.indexOf(v.label());
            if (index < 0) {
                index = v.kind() == ValueKind.OPTION ? -1 : exactNumeric(p, v);
            }
            if (index < 0) {
                throw new IllegalArgumentException(p.name() + ": " + v.label() + " is not in the value list "
                        + p.values().stream().map(ParamValue::label).toList());
            }
            genome[i] = index;
        }
        return genome;
    }

    private static int exactNumeric(Parameter p, ParamValue v) {
        int nearest = p.indexOfNearest(v);
        return nearest >= 0 && Math.abs(p.values().get(nearest).number() - v.number()) < 1e-9 ? nearest : -1;
    }

    public DesignSpace withParameter(Parameter replacement) {
        List<Parameter> list = new ArrayList<>(parameters);
        int i = indexOf(replacement.name());
        if (i < 0) {
            throw new IllegalArgumentException(replacement.name() + ": the space has no such parameter");
        }
        list.set(i, replacement);
        return new DesignSpace(list);
    }
}
