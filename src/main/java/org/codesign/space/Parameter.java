package org.codesign.space;

import java.util.List;

/** A parameter of a design space: a name and its ordered list of allowed values. */
public record Parameter(String name, List<ParamValue> values) {

    public Parameter {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter name must not be empty");
        }
        values = List.copyOf(values);
    }

    public int cardinality() {
        return values.size();
    }

    public ParamValue value(int index) {
        if (index < 0 || index >= values.size()) {
            throw new IllegalArgumentException(
                    name + ": value index " + index + " is outside 0 … " + (values.size() - 1));
        }
        return values.get(index);
    }

    /** The index of the value with this label, or -1. */
    public int indexOf(String label) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the numerically nearest value (options: exact label match), or -1. */
    public int indexOfNearest(ParamValue target) {
        if (target.kind() == ValueKind.OPTION) {
            return indexOf(target.label());
        }
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < values.size(); i++) {
            ParamValue v = values.get(i);
            if (v.kind() == ValueKind.OPTION) {
                continue;
            }
            double d = Math.abs(v.number() - target.number());
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    public Parameter withValues(List<ParamValue> newValues) {
        return new Parameter(name, newValues);
    }
}
