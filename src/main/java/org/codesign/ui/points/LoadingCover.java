package org.codesign.ui.points;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Covers a view while the {@link PointStore} builds a large study's points in the background:
 * "Loading 1,000,000 points…" and the progress, so an empty or partial plot is never taken for
 * the study.
 */
public final class LoadingCover extends VBox {
    private LoadingCover(PointStore store) {
        super(8);
        setId("loading-cover");
        getStyleClass().add("loading-cover");
        setAlignment(Pos.CENTER);
        Label what = new Label();
        what.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(
                                Locale.ROOT,
                                "Loading %,d points…",
                                store.loadingPointsProperty().get()),
                        store.loadingPointsProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(220);
        bar.progressProperty().bind(store.loadProgressProperty());
        getChildren().addAll(what, bar);
        visibleProperty().bind(store.loadingProperty());
    }

    /** {@code view} with the cover over it while the store loads. */
    public static StackPane over(Node view, PointStore store) {
        return new StackPane(view, new LoadingCover(store));
    }
}
