package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.codesign.study.RunRecord;
import org.codesign.study.Samples;
import org.codesign.ui.runs.HypervolumeChart;
import org.codesign.ui.runs.RunCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A stored run's card: an exhaustive run that enumerated a space smaller than its budget. */
@ExtendWith(ApplicationExtension.class)
class RunCardTest {
    private RunCard card;
    private RunRecord record;

    @Start
    void start(Stage stage) throws Exception {
        RunRecord full = Samples.load("classroom-small.codesign.json").runs().get(0);
        // 30 points of a 100-evaluation budget, finished, with the single hypervolume entry it reports at its end
        record = new RunRecord(
                full.id(),
                full.name(),
                full.algorithm(),
                full.mode(),
                full.seed(),
                full.threads(),
                100,
                full.settings(),
                RunRecord.Status.FINISHED,
                full.startedAt(),
                400,
                List.<double[]>of(new double[] {30, 0.7644}),
                full.points().subList(0, 30));
        card = new RunCard(record, new RunCard.Actions() {
            @Override
            public void rename(RunCard c) {}

            @Override
            public void duplicate(RunCard c) {}

            @Override
            public void delete(RunCard c) {}

            @Override
            public void resume(RunCard c) {}
        });
        stage.setScene(new javafx.scene.Scene(card, 380, 320));
        stage.show();
    }

    @Test
    void aFinishedRunIsCompleteEvenBelowItsBudget(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                1.0, robot.lookup(".progress-bar").queryAs(ProgressBar.class).getProgress());
    }

    @Test
    void aSingleHypervolumeEntryIsFramedNotCollapsed() {
        WaitForAsyncUtils.waitForFxEvents();
        HypervolumeChart chart = card.chart();
        assertEquals(1, chart.pointCount());
        assertThat(chart.getXAxis().getMin()).isLessThan(30);
        assertThat(chart.getXAxis().getMax()).isGreaterThan(30);
        assertThat(chart.getYAxis().getMin()).isLessThan(0.7644);
        assertThat(chart.getYAxis().getMax()).isGreaterThan(0.7644);
    }
}
