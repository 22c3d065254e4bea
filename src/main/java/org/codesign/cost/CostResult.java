package org.codesign.cost;

/**
 * What a cost model says about a network on one hardware configuration: its {@link NetworkCost},
 * or {@link Infeasible} with the reason the hardware cannot run it. Infeasibility is an answer,
 * not an error, so it is returned; exceptions from a cost model are bugs or bad input.
 */
public sealed interface CostResult permits NetworkCost, CostResult.Infeasible {

    /** The hardware cannot run the network at all; {@code reason} names the part and why. */
    record Infeasible(String reason) implements CostResult {

        public Infeasible {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason: an infeasible result must say why");
            }
        }
    }

    /**
     * The cost, for callers that know the point is feasible (calibration, tests).
     *
     * @throws IllegalStateException with the reason when it is infeasible
     */
    default NetworkCost orElseThrow() {
        if (this instanceof Infeasible no) {
            throw new IllegalStateException("infeasible: " + no.reason());
        }
        return (NetworkCost) this;
    }
}
