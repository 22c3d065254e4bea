/**
 * Headless experiments that reproduce the published comparisons behind the bundled samples:
 * each runs a sample's methods over several seeds with equal evaluation budgets, compares
 * them with the paper's measure, and produces a Markdown report with PNG plots. An experiment
 * is data ({@link org.codesign.experiment.Experiment}: arms × seeds × budget and the analysis
 * it names); {@link org.codesign.experiment.ExperimentRunner} runs any of them. Plain Java
 * (the plots use JFreeChart on java.awt); sits between {@code study} and {@code cli}.
 */
package org.codesign.experiment;
