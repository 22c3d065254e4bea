package org.codesign.ui.study;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.codesign.accuracy.UserCalibration;
import org.codesign.ui.kit.FileChoosers;

/**
 * Study ▸ Calibrate accuracy…: the measured CSV with Choose… and Fit, the problem next to the
 * field, the fit's progress, its errors and the fit drawn as predicted against measured (each row
 * fitted and left out, over the diagonal), and Use This Model. The dialog observes its
 * {@link AccuracyCalibrationViewModel}; it computes nothing.
 */
public final class AccuracyCalibrationDialog {
    public static final ButtonType USE = new ButtonType("Use This Model", ButtonBar.ButtonData.OK_DONE);

    private AccuracyCalibrationDialog() {}

    /** The Study menu: Calibrate accuracy… opens the dialog over {@code owner}. */
    public static Menu menu(StudyDocument document, Window owner) {
        MenuItem calibrate = new MenuItem("Calibrate Accuracy…");
        calibrate.setId("menu-calibrate-accuracy");
        calibrate.setOnAction(e -> show(owner, new AccuracyCalibrationViewModel(document)));
        Menu study = new Menu("Study", null, calibrate);
        study.setId("menu-study");
        return study;
    }

    /** Shows the dialog (not waiting: the fit runs while it is open); Use This Model applies the fit. */
    public static Dialog<ButtonType> show(Window owner, AccuracyCalibrationViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Calibrate Accuracy");
        dialog.setHeaderText(model.currentModel()
                + "\nFit it to your measured top-1 accuracies: a CSV with a column per network parameter and top1.");
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().getButtonTypes().addAll(USE, ButtonType.CANCEL);
        Button use = (Button) dialog.getDialogPane().lookupButton(USE);
        use.setId("calibrate-use");
        use.disableProperty().bind(model.canApplyProperty().not());
        // a failed apply (no study file yet) keeps the dialog open with the reason by the field
        use.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (model.apply() == 0) {
                e.consume();
            }
        });
        dialog.getDialogPane().setContent(content(owner, model));
        dialog.getDialogPane().setPrefWidth(640);
        dialog.show();
        return dialog;
    }

    private static VBox content(Window owner, AccuracyCalibrationViewModel model) {
        TextField csv = new TextField();
        csv.setId("calibrate-csv");
        csv.setPromptText("measured.csv");
        csv.textProperty().bindBidirectional(model.csvProperty());
        HBox.setHgrow(csv, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setId("calibrate-choose");
        choose.setOnAction(e -> FileChoosers.of(owner)
                .open(
                        owner,
                        new FileChoosers.Request(
                                "Measured accuracies",
                                java.util.List.of(
                                        new FileChoosers.Filter("CSV (parameters and top1)", "*.csv"),
                                        new FileChoosers.Filter("All files", "*")),
                                null))
                .ifPresent(c -> {
                    model.csvProperty().set(c.file().toString());
                    model.fit();
                }));
        Button fit = new Button("Fit");
        fit.setId("calibrate-fit");
        fit.setDefaultButton(true);
        fit.disableProperty().bind(model.fittingProperty());
        fit.setOnAction(e -> model.fit());
        HBox field = new HBox(6, new Label("Measured CSV"), csv, choose, fit);
        field.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);

        Label problem = new Label();
        problem.setId("calibrate-problem");
        problem.getStyleClass().add("validation-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("calibrate-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.fittingProperty());

        Label summary = new Label();
        summary.setId("calibrate-summary");
        summary.setWrapText(true);
        summary.textProperty()
                .bind(Bindings.when(model.fittingProperty()).then("Fitting…").otherwise(model.summaryProperty()));

        LineChart<Number, Number> chart = chart();
        model.fitProperty().addListener((o, a, b) -> draw(chart, b));
        VBox box = new VBox(8, field, problem, progress, summary, chart);
        box.setPadding(new Insets(4, 0, 0, 0));
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    private static LineChart<Number, Number> chart() {
        NumberAxis x = new NumberAxis();
        x.setLabel("measured top-1 (%)");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel("predicted top-1 (%)");
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("calibrate-chart");
        chart.setAnimated(false);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        chart.setPrefHeight(360);
        chart.setTitle("Predicted against measured");
        return chart;
    }

    /** The diagonal, then each row fitted and left out (points only). */
    static void draw(LineChart<Number, Number> chart, UserCalibration.Result fit) {
        chart.getData().clear();
        if (fit == null) {
            return;
        }
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        XYChart.Series<Number, Number> fitted = new XYChart.Series<>();
        fitted.setName("fitted");
        XYChart.Series<Number, Number> heldOut = new XYChart.Series<>();
        heldOut.setName("left out of the fit");
        for (UserCalibration.Point p : fit.points()) {
            fitted.getData().add(new XYChart.Data<>(p.measured(), p.predictedAfter()));
            heldOut.getData().add(new XYChart.Data<>(p.measured(), p.heldOut()));
            for (double v : new double[] {p.measured(), p.predictedAfter(), p.heldOut()}) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        XYChart.Series<Number, Number> diagonal = new XYChart.Series<>();
        diagonal.setName("predicted = measured");
        diagonal.getData().add(new XYChart.Data<>(Math.floor(lo), Math.floor(lo)));
        diagonal.getData().add(new XYChart.Data<>(Math.ceil(hi), Math.ceil(hi)));
        chart.getData().add(diagonal);
        chart.getData().add(fitted);
        chart.getData().add(heldOut);
        diagonal.getData().forEach(d -> d.getNode().setVisible(false));
        for (XYChart.Series<Number, Number> points : java.util.List.of(fitted, heldOut)) {
            points.getNode().setStyle("-fx-stroke: transparent;");
        }
    }
}
