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
    void aDefaultStudyRunInACardSizedChartGetsCleanLabels(FxRobot robot) {
        // every third report of NSGA-II, joint, seed 1, 3,000 evaluations on the default study,
        // whose card showed "0.7000000000000001"
        double[][] reports = {
            {40, 0.6534399505981165},
            {160, 0.6732962928504346},
            {280, 0.6919332095867717},
            {400, 0.7109778813463775},
            {520, 0.7199515859095194},
            {640, 0.7211130349323753},
            {760, 0.7218866565310385},
            {880, 0.7229065962887244},
            {1000, 0.7267365634579848},
            {1120, 0.7269379612825572},
            {1240, 0.7287913587371901},
            {1360, 0.7294282747328525},
            {1480, 0.7306194015147365},
            {1600, 0.7311513357461387},
            {1720, 0.7312951198331615},
            {1839, 0.7315046429065523},
            {1958, 0.7316013651374073},
            {2078, 0.7320126945053672},
            {2198, 0.7343421907960612},
            {2318, 0.7357055073446919},
            {2438, 0.7373084105423536},
            {2558, 0.7385578327426316},
            {2678, 0.7386530573395833},
            {2797, 0.7388890213249883},
            {2917, 0.7391735518222466},
            {3000, 0.7403211590705528}
        };
        for (double[] size : new double[][] {{320, 200}, {290, 150}, {240, 130}}) {
            robot.interact(() -> chart.getScene().getWindow().setWidth(size[0]));
            robot.interact(() -> chart.getScene().getWindow().setHeight(size[1]));
            robot.interact(() -> chart.show(List.of())); // a fresh history each time
            List<String> y = labels(robot, List.of(reports));
            assertThat(y).isNotEmpty();
            assertThat(y)
                    .as("at " + size[0] + "x" + size[1])
                    .allSatisfy(t -> assertThat(t).doesNotContainPattern("\\d{7,}"));
        }
    }

    @Test
    void aSingleReportGetsCleanLabels(FxRobot robot) {
        List<String> y = labels(robot, List.<double[]>of(new double[] {1000, 0.7}));
        assertThat(y).isNotEmpty();
        assertThat(y).allSatisfy(t -> assertThat(t).doesNotContainPattern("\\d{7,}"));
    }
}
