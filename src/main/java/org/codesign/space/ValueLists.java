package org.codesign.space;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builders for value lists: explicit values and numeric ranges. */
public final class ValueLists {
    private ValueLists() {}

    public static List<ParamValue> ints(long... values) {
        List<ParamValue> list = new ArrayList<>();
        for (long v : values) {
            list.add(new ParamValue.Int(v));
        }
        return List.copyOf(list);
    }

    public static List<ParamValue> decimals(double... values) {
        List<ParamValue> list = new ArrayList<>();
        for (double v : values) {
            list.add(new ParamValue.Decimal(v));
        }
        return List.copyOf(list);
    }

    public static List<ParamValue> decimals(List<Double> values) {
        return values.stream().<ParamValue>map(ParamValue.Decimal::new).toList();
    }

    public static List<ParamValue> options(String... names) {
        List<ParamValue> list = new ArrayList<>();
        for (String n : names) {
            list.add(new ParamValue.Option(n));
        }
        return List.copyOf(list);
    }

    /**
     * The numbers from {@code from} to {@code to} inclusive in steps of {@code step}, as whole
     * numbers when all three are whole. The message names the parameter when the range is empty.
     */
    public static List<ParamValue> range(String parameter, ValueKind kind, double from, double to, double step) {
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException(parameter + ": the range step must be positive, got " + format(step));
        }
        if (!Double.isFinite(from) || !Double.isFinite(to) || to < from) {
            throw new IllegalArgumentException(
                    parameter + ": the range " + format(from) + " … " + format(to) + " is empty");
        }
        long count = (long) Math.floor((to - from) / step + 1e-9) + 1;
        if (count > 10_000) {
            throw new IllegalArgumentException(parameter + ": the range has " + count + " values; at most 10000");
        }
        List<ParamValue> list = new ArrayList<>();
        BigDecimal start = BigDecimal.valueOf(from);
        BigDecimal inc = BigDecimal.valueOf(step);
        for (long i = 0; i < count; i++) {
            double x = start.add(inc.multiply(BigDecimal.valueOf(i))).doubleValue();
            list.add(kind == ValueKind.INTEGER ? new ParamValue.Int(Math.round(x)) : new ParamValue.Decimal(x));
        }
        return List.copyOf(list);
    }

    /**
     * Reads a user's comma- or space-separated list leniently: tokens that are not of the
     * expected kind are kept as options so that validation can explain them.
     */
    public static List<ParamValue> parseLenient(ValueKind kind, String text) {
        List<ParamValue> list = new ArrayList<>();
        for (String token : text.split("[,;\\s]+")) {
            if (!token.isEmpty()) {
                list.add(parseToken(kind, token));
            }
        }
        return List.copyOf(list);
    }

    private static ParamValue parseToken(ValueKind kind, String token) {
        if (kind == ValueKind.OPTION) {
            return new ParamValue.Option(token);
        }
        try {
            if (kind == ValueKind.INTEGER && token.matches("[-+]?\\d+")) {
                return new ParamValue.Int(Long.parseLong(token));
            }
            double x = Double.parseDouble(token);
            if (Double.isFinite(x)) {
                return new ParamValue.Decimal(x);
            }
        } catch (NumberFormatException e) {
            // not a number: kept as written
        }
        return new ParamValue.Option(token);
    }

    /** "3, 5, 7". */
    public static String join(List<ParamValue> values) {
        return String.join(", ", values.stream().map(ParamValue::label).toList());
    }

    static String format(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
