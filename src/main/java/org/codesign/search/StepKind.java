package org.codesign.search;

/** How far a mutated gene moves when it is stepped rather than reset. */
public enum StepKind {
    /** Uniformly 1..maxStep indices up or down: suits genes with few values. */
    UNIFORM,
    /**
     * Deb's bounded polynomial mutation applied to the index: the relative step {@code delta} follows
     * the polynomial distribution with the given distribution index, narrowed near the ends of the
     * range, and the index moves by {@code round(delta * (cardinality - 1))}, at least one. Mostly
     * small steps, sometimes large, whatever the number of values: suits finely discretized
     * continuous variables.
     */
    POLYNOMIAL
}
