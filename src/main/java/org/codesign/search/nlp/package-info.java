/**
 * The analytical co-optimizer of the accelerator-dataflow paper (ICCAD 2022) and DOSA: the
 * relaxed model of {@code org.codesign.cost.relax} minimized by an augmented Lagrangian under
 * ε-constraints ({@link org.codesign.search.nlp.EpsilonSolver}, {@link
 * org.codesign.search.nlp.FrontSweep}), its solutions' hardware rounded to legal values ({@link
 * org.codesign.search.nlp.Rounding}; the mapper then picks each layer's legal divisors), and the
 * rounded designs handed to the parallel local search as its starts ({@link
 * org.codesign.search.nlp.NlpLocalConfig}, {@link org.codesign.search.nlp.SeedOrder}).
 */
package org.codesign.search.nlp;
