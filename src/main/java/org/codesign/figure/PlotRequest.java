package org.codesign.figure;

import java.util.List;
import java.util.Set;

/**
 * What {@code codesign plot} draws of a study: quantities by id on x, y and optionally z, what
 * the colour says, which runs, whether only the Pareto front.
 *
 * @param z null for a 2D figure
 * @param colour {@code pareto} (the front against the rest), {@code run}, or a quantity id for a colour ramp
 * @param size a quantity id that sets the dots' size (in the four {@link SizeSteps}, in 2D and in the cube), or null for one size
 * @param runs run ids or names; empty for every run
 * @param log the axes on a log scale: any of {@code x}, {@code y}, {@code z}, {@code colour}, {@code size}
 */
public record PlotRequest(
        String x, String y, String z, String colour, String size, List<String> runs, boolean pareto, Set<String> log) {
    public static final String PARETO = "pareto";
    public static final String RUN = "run";

    public PlotRequest {
        colour = colour == null || colour.isBlank() ? PARETO : colour;
        size = size == null || size.isBlank() ? null : size;
        runs = List.copyOf(runs);
        log = Set.copyOf(log);
        for (String axis : log) {
            if (!Set.of("x", "y", "z", "colour", "size").contains(axis)) {
                throw new IllegalArgumentException("log: expected x, y, z, colour or size, got '" + axis + "'");
            }
        }
    }
}
