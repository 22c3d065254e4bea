package org.codesign.cost.gpu;

/** A published nvpmodel power mode of a board and its power budget in watts. */
public record PowerMode(String name, double budgetW) {

    public PowerMode {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: a power mode needs a name");
        }
        if (!(budgetW > 0)) {
            throw new IllegalArgumentException("budgetW: must be positive, got " + budgetW);
        }
    }
}
