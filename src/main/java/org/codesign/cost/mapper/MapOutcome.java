package org.codesign.cost.mapper;

/**
 * What the mapper found for a layer: the best legal {@link MapResult}, or {@link Unmappable} when
 * no mapping fits the architecture (a hardware limit, not an error).
 */
public sealed interface MapOutcome permits MapResult, MapOutcome.Unmappable {

    /** No legal mapping exists (or none was found); {@code reason} names the part that is too small. */
    record Unmappable(String reason) implements MapOutcome {

        public Unmappable {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason: an unmappable outcome must say why");
            }
        }
    }

    /**
     * The mapping, for callers that know the layer fits (tests, benchmarks).
     *
     * @throws IllegalStateException with the reason when the layer cannot be mapped
     */
    default MapResult orElseThrow() {
        if (this instanceof Unmappable no) {
            throw new IllegalStateException("unmappable: " + no.reason());
        }
        return (MapResult) this;
    }
}
