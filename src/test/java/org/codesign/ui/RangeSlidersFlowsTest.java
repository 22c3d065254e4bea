package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.util.BitSet;
import javafx.stage.Stage;
import org.codesign.study.Samples;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.RangePanel;
import org.codesign.ui.pareto.ScatterView;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.study.StudyDocument;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The range sliders filter by anything a point can be plotted by: a user opens the classroom
 * sample, opens the Ranges tab and narrows a design parameter (resolution) and a derived
 * quantity (utilization); the selection, the table and the projections follow.
 */
@ExtendWith(ApplicationExtension.class)
class RangeSlidersFlowsTest {
    private MainWindow window;
    private StudyDocument document;

    @Start
    void start(Stage stage) throws Exception {
        document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        window = new MainWindow(stage, document, new MemoryPreferences());
        stage.setWidth(1400);
        stage.setHeight(950);
        stage.show();
    }

    @Test
    void aParameterAndADerivedQuantityNarrowTheSelection(FxRobot robot) {
        robot.clickOn("File").clickOn("Open Sample").moveTo("default").clickOn("classroom-small");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Ranges");
        WaitForAsyncUtils.waitForFxEvents();
        RangePanel ranges = window.pareto().ranges();
        Quantities quantities = Quantities.of(document.study());
        for (Quantity q : quantities.all()) {
            assertThat(ranges.slider(q.id())).as("a slider for " + q.id()).isNotNull();
        }
        Quantity resolution = quantities.byId("resolution");
        Quantity utilization = quantities.byId(Quantities.UTILIZATION);
        PointColumns c = window.pareto().model().columns();

        // drag the resolution slider's low thumb to the middle by hand
        RangeSlider res = ranges.slider(resolution.id());
        var thumb = robot.from(res).lookup(".low-thumb").query();
        robot.drag(thumb, javafx.scene.input.MouseButton.PRIMARY)
                .moveBy(res.getWidth() * 0.5, 0)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double cut = res.getLowValue();
        assertThat(cut).isGreaterThan(res.getMin());
        BitSet expected = inside(c, resolution, cut, Double.POSITIVE_INFINITY);
        assertThat(expected.cardinality()).isPositive();
        assertThat(window.selection().positions()).isEqualTo(expected);
        assertThat(ranges.readout(resolution.id())).endsWith(" px");

        // the utilization slider narrows further (its rows are further down: set as the thumb would)
        RangeSlider util = ranges.slider(utilization.id());
        robot.interact(() -> util.setHighValue(util.getMin() + (util.getMax() - util.getMin()) * 0.6));
        double maxUtil = ranges.highValue(utilization.id());
        BitSet both = inside(c, resolution, cut, Double.POSITIVE_INFINITY);
        both.and(inside(c, utilization, Double.NEGATIVE_INFINITY, maxUtil));
        assertThat(both.cardinality()).isPositive().isLessThan(expected.cardinality());
        assertThat(window.selection().positions()).isEqualTo(both);
        assertThat(window.table().viewModel().summaryProperty().get())
                .endsWith(String.format(java.util.Locale.ROOT, "%,d selected", both.cardinality()));
        ScatterView xy = window.pareto().projections().get(0);
        await("the projection to show the selection", () -> xy.drawnCounts()[1] == both.cardinality());

        robot.clickOn("#reset-ranges");
        assertThat(window.selection().count()).isZero();
        assertThat(res.getLowValue()).isEqualTo(res.getMin());
    }

    /** Shown points whose value of q lies in [lo, hi] (a hair wider, as the panel brushes). */
    private static BitSet inside(PointColumns c, Quantity q, double lo, double hi) {
        BitSet b = new BitSet();
        for (int i = 0; i < c.size(); i++) {
            double v = c.value(q, i);
            if (c.shown(i) && v >= lo - Math.abs(lo) * 1e-9 - 1e-9 && v <= hi + Math.abs(hi) * 1e-9 + 1e-9) {
                b.set(i);
            }
        }
        return b;
    }
}
