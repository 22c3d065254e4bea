package org.codesign.ui.teaching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.codesign.eval.Evaluator;
import org.codesign.study.Study;
import org.codesign.teaching.TrueFront;

/**
 * The true fronts of the studies the teaching view has shown, each computed once in the background
 * (exhaustive search) and kept for as long as the window lives. A study's front depends only on its
 * spaces, objectives, constraints and models, so edits elsewhere (runs, names) reuse it.
 */
final class TrueFrontCache {
    private final Map<List<Object>, CompletableFuture<TrueFront>> fronts = new HashMap<>();
    private final Executor background;

    TrueFrontCache(Executor background) {
        this.background = background;
    }

    /** The study's true front; fails with the reason when the space is too large to enumerate. */
    CompletableFuture<TrueFront> of(Study study, Supplier<Evaluator> evaluator) {
        List<Object> key = List.of(
                study.networkSpace(), study.hardwareSpace(), study.objectives(), study.constraints(), study.model());
        return fronts.computeIfAbsent(
                key, k -> CompletableFuture.supplyAsync(() -> TrueFront.of(study, evaluator.get()), background));
    }
}
