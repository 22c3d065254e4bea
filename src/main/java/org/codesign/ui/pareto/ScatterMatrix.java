package org.codesign.ui.pareto;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.plot.PlotAxes;

/**
 * The scatter-plot matrix: every pair of the study's objectives as a small {@link ScatterView},
 * column {@code j} on the horizontal axis and row {@code i} on the vertical, the quantity's name
 * on the diagonal. The cells brush, click and hover like the projections, on the one shared
 * selection; a double click on a cell puts its pair on the plot's x and y and shows it large.
 */
final class ScatterMatrix extends GridPane {
    private final List<Quantity> quantities;
    private final List<ScatterView> cells = new ArrayList<>();

    ScatterMatrix(ParetoViewModel vm, List<Quantity> quantities) {
        this.quantities = List.copyOf(quantities);
        setId("scatter-matrix");
        setHgap(2);
        setVgap(2);
        int n = quantities.size();
        for (int k = 0; k < n; k++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / n);
            c.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(100.0 / n);
            r.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(r);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    add(diagonal(quantities.get(i)), j, i);
                    continue;
                }
                Quantity x = quantities.get(j);
                Quantity y = quantities.get(i);
                // a cell's quantities are the pair, linear; its glyphs follow the plot's size channel
                PlotAxes pair = PlotAxes.linear(x, y, x);
                var axes = javafx.beans.binding.Bindings.createObjectBinding(
                        () -> pair.withSize(
                                vm.model().axes().size(), vm.model().axes().logSize()),
                        vm.model().axesProperty());
                ScatterView cell = new ScatterView(vm, axes, 0, 1);
                cell.setId("matrix-" + j + "-" + i);
                cell.getStyleClass().addAll("projection", "matrix-cell");
                cell.setMinSize(60, 60);
                cell.setPrefSize(160, 140);
                cell.setOnDoubleClick(() -> vm.enlarge(x, y));
                Tooltip.install(cell, new Tooltip("drag: brush · click: details · double-click: show large"));
                cells.add(cell);
                add(cell, j, i);
            }
        }
    }

    private static Label diagonal(Quantity q) {
        Label l = new Label(q.title());
        l.getStyleClass().add("matrix-diagonal");
        l.setWrapText(true);
        l.setAlignment(Pos.CENTER);
        l.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return l;
    }

    /** The quantities along the rows and columns. */
    List<Quantity> quantities() {
        return quantities;
    }

    /** The off-diagonal cells, row by row. */
    List<ScatterView> cells() {
        return cells;
    }

    /** The cell with {@code x} on its horizontal and {@code y} on its vertical axis, or null. */
    ScatterView cell(Quantity x, Quantity y) {
        return cells.stream()
                .filter(c -> c.xQuantity().equals(x) && c.yQuantity().equals(y))
                .findFirst()
                .orElse(null);
    }
}
