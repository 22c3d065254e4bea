package org.codesign.search;

/** How far a mutated gene moves when it is stepped rather than reset. */
public enum StepKind {
    /** Uniformly 1..maxStep indices up or down: suits genes with few values. */
    UNIFORM,
    /**
     * A polynomial-mutation-like step scaled to the gene's cardinality: the relative step
     * {@code delta} follows Deb's polynomial distribution with the given distribution index and the
     * index moves by {@code max(1, round(|delta| * (cardinality - 1)))}: mostly small steps, sometimes
     * large, whatever the number of values (suits finely discretized continuous variables).
     */
    POLYNOMIAL
}
