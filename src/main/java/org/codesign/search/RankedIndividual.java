package org.codesign.search;

/**
 * A population member with its rank (0 = first front, under constraint domination) and crowding
 * distance (+Infinity at a front's ends, 0 for infeasible members).
 */
public record RankedIndividual(Individual individual, int rank, double crowding) {}
