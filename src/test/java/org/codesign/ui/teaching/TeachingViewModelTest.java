package org.codesign.ui.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Metric;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Teaching mode's view-model without a stage, on classroom-small, with the background work run in place. */
class TeachingViewModelTest {
    /** Play's clock, ticked by hand. */
    private static final class ManualTicker implements Ticker {
        Runnable tick;
        double period;

        @Override
        public void start(double periodSeconds, Runnable t) {
            period = periodSeconds;
            tick = t;
        }

        @Override
        public void stop() {
            tick = null;
        }
    }

    private static Study classroom;
    private static Evaluator evaluator;
    private final ManualTicker ticker = new ManualTicker();
    private StudyDocument document;
    private TeachingViewModel vm;

    @BeforeAll
    static void load() throws Exception {
        classroom = Samples.load("classroom-small.codesign.json");
        evaluator = classroom.model().evaluator(null);
    }

    @BeforeEach
    void setUp() {
        document = new StudyDocument(classroom, null);
        vm = new TeachingViewModel(document, () -> evaluator, Runnable::run, Runnable::run, ticker);
    }

    @Test
    void steppingMakesGenerationsAndSteppingBackWalksTheHistory() {
        vm.stepForward();
        assertThat(vm.generations()).isEqualTo(1);
        assertThat(vm.rows()).hasSize(20);
        assertThat(vm.captionProperty().get()).startsWith("Generation 1: 20 random designs were evaluated");
        vm.stepForward();
        vm.stepForward();
        assertThat(vm.generations()).isEqualTo(3);
        assertThat(vm.captionProperty().get()).startsWith("Generation 3: ");
        assertThat(vm.statusProperty().get())
                .as("at most 20 per generation: an offspring evaluated before costs none")
                .matches("Generation 3 of 3 · (4[1-9]|5[0-9]|60) evaluations · hypervolume gap to the true front .*");
        String third = vm.captionProperty().get();
        vm.stepBack();
        assertThat(vm.cursorProperty().get()).isEqualTo(1);
        assertThat(vm.captionProperty().get()).startsWith("Generation 2: ");
        assertThat(vm.plotProperty().get().offspring())
                .hasSize(
                        vm.rows().stream()
                                                .filter(TeachingViewModel.Row::offspring)
                                                .count()
                                        > 0
                                ? (int) vm.rows().stream()
                                        .filter(TeachingViewModel.Row::offspring)
                                        .count()
                                : 0);
        vm.stepForward();
        assertThat(vm.generations())
                .as("stepping forward in the history computes nothing")
                .isEqualTo(3);
        assertThat(vm.captionProperty().get()).isEqualTo(third);
    }

    @Test
    void theTrueFrontAndTheGapPerGenerationFollowTheLesson() {
        vm.stepTimes(4);
        assertThat(vm.generations()).isEqualTo(4);
        int exact = org.codesign.teaching.TrueFront.of(classroom, evaluator)
                .members()
                .size();
        assertThat(vm.plotProperty().get().trueFront()).hasSize(exact);
        List<Double> xs = new ArrayList<>();
        vm.plotProperty().get().trueFront().forEach(p -> xs.add(p.x()));
        assertThat(xs).isSorted();
        assertThat(vm.gap()).extracting(TeachingViewModel.XY::x).containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(vm.gap()).allSatisfy(p -> assertThat(p.y()).isBetween(0.0, 1.0));
        assertThat(vm.gap().get(3).y()).isLessThanOrEqualTo(vm.gap().get(0).y());
        assertThat(vm.trueFrontStatusProperty().get())
                .startsWith("True front (black line): " + exact + " of 3,780 designs");
        assertThat(vm.statusProperty().get()).contains("hypervolume gap to the true front 0.");
    }

    @Test
    void guidedStepsWalkTheFiveOperatorsOfAGeneration() {
        vm.stepTimes(2);
        vm.guidedProperty().set(true);
        assertThat(vm.captionProperty().get()).startsWith("Guided 1/5 · Selection: ");
        assertThat(vm.plotProperty().get().parents()).isNotEmpty();
        assertThat(vm.plotProperty().get().offspring())
                .as("only the parents are marked at selection")
                .isEmpty();
        vm.stepForward();
        assertThat(vm.captionProperty().get()).startsWith("Guided 2/5 · Crossover: ");
        assertThat(vm.plotProperty().get().offspring()).isNotEmpty();
        vm.stepForward();
        vm.stepForward();
        assertThat(vm.captionProperty().get()).startsWith("Guided 4/5 · Non-dominated sorting: ");
        vm.stepForward();
        assertThat(vm.captionProperty().get()).startsWith("Guided 5/5 · Crowding distance: ");
        vm.stepBack();
        assertThat(vm.captionProperty().get()).startsWith("Guided 4/5");
        vm.stepForward();
        vm.stepForward();
        assertThat(vm.generations()).as("after crowding, the next generation").isEqualTo(3);
        assertThat(vm.captionProperty().get()).startsWith("Guided 1/5 · Selection: ");
    }

    @Test
    void playStepsAtTheChosenSpeedUntilPaused() {
        vm.speedProperty().set(2);
        vm.play();
        assertThat(vm.playingProperty().get()).isTrue();
        assertThat(ticker.period).isEqualTo(0.5);
        ticker.tick.run();
        ticker.tick.run();
        assertThat(vm.generations()).isEqualTo(2);
        vm.speedProperty().set(4);
        assertThat(ticker.period).isEqualTo(0.25);
        vm.pause();
        assertThat(vm.playingProperty().get()).isFalse();
        assertThat(ticker.tick).isNull();
    }

    @Test
    void pickingAPointExplainsItsRankAndCrowding() {
        vm.stepTimes(3);
        TeachingViewModel.Row target = vm.rows().get(0);
        vm.pick(target.metrics()[1], target.metrics()[0], 1, 10);
        assertThat(vm.pickedProperty().get()).isEqualTo(target);
        assertThat(vm.explanationProperty().get())
                .startsWith("#" + target.index() + " · rank 1, crowding ∞ — Front 1: no design in the population "
                        + "dominates it");
        assertThat(vm.plotProperty().get().picked())
                .isEqualTo(new TeachingViewModel.XY(target.metrics()[1], target.metrics()[0]));
        assertThat(vm.plotProperty().get().x()).isEqualTo(Metric.LATENCY);
    }

    @Test
    void restartAndOpeningAnotherStudyForgetTheLesson() {
        vm.stepTimes(2);
        vm.populationProperty().set(10);
        vm.restart();
        assertThat(vm.generations()).isZero();
        assertThat(vm.plotProperty().get()).isNull();
        vm.stepForward();
        assertThat(vm.rows()).as("the new population size").hasSize(10);
        document.replace(classroom, null);
        assertThat(vm.generations()).isZero();
        assertThat(vm.gap()).isEmpty();
    }
}
