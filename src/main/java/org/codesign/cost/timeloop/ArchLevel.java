package org.codesign.cost.timeloop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * One level of a Timeloop architecture flattened as Timeloop sees it, outermost first: a storage
 * component, the compute component, or the data-less container level ({@code inter_NAME_spatial})
 * that a spatial fan-out becomes. {@code instances} and the mesh are totals on the chip;
 * {@code attributes} include those inherited from enclosing containers. {@code keep} and
 * {@code bypass} are the data spaces the architecture's constraints name (empty when none).
 */
public record ArchLevel(
        String name,
        Kind kind,
        String className,
        ObjectNode attributes,
        int instances,
        int meshX,
        int meshY,
        Set<String> keep,
        Set<String> bypass,
        TimeloopSpec.Node where) {

    public enum Kind {
        STORAGE,
        COMPUTE,
        CONTAINER
    }

    public ArchLevel {
        keep = Set.copyOf(keep);
        bypass = Set.copyOf(bypass);
    }
}
