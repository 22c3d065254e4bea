package org.codesign.search.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.StandardModels;
import org.codesign.search.RunSnapshot;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.study.StudyRuns;
import org.junit.jupiter.api.Test;

class NlpLocalRefineTest {

    @Test
    void refineRoundsEvaluateAFewNeighboursPerWalker() throws Exception {
        Study study = Samples.load("accelerator-dataflow.codesign.json");
        RunSpec spec = RunSpec.of(Algorithm.NLP_LOCAL, CodesignMode.HARDWARE_ONLY, 60, 1)
                .withThreads(2)
                .withStarts(4);
        List<RunSnapshot> refine = Collections.synchronizedList(new ArrayList<>());
        try (CodesignRun run = StudyRuns.newRun(
                study,
                spec,
                StandardModels.evaluator(
                        study.model().accuracyModel(), study.model().mapperObjective()))) {
            run.addListener(s -> {
                if (s.message().startsWith("refine")) {
                    refine.add(s);
                }
            });
            assertThat(run.runToEnd().evaluations()).isEqualTo(60);
        }
        assertThat(refine).isNotEmpty();
        // 4 walkers × NlpLocalSearch.REFINE_SCAN new neighbours, not every walker's whole neighbourhood
        assertThat(refine)
                .allSatisfy(
                        s -> assertThat(s.newlyEvaluated().size()).isLessThanOrEqualTo(4 * NlpLocalSearch.REFINE_SCAN));
        assertThat(refine).anySatisfy(s -> assertThat(s.newlyEvaluated()).isNotEmpty());
    }
}
