package org.codesign.ui.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.codesign.study.Samples;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Showing the Points table measures no rows: JavaFX sizes a column left at its default width to
 * its first rows when first shown, applying CSS to a cell per row and column, which was a third of
 * the first paint of a large study.
 */
@ExtendWith(ApplicationExtension.class)
class PointTableShowTest {
    private PointTable table;
    private List<Double> before;

    @Start
    void start(Stage stage) throws Exception {
        StudyDocument document = new StudyDocument(Samples.load("classroom-small.codesign.json"), null);
        PointStore store = new PointStore();
        store.load(document.study());
        table = new PointTable(document, store, new Selection());
        before = widths();
        stage.setScene(new Scene(table, 1200, 500));
        stage.show();
    }

    private List<Double> widths() {
        return table.table().getColumns().stream().map(TableColumn::getWidth).toList();
    }

    @Test
    void firstShowKeepsTheColumnsWidths(FxRobot robot) {
        robot.interact(() -> {});
        assertThat(table.table().getItems()).as("rows to measure").hasSizeGreaterThan(30);
        assertThat(before).as("columns").hasSizeGreaterThan(5);
        assertThat(widths()).as("column widths after the first show").isEqualTo(before);
        // the widths come from the texts: every title fits its column
        table.table()
                .getColumns()
                .forEach(c -> assertThat(c.getPrefWidth())
                        .as(c.getText())
                        .isGreaterThanOrEqualTo(6.0 * c.getText().length()));
    }
}
