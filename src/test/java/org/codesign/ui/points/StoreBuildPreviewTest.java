package org.codesign.ui.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.codesign.eval.Objective;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunPoints;
import org.codesign.study.StudyFront;
import org.junit.jupiter.api.Test;

/**
 * A large study's preview (issue 12.2) is faithful: the front read from the sources' columns
 * before any entry exists is the whole sort's, the preview holds every point of it, flagged, and
 * every k-th point besides; the whole build reusing that front flags what a build computing its
 * own does.
 */
class StoreBuildPreviewTest {
    private final List<Objective> objectives = TestPoints.study().objectives();

    /** Three runs, one read from row 1,000 on and one empty: the front's row k crosses sources. */
    private final List<EvaluatedPoint> a = TestPoints.cloud(12_000, 0, 3);

    private final List<EvaluatedPoint> b = TestPoints.cloud(9_000, 50_000, 5);
    private final List<StoreBuild.Source> sources = List.of(
            new StoreBuild.Source("run-1", RunPoints.of(a), 0, false),
            new StoreBuild.Source("run-2", RunPoints.EMPTY, 0, false),
            new StoreBuild.Source("run-3", RunPoints.of(b), 1_000, false));

    private List<EvaluatedPoint> rows() {
        List<EvaluatedPoint> all = new ArrayList<>(a);
        all.addAll(b.subList(1_000, b.size()));
        return all;
    }

    @Test
    void theFrontFromTheColumnsIsTheWholeSorts() {
        BitSet expected = StudyFront.paretoMask(rows(), objectives);
        assertThat(expected.cardinality()).isGreaterThan(10);
        assertThat(StoreBuild.front(sources, objectives)).isEqualTo(expected);
    }

    @Test
    void thePreviewHoldsTheWholeFrontFlaggedAndEveryKthPoint() {
        List<EvaluatedPoint> rows = rows();
        BitSet front = StoreBuild.front(sources, objectives);
        StoreBuild.Result preview = StoreBuild.preview(sources, objectives, 1_000, front);

        int stride = (rows.size() + 999) / 1_000; // 20,000 rows, 1,000 at most: every 20th
        List<Long> expected = new ArrayList<>();
        List<Long> expectedFront = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            if (k % stride == 0 || front.get(k)) {
                expected.add(rows.get(k).index());
            }
            if (front.get(k)) {
                expectedFront.add(rows.get(k).index());
            }
        }
        assertThat(preview.entries()).extracting(PointEntry::index).containsExactlyElementsOf(expected);
        assertThat(preview.entries().stream().filter(PointEntry::pareto).map(PointEntry::index))
                .containsExactlyElementsOf(expectedFront);
        for (int i = 0; i < preview.entries().size(); i++) {
            assertThat(preview.entries().get(i).position()).isEqualTo(i);
            assertThat(preview.front().get(i))
                    .isEqualTo(preview.entries().get(i).pareto());
        }
        assertThat(preview.entries().size()).isLessThanOrEqualTo(1_000 + front.cardinality());
    }

    @Test
    void theWholeBuildReusingTheFrontFlagsWhatItsOwnSortDoes() {
        BitSet front = StoreBuild.front(sources, objectives);
        StoreBuild.Result reused = StoreBuild.build(sources, objectives, StoreBuild.Progress.NONE, front);
        StoreBuild.Result own = StoreBuild.build(sources, objectives, StoreBuild.Progress.NONE);
        BitSet sorted = StoreBuild.paretoMask(own.entries(), objectives);
        assertThat(own.front()).isEqualTo(sorted);
        assertThat(reused.front()).isEqualTo(sorted);
        assertThat(reused.entries()).hasSize(20_000);
        for (PointEntry e : reused.entries()) {
            assertThat(e.pareto()).isEqualTo(sorted.get(e.position()));
        }
    }
}
