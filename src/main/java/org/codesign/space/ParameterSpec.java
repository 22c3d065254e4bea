package org.codesign.space;

import java.util.ArrayList;
import java.util.List;

/**
 * A template's rule for one parameter: its name, unit, kind, the range (numbers) or the known
 * options, and what it means. {@link #check} explains what is wrong with a value list.
 */
public record ParameterSpec(
        String name,
        String unit,
        ValueKind kind,
        double min,
        double max,
        boolean oddOnly,
        List<String> options,
        String description) {

    public ParameterSpec {
        options = List.copyOf(options);
    }

    public static ParameterSpec integer(String name, String unit, long min, long max, String description) {
        return new ParameterSpec(name, unit, ValueKind.INTEGER, min, max, false, List.of(), description);
    }

    public static ParameterSpec oddInteger(String name, String unit, long min, long max, String description) {
        return new ParameterSpec(name, unit, ValueKind.INTEGER, min, max, true, List.of(), description);
    }

    public static ParameterSpec decimal(String name, String unit, double min, double max, String description) {
        return new ParameterSpec(name, unit, ValueKind.DECIMAL, min, max, false, List.of(), description);
    }

    public static ParameterSpec option(String name, List<String> options, String description) {
        return new ParameterSpec(name, "", ValueKind.OPTION, Double.NaN, Double.NaN, false, options, description);
    }

    /** Problems with a value list for this parameter, each message starting with the parameter name. */
    public List<String> check(List<ParamValue> values) {
        List<String> problems = new ArrayList<>();
        if (values.isEmpty()) {
            problems.add(name + ": the value list is empty; give at least one value");
            return problems;
        }
        List<String> seen = new ArrayList<>();
        for (ParamValue v : values) {
            if (v.kind() != kind && !(kind == ValueKind.DECIMAL && v.kind() == ValueKind.INTEGER)) {
                problems.add(name + ": '" + v.label() + "' is not " + describeKind());
                continue;
            }
            if (seen.contains(v.label())) {
                problems.add(name + ": '" + v.label() + "' is listed twice");
            }
            seen.add(v.label());
            problems.addAll(checkValue(v));
        }
        return problems;
    }

    private List<String> checkValue(ParamValue v) {
        if (kind == ValueKind.OPTION) {
            return options.contains(v.label())
                    ? List.of()
                    : List.of(
                            name + ": unknown option '" + v.label() + "' (known: " + String.join(", ", options) + ")");
        }
        double x = v.number();
        if (x <= 0 && min > 0) {
            return List.of(name + ": " + v.label() + " is not positive");
        }
        if (x < min || x > max) {
            return List.of(name + ": " + v.label() + " is outside " + ValueLists.format(min) + " … "
                    + ValueLists.format(max) + (unit.isEmpty() ? "" : " " + unit));
        }
        if (oddOnly && ((long) x) % 2 == 0) {
            return List.of(name + ": " + v.label() + " must be odd");
        }
        return List.of();
    }

    private String describeKind() {
        return switch (kind) {
            case INTEGER -> "a whole number";
            case DECIMAL -> "a number";
            case OPTION -> "an option name";
        };
    }
}
