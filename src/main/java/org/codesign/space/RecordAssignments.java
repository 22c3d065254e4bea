package org.codesign.space;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoding and assigning configuration records whose components are the space's parameters
 * (the hardware templates: parameter name = record component = file key). Components may be
 * int, double, String (an option) or an enum with {@code parse(String)} and {@code label()}.
 */
final class RecordAssignments {
    private RecordAssignments() {}

    static <R extends Record> R decode(Class<R> type, Assignment a) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            Class<?> t = components[i].getType();
            if (t == int.class) {
                args[i] = a.integer(name);
            } else if (t == double.class) {
                args[i] = a.decimal(name);
            } else if (t == String.class) {
                args[i] = a.option(name);
            } else if (t.isEnum()) {
                args[i] = invokeStatic(t, "parse", a.option(name));
            } else {
                throw new IllegalStateException(type.getSimpleName() + "." + name + ": unsupported type " + t);
            }
        }
        try {
            Constructor<R> c = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Assignment assign(Record config, Assignment fallback) {
        Map<String, ParamValue> v = new LinkedHashMap<>(fallback.values());
        for (RecordComponent c : config.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(config);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            ParamValue p;
            if (value instanceof Integer i) {
                p = new ParamValue.Int(i);
            } else if (value instanceof Double d) {
                p = new ParamValue.Decimal(d);
            } else if (value instanceof Enum<?> e) {
                p = new ParamValue.Option((String) invoke(e, "label"));
            } else {
                p = new ParamValue.Option(String.valueOf(value));
            }
            v.put(c.getName(), p);
        }
        return new Assignment(v);
    }

    private static Object invokeStatic(Class<?> type, String method, String arg) {
        try {
            return type.getMethod(method, String.class).invoke(null, arg);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
