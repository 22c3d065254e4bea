package org.codesign.space;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A family of configurations with editable value lists: its parameters' rules, a default space,
 * and the mapping between a decoded genome and a configuration.
 *
 * @param <C> the configuration type ({@link NetworkConfig} or {@link HardwareConfig})
 */
public interface SpaceTemplate<C> {

    /** The name used in files, e.g. {@code mbv3-ofa}. */
    String name();

    /** One line for users. */
    String description();

    List<ParameterSpec> specs();

    DesignSpace defaultSpace();

    /** The configuration an assignment of a valid space stands for. */
    C decode(Assignment assignment);

    /**
     * The assignment that stands for a configuration (the inverse of {@link #decode}); values
     * of inactive parameters (for example kernels of blocks beyond a stage's depth) are taken
     * from {@code fallback}.
     */
    Assignment assign(C config, Assignment fallback);

    /** Number of distinct configurations (fewer than genomes when some genes can be inactive). */
    default BigInteger configurationCount(DesignSpace space) {
        return space.genomeCount();
    }

    default ParameterSpec spec(String parameter) {
        for (ParameterSpec s : specs()) {
            if (s.name().equals(parameter)) {
                return s;
            }
        }
        return null;
    }

    /** Everything wrong with a space for this template; each message names the parameter. */
    default List<String> validate(DesignSpace space) {
        List<String> problems = new ArrayList<>();
        for (Parameter p : space.parameters()) {
            ParameterSpec spec = spec(p.name());
            if (spec == null) {
                problems.add(p.name() + ": unknown parameter for template " + name());
            } else {
                problems.addAll(spec.check(p.values()));
            }
        }
        for (ParameterSpec s : specs()) {
            if (space.indexOf(s.name()) < 0) {
                problems.add(s.name() + ": missing from the space (template " + name() + " needs it)");
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(validateCombination(space));
        }
        return problems;
    }

    /** Template-specific rules across parameters (after every list is valid on its own). */
    default List<String> validateCombination(DesignSpace space) {
        return List.of();
    }
}
