package org.codesign.space;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imported Timeloop architectures: {@code architecture} lists the folders to choose from (one:
 * a fixed architecture), and every other parameter is a numeric attribute of the YAML,
 * {@code COMPONENT.ATTRIBUTE} ({@code shared_glb.depth}, {@code PE.meshX}, {@code DRAM.datawidth}),
 * whose value list the search picks from. The attributes are checked against the files when the
 * design is built.
 */
final class TimeloopTemplate implements SpaceTemplate<HardwareConfig> {
    static final String ARCHITECTURE = "architecture";

    @Override
    public String name() {
        return TimeloopHardwareConfig.TEMPLATE;
    }

    @Override
    public String description() {
        return "Imported Timeloop architecture: a folder of YAML files (arch, ERT, ART) and any numeric attribute"
                + " of its components (COMPONENT.ATTRIBUTE) as a parameter";
    }

    @Override
    public List<ParameterSpec> specs() {
        return List.of(ParameterSpec.option(ARCHITECTURE, List.of("arch"), "folder of Timeloop YAML files"));
    }

    /** The architecture's spec, and for any COMPONENT.ATTRIBUTE name a positive number. */
    @Override
    public ParameterSpec spec(String parameter) {
        if (ARCHITECTURE.equals(parameter)) {
            return specs().get(0);
        }
        if (parameter != null
                && TimeloopHardwareConfig.ATTRIBUTE.matcher(parameter).matches()) {
            return ParameterSpec.decimal(parameter, "", Double.MIN_VALUE, 1e15, "Timeloop attribute " + parameter);
        }
        return null;
    }

    @Override
    public DesignSpace defaultSpace() {
        return new DesignSpace(List.of(new Parameter(ARCHITECTURE, ValueLists.options("arch"))));
    }

    @Override
    public List<String> validate(DesignSpace space) {
        List<String> problems = new ArrayList<>();
        for (Parameter p : space.parameters()) {
            if (p.name().equals(ARCHITECTURE)) {
                if (p.values().isEmpty()) {
                    problems.add(ARCHITECTURE + ": the value list is empty; give at least one folder");
                }
                for (ParamValue v : p.values()) {
                    try {
                        TimeloopHardwareConfig.checkFolder(v.label());
                    } catch (IllegalArgumentException e) {
                        problems.add(e.getMessage());
                    }
                }
                continue;
            }
            ParameterSpec spec = spec(p.name());
            if (spec == null) {
                problems.add(p.name() + ": unknown parameter for template " + name()
                        + " (architecture, or a COMPONENT.ATTRIBUTE such as shared_glb.depth)");
            } else {
                problems.addAll(spec.check(p.values()));
            }
        }
        if (space.indexOf(ARCHITECTURE) < 0) {
            problems.add(ARCHITECTURE + ": missing from the space (template " + name() + " needs it)");
        }
        return problems;
    }

    @Override
    public HardwareConfig decode(Assignment a) {
        Map<String, Double> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, ParamValue> e : a.values().entrySet()) {
            if (!e.getKey().equals(ARCHITECTURE)) {
                attributes.put(e.getKey(), number(e.getValue()));
            }
        }
        return new TimeloopHardwareConfig(a.option(ARCHITECTURE), attributes);
    }

    private static double number(ParamValue v) {
        if (v instanceof ParamValue.Int i) {
            return i.value();
        }
        if (v instanceof ParamValue.Decimal d) {
            return d.value();
        }
        throw new IllegalArgumentException("a Timeloop attribute must be a number, got '" + v.label() + "'");
    }

    @Override
    public Assignment assign(HardwareConfig config, Assignment fallback) {
        TimeloopHardwareConfig c = (TimeloopHardwareConfig) config;
        // every attribute the space varies must be given, and only those: a genome holds no other
        for (String k : fallback.values().keySet()) {
            if (!k.equals(ARCHITECTURE) && !c.attributes().containsKey(k)) {
                throw new IllegalArgumentException("attributes: the hardware space varies " + k
                        + "; give its value (one of the space's list) in the configuration's attributes");
            }
        }
        for (String k : c.attributes().keySet()) {
            if (!fallback.values().containsKey(k)) {
                throw new IllegalArgumentException("attributes." + k + ": not a parameter of the hardware space ("
                        + String.join(", ", fallback.values().keySet()) + ")");
            }
        }
        Map<String, ParamValue> v = new LinkedHashMap<>(fallback.values());
        v.put(ARCHITECTURE, new ParamValue.Option(c.architecture()));
        c.attributes().forEach((k, x) -> v.put(k, ParamValue.of(x)));
        return new Assignment(v);
    }
}
