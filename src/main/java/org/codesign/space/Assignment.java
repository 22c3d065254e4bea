package org.codesign.space;

import java.util.LinkedHashMap;
import java.util.Map;

/** The value chosen for each parameter of a space (a decoded genome), by parameter name. */
public record Assignment(Map<String, ParamValue> values) {

    public Assignment {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public ParamValue get(String parameter) {
        ParamValue v = values.get(parameter);
        if (v == null) {
            throw new IllegalArgumentException(parameter + ": the space has no such parameter");
        }
        return v;
    }

    public boolean has(String parameter) {
        return values.containsKey(parameter);
    }

    public int integer(String parameter) {
        ParamValue v = get(parameter);
        double x = v.number();
        if (x != Math.rint(x)) {
            throw new IllegalArgumentException(parameter + ": " + v.label() + " is not a whole number");
        }
        return (int) x;
    }

    public double decimal(String parameter) {
        return get(parameter).number();
    }

    public String option(String parameter) {
        return get(parameter).label();
    }
}
