package org.codesign.search;

/** Crossover on value indices. */
public enum CrossoverKind {
    /** Each gene comes from either parent with probability 1/2. */
    UNIFORM,
    /** The genes between two random cut points are swapped. */
    TWO_POINT
}
