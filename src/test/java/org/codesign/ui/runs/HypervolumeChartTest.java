package org.codesign.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.fair_acc.chartfx.axes.spi.AbstractAxis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HypervolumeChartTest {
    private HypervolumeChart chart;

    @Start
    void start(Stage stage) {
        chart = new HypervolumeChart();
        stage.setScene(new Scene(chart, 320, 200));
        stage.show();
    }

    private List<String> labels(FxRobot robot, List<double[]> history) {
        robot.interact(() -> chart.show(history));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> chart.layout());
        WaitForAsyncUtils.waitForFxEvents();
        return ((AbstractAxis) chart.getYAxis())
                .getTickMarks().stream().map(TickMark::getText).toList();
    }

    @Test
    void tickLabelsShowNoFloatingPointNoise(FxRobot robot) {
        List<String> y =
                labels(robot, List.of(new double[] {40, 0.61}, new double[] {200, 0.7}, new double[] {400, 0.7301}));
        assertThat(y).isNotEmpty();
        assertThat(y).allSatisfy(t -> assertThat(t).doesNotContainPattern("\\d{7,}"));
    }

    @Test
    void aSingleReportGetsCleanLabels(FxRobot robot) {
        List<String> y = labels(robot, List.<double[]>of(new double[] {1000, 0.7}));
        assertThat(y).isNotEmpty();
        assertThat(y).allSatisfy(t -> assertThat(t).doesNotContainPattern("\\d{7,}"));
    }
}
