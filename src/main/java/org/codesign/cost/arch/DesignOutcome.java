package org.codesign.cost.arch;

/**
 * What a configuration builds to: an {@link AcceleratorDesign}, or {@link Unsupported} when the
 * energy and area tables or the parameters cannot make one (a hardware limit, not an error).
 */
public sealed interface DesignOutcome permits AcceleratorDesign, DesignOutcome.Unsupported {

    /** The templates cannot build the configuration; {@code reason} names the parameter and why. */
    record Unsupported(String reason) implements DesignOutcome {

        public Unsupported {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason: an unsupported outcome must say why");
            }
        }
    }

    /**
     * The design, for callers that know the configuration is supported (tests, benchmarks).
     *
     * @throws IllegalStateException with the reason when it is unsupported
     */
    default AcceleratorDesign orElseThrow() {
        if (this instanceof Unsupported no) {
            throw new IllegalStateException("unsupported: " + no.reason());
        }
        return (AcceleratorDesign) this;
    }
}
