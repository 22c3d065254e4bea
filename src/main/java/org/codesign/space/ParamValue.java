package org.codesign.space;

import java.math.BigDecimal;

/** One allowed value of a parameter: a whole number, a decimal or a named option. */
public sealed interface ParamValue permits ParamValue.Int, ParamValue.Decimal, ParamValue.Option {

    /** How the value is written in files and shown to users. */
    String label();

    ValueKind kind();

    /** The value as a number; options have none. */
    double number();

    record Int(long value) implements ParamValue {
        @Override
        public String label() {
            return Long.toString(value);
        }

        @Override
        public ValueKind kind() {
            return ValueKind.INTEGER;
        }

        @Override
        public double number() {
            return value;
        }
    }

    record Decimal(double value) implements ParamValue {
        public Decimal {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a decimal value must be finite, got " + value);
            }
        }

        @Override
        public String label() {
            return BigDecimal.valueOf(value).toPlainString();
        }

        @Override
        public ValueKind kind() {
            return ValueKind.DECIMAL;
        }

        @Override
        public double number() {
            return value;
        }
    }

    record Option(String name) implements ParamValue {
        public Option {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("an option name must not be empty");
            }
        }

        @Override
        public String label() {
            return name;
        }

        @Override
        public ValueKind kind() {
            return ValueKind.OPTION;
        }

        @Override
        public double number() {
            throw new UnsupportedOperationException("option '" + name + "' has no numeric value");
        }
    }

    static ParamValue of(long value) {
        return new Int(value);
    }

    static ParamValue of(double value) {
        return new Decimal(value);
    }

    static ParamValue of(String option) {
        return new Option(option);
    }

    /** Parses a user's text as a value of the given kind; the message names the parameter. */
    static ParamValue parse(String parameter, ValueKind kind, String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(parameter + ": empty value");
        }
        try {
            return switch (kind) {
                case INTEGER -> new Int(Long.parseLong(t));
                case DECIMAL -> new Decimal(Double.parseDouble(t));
                case OPTION -> new Option(t);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    parameter + ": '" + t + "' is not " + (kind == ValueKind.INTEGER ? "a whole number" : "a number"),
                    e);
        }
    }
}
