package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.codesign.eval.Metric;
import org.codesign.space.ProxylessOfaConfig;
import org.codesign.study.Samples;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A user picks the OFA ProxylessNAS template in the network editor and searches it. */
@ExtendWith(ApplicationExtension.class)
class ProxylessTemplateFlowsTest {
    private StudyDocument document;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        window = new MainWindow(stage, document, new MemoryPreferences(), new AnsweringChoosers());
        stage.show();
        stage.requestFocus();
    }

    @Test
    void choosingTheTemplateInTheEditorThenSearchingShowsProxylessPoints(FxRobot robot) throws Exception {
        UserFlowsTest.expand(robot, "Network space");
        robot.clickOn("#network-space-editor-template").clickOn("proxyless-ofa");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ComboBox<String> template =
                robot.lookup("#network-space-editor-template").queryAs(ComboBox.class);
        assertEquals("proxyless-ofa", template.getValue());
        assertEquals("proxyless-ofa", document.study().networkSpace().template().name());
        // The editor now lists the template's parameters: the last stage's single block, no width.
        assertThat(robot.lookup("#values-stage6-block1-kernel")
                        .queryTextInputControl()
                        .getText())
                .isEqualTo("3, 5, 7");
        assertThat(robot.lookup("#values-widthmult").tryQuery()).isEmpty();
        assertEquals(
                "4.9 × 10^21 configurations",
                robot.lookup("#network-space-editor-size").queryLabeled().getText());
        assertThat(robot.lookup("#run-start").queryButton().isDisabled()).isFalse();

        int evaluations = 60;
        @SuppressWarnings("unchecked")
        Spinner<Integer> evals = robot.lookup("#run-evaluations").queryAs(Spinner.class);
        robot.interact(() -> evals.getValueFactory().setValue(evaluations));
        robot.clickOn("#run-start");
        await(
                "the proxyless run to finish",
                () -> window.runs().liveRuns().isEmpty()
                        && window.store().entries().size() == evaluations);

        List<PointEntry> points = window.store().entries();
        assertThat(points).allSatisfy(p -> {
            assertThat(p.feasible()).isTrue();
            assertThat(p.metric(Metric.ACCURACY)).isBetween(60.0, 85.0);
            assertThat(p.metric(Metric.LATENCY)).isPositive().isFinite();
        });
        assertThat(points.stream().filter(PointEntry::pareto).count()).isPositive();
        assertThat(window.table().table().getItems()).isNotEmpty();

        // The detail view shows a proxyless subnet, layer by layer.
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.focus(0)).get()).isTrue();
        await("the detail of the first point", () -> window.detail().shown() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.detail().shown().networkConfig()).isInstanceOf(ProxylessOfaConfig.class);
        assertThat(window.detail().shown().network().layers())
                .anySatisfy(l -> assertThat(l.name()).isEqualTo("stage6.block1.dw"));
        assertEquals(
                window.detail().shown().network().layers().size(),
                window.detail().charts().layerCount());
    }
}
