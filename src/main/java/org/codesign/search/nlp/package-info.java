/**
 * The analytical co-optimizer of the accelerator-dataflow paper (ICCAD 2022) and DOSA: the
 * relaxed model of {@code org.codesign.cost.relax} minimized by Hipparchus's SQP under
 * ε-constraints ({@link org.codesign.search.nlp.EpsilonSolver}, {@link
 * org.codesign.search.nlp.FrontSweep}), its solutions rounded to legal hardware values and
 * divisors ({@link org.codesign.search.nlp.Rounding}), and the rounded designs handed to the
 * parallel local search as its starts ({@link org.codesign.search.nlp.NlpLocalConfig}).
 */
package org.codesign.search.nlp;
