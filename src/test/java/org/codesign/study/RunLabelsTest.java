package org.codesign.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.codesign.eval.CodesignMode;
import org.junit.jupiter.api.Test;

/** Runs are called by their names everywhere; a duplicated name gets the id, a missing one is the id. */
class RunLabelsTest {
    private static RunRecord run(String id, String name) {
        return new RunRecord(
                id,
                name,
                "nsga2",
                CodesignMode.JOINT,
                1,
                1,
                10,
                Map.of(),
                RunRecord.Status.FINISHED,
                "2026-12-06T00:00:00Z",
                0,
                List.of(),
                List.of());
    }

    @Test
    void namesAreTheLabelsAndDuplicatesAreToldApartByTheirIds() {
        Map<String, String> labels = RunLabels.of(List.of(
                run("run-1", "NSGA-II · joint · seed 1"),
                run("run-2", "NSGA-II · joint · seed 1"),
                run("run-3", "  baseline "),
                run("run-4", " ")));
        assertThat(labels)
                .containsExactly(
                        Map.entry("run-1", "NSGA-II · joint · seed 1 (run-1)"),
                        Map.entry("run-2", "NSGA-II · joint · seed 1 (run-2)"),
                        Map.entry("run-3", "baseline"),
                        Map.entry("run-4", "run-4"));
    }
}
