package org.codesign.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EvaluationLogProperties {

    /** Genes of 0 to 31 bits, enough of them that some start a new long. */
    @Provide
    Arbitrary<int[]> cardinalities() {
        return Arbitraries.frequencyOf(
                        Tuple.of(5, Arbitraries.integers().between(1, 1000)),
                        Tuple.of(1, Arbitraries.integers().between(1, Integer.MAX_VALUE)))
                .array(int[].class)
                .ofMinSize(1)
                .ofMaxSize(12)
                .injectDuplicates(0.3)
                .edgeCases(c -> c.add(new int[] {1, 1}).add(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, 3}));
    }

    @Property(tries = 60)
    void theLogReturnsWhatWasAppended(
            @ForAll("cardinalities") int[] cardinalities,
            @ForAll @IntRange(min = 0, max = 3) int constraints,
            @ForAll @IntRange(max = 200) int rows,
            @ForAll long seed) {
        SplitMix random = new SplitMix(seed);
        EvaluationLog log = new EvaluationLog(cardinalities, 2, constraints, null);
        List<Individual> appended = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Individual ind = new Individual(
                    SearchSpace.randomGenome(cardinalities, random),
                    evaluation(random, constraints),
                    i,
                    random.nextInt(50));
            assertThat(log.append(ind.genome(), ind.evaluation(), ind.step())).isEqualTo(i);
            appended.add(ind);
        }
        assertThat(log.size()).isEqualTo(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(log.get(i)).isEqualTo(appended.get(i));
        }
        assertThat(log.view()).isEqualTo(appended);
        int from = rows / 3;
        assertThat(log.view(from, rows)).isEqualTo(appended.subList(from, rows));
    }

    @Property(tries = 60)
    void theIndexFindsExactlyTheAppendedGenomes(
            @ForAll("cardinalities") int[] cardinalities, @ForAll @IntRange(max = 400) int draws, @ForAll long seed) {
        SplitMix random = new SplitMix(seed);
        EvaluationLog log = new EvaluationLog(cardinalities, 1, 0, null);
        GenomeIndex index = new GenomeIndex(log);
        Map<List<Integer>, Integer> expected = new HashMap<>();
        for (int i = 0; i < draws; i++) {
            int[] g = SearchSpace.randomGenome(cardinalities, random);
            if (index.find(g) < 0) {
                int row = log.append(g, Evaluation.of(i), 0);
                index.put(row);
                expected.put(key(g), row);
            }
        }
        assertThat(index.size()).isEqualTo(expected.size());
        for (int row = 0; row < log.size(); row++) {
            int[] g = log.get(row).genome();
            assertThat(index.find(g)).isEqualTo(row);
        }
        for (int i = 0; i < 200; i++) {
            int[] g = SearchSpace.randomGenome(cardinalities, random);
            assertThat(index.find(g)).isEqualTo(expected.getOrDefault(key(g), -1));
        }
    }

    @Property(tries = 40)
    void viewsReadLikeTheListsTheyStandFor(
            @ForAll @IntRange(min = 1, max = 60) int first,
            @ForAll @IntRange(max = 60) int second,
            @ForAll @IntRange(max = 1000) int offset,
            @ForAll("ranges") int[] range) {
        int[] card = {3, 300};
        EvaluationLog a = new EvaluationLog(card, 1, 0, null);
        EvaluationLog b = new EvaluationLog(card, 1, 0, null);
        for (int i = 0; i < first; i++) {
            a.append(new int[] {i % 3, i}, Evaluation.of(i), i);
        }
        for (int i = 0; i < second; i++) {
            b.append(new int[] {i % 3, 299 - i}, Evaluation.of(-i), 2 * i);
        }
        PointView joined = a.view().concat(b.view().translated(first, offset, g -> new int[] {g[1], g[0]}));
        List<Individual> expected = new ArrayList<>(a.view());
        for (Individual ind : b.view()) {
            int[] g = ind.genome();
            expected.add(
                    new Individual(new int[] {g[1], g[0]}, ind.evaluation(), first + ind.index(), offset + ind.step()));
        }
        assertThat(joined).isEqualTo(expected);
        int n = expected.size();
        int from = Math.min(range[0], n);
        int to = Math.max(from, Math.min(range[1], n));
        assertThat(joined.subList(from, to)).isEqualTo(expected.subList(from, to));
    }

    @Provide
    Arbitrary<int[]> ranges() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 120),
                        Arbitraries.integers().between(0, 120))
                .as((x, y) -> new int[] {Math.min(x, y), Math.max(x, y)});
    }

    @Test
    void rowsSpanningBlocksAndAViewTakenBeforeGrowthReadBack() {
        int rows = 3 * EvaluationLog.BLOCK + 17;
        EvaluationLog log = new EvaluationLog(new int[] {256, 70_000}, 1, 1, null);
        PointView early = null;
        for (int i = 0; i < rows; i++) {
            log.append(new int[] {i % 256, i % 70_000}, Evaluation.of(new double[] {i}, new double[] {i % 2}), i / 10);
            if (i == EvaluationLog.BLOCK) {
                early = log.view();
            }
        }
        assertThat(early).hasSize(EvaluationLog.BLOCK + 1);
        assertThat(early.get(EvaluationLog.BLOCK).genome())
                .containsExactly(EvaluationLog.BLOCK % 256, EvaluationLog.BLOCK);
        Individual last = log.get(rows - 1);
        assertThat(last.genome()).containsExactly((rows - 1) % 256, rows - 1);
        assertThat(last.evaluation().objective(0)).isEqualTo(rows - 1);
        assertThat(last.evaluation().violations()).containsExactly((rows - 1) % 2);
        assertThat(last.step()).isEqualTo((rows - 1) / 10);
    }

    @Test
    void aGeneOutsideItsValuesIsRefusedNotTruncated() {
        EvaluationLog log = new EvaluationLog(new int[] {4, 3}, 1, 0, null);
        assertThatThrownBy(() -> log.append(new int[] {1, 3}, Evaluation.of(0), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("genome: gene 1 is 3, outside [0, 3)");
        assertThat(log.size()).isZero();
    }

    @Test
    void payloadsTheColumnsCannotHoldAreKeptAsObjects() {
        PayloadColumns positiveOnly = new PayloadColumns() {
            @Override
            public int width() {
                return 1;
            }

            @Override
            public boolean write(Object payload, double[] row, int offset) {
                if (!(payload instanceof Double d) || d <= 0) {
                    return false;
                }
                row[offset] = d;
                return true;
            }

            @Override
            public Object read(double[] row, int offset) {
                return row[offset];
            }
        };
        EvaluationLog log = new EvaluationLog(new int[] {4}, 1, 0, positiveOnly);
        log.append(new int[] {0}, Evaluation.of(1).withPayload(2.5), 0);
        log.append(new int[] {1}, Evaluation.of(1).withPayload(-1.0), 0);
        log.append(new int[] {2}, Evaluation.of(1).withPayload("text"), 0);
        log.append(new int[] {3}, Evaluation.of(1), 0);
        assertThat(log.view().stream().map(i -> i.evaluation().payload())).containsExactly(2.5, -1.0, "text", null);
    }

    private static Evaluation evaluation(SplitMix random, int constraints) {
        if (random.nextInt(5) == 0) {
            return Evaluation.infeasible("reason " + random.nextInt(3), 2, constraints)
                    .withPayload(random.nextInt(2) == 0 ? null : "payload " + random.nextInt(4));
        }
        double[] f = {random.nextDouble() - 0.5, random.nextInt(3) == 0 ? -0.0 : random.nextDouble() * 1e9};
        double[] v = new double[constraints];
        for (int i = 0; i < constraints; i++) {
            v[i] = random.nextInt(2) == 0 ? 0 : random.nextDouble();
        }
        return new Evaluation(f, v, null, random.nextInt(3) == 0 ? List.of(random.nextInt(9)) : null);
    }

    private static List<Integer> key(int[] genome) {
        return Arrays.stream(genome).boxed().toList();
    }
}
