package org.codesign.search;

/**
 * Per-gene mutation on value indices. A mutated gene is reset to a different random value with
 * probability {@code resetProbability}, otherwise stepped up or down (see {@link StepKind}); a
 * step that would leave the value range goes the other way. Genes with one value never change.
 *
 * @param rate probability that a gene mutates; 0 means one over the genome length
 * @param resetProbability probability that a mutation is a random reset rather than a step
 * @param stepKind how far a step goes
 * @param maxStep largest step for {@link StepKind#UNIFORM}
 * @param distributionIndex distribution index for {@link StepKind#POLYNOMIAL} (larger = smaller steps)
 */
public record MutationSettings(
        double rate, double resetProbability, StepKind stepKind, int maxStep, double distributionIndex) {

    public MutationSettings {
        Checks.probability("mutation.rate", rate);
        Checks.probability("mutation.resetProbability", resetProbability);
        Checks.notNull("mutation.stepKind", stepKind);
        Checks.atLeast("mutation.maxStep", maxStep, 1);
        Checks.positiveFinite("mutation.distributionIndex", distributionIndex);
    }

    /** Rate 1/length, 10% resets, otherwise +-1: for co-design genes with a handful of values. */
    public static MutationSettings defaults() {
        return new MutationSettings(0, 0.1, StepKind.UNIFORM, 1, 20);
    }

    /** Rate 1/length, no resets, polynomial steps with index {@code eta}: for discretized real variables. */
    public static MutationSettings polynomial(double eta) {
        return new MutationSettings(0, 0, StepKind.POLYNOMIAL, 1, eta);
    }

    public double effectiveRate(int genomeLength) {
        return rate > 0 ? rate : 1.0 / genomeLength;
    }
}
