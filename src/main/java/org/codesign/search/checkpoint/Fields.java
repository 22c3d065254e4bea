package org.codesign.search.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading required fields of a checkpoint, with messages that name the missing or malformed one. */
final class Fields {
    private Fields() {}

    static JsonNode required(JsonNode o, String name) {
        JsonNode v = o == null ? null : o.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("checkpoint: the field '" + name + "' is missing");
        }
        return v;
    }

    static String text(JsonNode o, String name) {
        JsonNode v = required(o, name);
        if (!v.isTextual()) {
            throw malformed(name, "a string");
        }
        return v.textValue();
    }

    static long longValue(JsonNode o, String name) {
        JsonNode v = required(o, name);
        if (!v.canConvertToLong() || !v.isIntegralNumber()) {
            throw malformed(name, "an integer");
        }
        return v.longValue();
    }

    static int intValue(JsonNode o, String name) {
        JsonNode v = required(o, name);
        if (!v.isInt()) {
            throw malformed(name, "an integer");
        }
        return v.intValue();
    }

    static boolean bool(JsonNode o, String name) {
        JsonNode v = required(o, name);
        if (!v.isBoolean()) {
            throw malformed(name, "true or false");
        }
        return v.booleanValue();
    }

    static JsonNode array(JsonNode o, String name) {
        JsonNode v = required(o, name);
        if (!v.isArray()) {
            throw malformed(name, "an array");
        }
        return v;
    }

    static JsonNode object(JsonNode o, String name) {
        JsonNode v = required(o, name);
        if (!v.isObject()) {
            throw malformed(name, "an object");
        }
        return v;
    }

    static int[] ints(JsonNode o, String name) {
        JsonNode a = array(o, name);
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            if (!a.get(i).isInt()) {
                throw malformed(name, "an array of integers");
            }
            out[i] = a.get(i).intValue();
        }
        return out;
    }

    static double[] doubles(JsonNode o, String name) {
        JsonNode a = array(o, name);
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(a.get(i), name);
        }
        return out;
    }

    /** A number, or one of the strings "Infinity", "-Infinity", "NaN" for the non-finite values. */
    static double number(JsonNode v, String name) {
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            switch (v.textValue()) {
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                case "NaN":
                    return Double.NaN;
                default:
                    break;
            }
        }
        throw malformed(name, "numbers");
    }

    private static IllegalArgumentException malformed(String name, String what) {
        return new IllegalArgumentException("checkpoint: the field '" + name + "' must be " + what);
    }
}
