package org.codesign.search.codesign;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.codesign.search.BatchEvaluator;
import org.codesign.search.Evaluation;
import org.codesign.search.EvaluatorBackend;
import org.codesign.search.Problem;
import org.codesign.space.CodesignSpace;

/**
 * A run's batches as designs for a {@link DesignBatches}: genomes are decoded here, the designs'
 * metrics come back, and the objectives and constraints are applied here, by the same code as a
 * local evaluation, so a remote run finds what a local one does.
 */
final class DesignBatchEvaluator implements BatchEvaluator {
    private final CodesignProblem problem;
    private final UnaryOperator<int[]> toJoint;
    private final DesignBatches batches;

    private DesignBatchEvaluator(CodesignProblem problem, UnaryOperator<int[]> toJoint, DesignBatches batches) {
        this.problem = problem;
        this.toJoint = toJoint;
        this.batches = batches;
    }

    /** The backend of a co-design run (its phase problems fix genes of a {@link CodesignProblem}). */
    static EvaluatorBackend backend(DesignBatches batches) {
        return (phase, threads) -> open(phase, batches);
    }

    private static DesignBatchEvaluator open(Problem phase, DesignBatches batches) {
        if (phase instanceof CodesignProblem p) {
            return new DesignBatchEvaluator(p, UnaryOperator.identity(), batches);
        }
        if (phase instanceof FixedGenesProblem f && f.full() instanceof CodesignProblem p) {
            return new DesignBatchEvaluator(p, f::toFull, batches);
        }
        throw new IllegalArgumentException("problem: a design backend evaluates co-design problems only");
    }

    @Override
    public Evaluation[] evaluate(List<int[]> genomes, BooleanSupplier cancelled) {
        List<CodesignSpace.Point> designs = new ArrayList<>(genomes.size());
        for (int[] g : genomes) {
            designs.add(problem.space().decode(toJoint.apply(g)));
        }
        DesignResult[] results = batches.evaluate(designs, cancelled);
        Evaluation[] out = new Evaluation[results.length];
        for (int i = 0; i < results.length; i++) {
            out[i] = results[i] == null ? null : problem.evaluation(results[i]);
        }
        return out;
    }

    /** The batches belong to whoever opened them (one cluster serves every phase and run). */
    @Override
    public void close() {}
}
