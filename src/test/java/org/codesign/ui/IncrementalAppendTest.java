package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.codesign.study.EvaluatedPoint;
import org.codesign.ui.pareto.ParetoArea;
import org.codesign.ui.pareto.ScatterView;
import org.codesign.ui.pareto.plot.ColorMode;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.PointTable;
import org.codesign.ui.points.Selection;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Points arriving take the incremental paths (the table filters and sorts only the new rows and
 * those whose Pareto flag changed; the projections add the new points to their last drawing):
 * what they show must be what a full refilter and a full redraw show.
 */
@ExtendWith(ApplicationExtension.class)
class IncrementalAppendTest {
    private PointStore store;
    private Selection selection;
    private ParetoArea area;
    private PointTable table;
    private long nextIndex = 10_000;
    private int leftFront;

    @Start
    void start(Stage stage) {
        StudyDocument document = new StudyDocument(SyntheticPoints.study(), null);
        store = new PointStore();
        store.setObjectives(document.study().objectives());
        selection = new Selection();
        area = new ParetoArea(document, store, selection);
        table = new PointTable(document, store, selection);
        SplitPane root = new SplitPane(area, table);
        root.setOrientation(Orientation.VERTICAL);
        stage.setScene(new Scene(root, 1000, 800));
        stage.show();
        store.append("run-1", SyntheticPoints.cloud(400, 0, 1));
        store.append("run-2", SyntheticPoints.cloud(300, 0, 2));
    }

    /** A batch from the cloud plus a few points better than most of the front, so older points leave it. */
    private void appendBatch(FxRobot robot, String run, long seed) {
        List<EvaluatedPoint> batch = new ArrayList<>(SyntheticPoints.cloud(150, nextIndex, seed));
        nextIndex += 150;
        int genes = SyntheticPoints.study().space().genomeLength();
        for (int k = 0; k < 3; k++) {
            double step = (seed % 7) * 0.05 + k * 0.3;
            batch.add(SyntheticPoints.point(nextIndex++, 9, new int[genes], 79 + step, 3.5 - step, 5 - step));
        }
        robot.interact(() -> {
            store.append(run, batch);
            leftFront += store.leftFront().length;
        });
    }

    private void check(FxRobot robot, String what) {
        robot.interact(() -> {
            List<PointEntry> incremental = List.copyOf(table.table().getItems());
            table.refilterAll();
            List<PointEntry> full = List.copyOf(table.table().getItems());
            assertThat(incremental).as(what + ": the same rows as a refilter").hasSameSizeAs(full);
            assertThat(new HashSet<>(incremental)).as(what).isEqualTo(new HashSet<>(full));
            Comparator<PointEntry> order = table.table().getComparator();
            if (order != null) {
                for (int i = 1; i < incremental.size(); i++) {
                    assertThat(order.compare(incremental.get(i - 1), incremental.get(i)))
                            .as(what + ": sorted at row " + i)
                            .isLessThanOrEqualTo(0);
                }
            } else {
                assertThat(incremental).as(what + ": in store order").isEqualTo(full);
            }
        });
    }

    private TableColumn<PointEntry, ?> column(String title) {
        return table.table().getColumns().stream()
                .filter(c -> c.getText().startsWith(title))
                .findFirst()
                .orElseThrow();
    }

    private void set(FxRobot robot, String id, boolean on) {
        robot.interact(() -> ((CheckBox) table.lookup("#" + id)).setSelected(on));
    }

    @Test
    void tableRowsAfterAppendsAreThoseOfAFullRefilter(FxRobot robot) {
        appendBatch(robot, "run-1", 11);
        check(robot, "unsorted, unfiltered");

        // Sorted by a metric with distinct values: the very same order as a refilter.
        robot.interact(() -> {
            TableColumn<PointEntry, ?> accuracy = column("top-1 accuracy (%)");
            accuracy.setSortType(TableColumn.SortType.DESCENDING);
            table.table().getSortOrder().setAll(accuracy);
        });
        set(robot, "pareto-only", true);
        int before = leftFront;
        appendBatch(robot, "run-2", 12);
        appendBatch(robot, "run-1", 13);
        assertThat(leftFront).as("older points left the front").isGreaterThan(before);
        robot.interact(() -> {
            List<PointEntry> rows = List.copyOf(table.table().getItems());
            assertThat(rows).allMatch(PointEntry::pareto);
            assertThat(rows).hasSize((int)
                    store.entries().stream().filter(PointEntry::pareto).count());
        });
        check(robot, "Pareto only, sorted by accuracy");

        // Sorted by the Pareto column (ties), feasible only, with a text filter.
        set(robot, "pareto-only", false);
        set(robot, "feasible-only", true);
        robot.interact(() -> {
            ((TextField) table.lookup("#table-filter")).setText("run-2");
            table.table().getSortOrder().setAll(column("Pareto"));
        });
        appendBatch(robot, "run-2", 14);
        appendBatch(robot, "run-3", 15);
        check(robot, "run-2 rows, feasible only, sorted by Pareto");
        robot.interact(() ->
                assertThat(table.table().getItems()).allMatch(e -> e.runId().equals("run-2")));
    }

    private void checkProjections(FxRobot robot, String what) {
        robot.interact(() -> {
            for (ScatterView view : area.projections()) {
                Map<String, Integer> incremental = view.markersByGroup();
                int[] counts = view.drawnCounts();
                view.redrawAll();
                assertThat(incremental)
                        .as(what + ": markers per group of " + view.getId())
                        .isEqualTo(view.markersByGroup());
                assertThat(counts)
                        .as(what + ": points drawn by " + view.getId())
                        .isEqualTo(view.drawnCounts());
            }
        });
    }

    @Test
    void projectionsAfterAppendsShowWhatARedrawShows(FxRobot robot) {
        appendBatch(robot, "run-1", 21);
        appendBatch(robot, "run-2", 22);
        checkProjections(robot, "Pareto colours");

        robot.interact(() -> area.model().colorModeProperty().set(ColorMode.RUN));
        appendBatch(robot, "run-1", 23);
        checkProjections(robot, "run colours");

        // With a selection: unselected points are dimmed, the appended ones among them.
        robot.interact(() -> {
            java.util.BitSet some = new java.util.BitSet();
            some.set(0, 300);
            selection.apply(some, Selection.Combine.REPLACE);
        });
        int before = leftFront;
        appendBatch(robot, "run-2", 24);
        appendBatch(robot, "run-3", 25);
        assertThat(leftFront).isGreaterThan(before);
        checkProjections(robot, "run colours, a selection");
    }
}
