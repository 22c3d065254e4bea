package org.codesign.accuracy;

/**
 * Per-family terms of the accuracy model: {@code offset} sets how much error the family has at
 * the reference capacity, {@code curvature} how fast extra capacity removes it.
 */
public record FamilyCoefficients(double offset, double curvature) {}
