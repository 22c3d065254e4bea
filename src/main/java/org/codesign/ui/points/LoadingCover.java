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
 * the study. Once the store shows a preview the cover shrinks to a banner at the top ("Preview:
 * 50,000 of 1,000,000 points · loading the rest…") that lets the view be seen and used.
 */
public final class LoadingCover extends VBox {
    private LoadingCover(PointStore store, boolean bannerOnPreview) {
        super(8);
        setId("loading-cover");
        getStyleClass().add("loading-cover");
        setAlignment(Pos.CENTER);
        Label what = new Label();
        what.setId("loading-text");
        what.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> bannerOnPreview && store.previewPointsProperty().get() > 0
                                ? String.format(
                                        Locale.ROOT,
                                        "Preview: %,d of %,d points · loading the rest…",
                                        store.previewPointsProperty().get(),
                                        store.loadingPointsProperty().get())
                                : String.format(
                                        Locale.ROOT,
                                        "Loading %,d points…",
                                        store.loadingPointsProperty().get()),
                        store.loadingPointsProperty(),
                        store.previewPointsProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(220);
        bar.progressProperty().bind(store.loadProgressProperty());
        getChildren().addAll(what, bar);
        visibleProperty().bind(store.loadingProperty());
        if (bannerOnPreview) {
            store.previewPointsProperty().addListener((o, a, b) -> banner(b.intValue() > 0));
        }
    }

    /** A banner over the top of the view (a preview is shown), or a cover of all of it. */
    private void banner(boolean on) {
        StackPane.setAlignment(this, on ? Pos.TOP_CENTER : Pos.CENTER);
        setMaxHeight(on ? USE_PREF_SIZE : Double.MAX_VALUE);
        setMaxWidth(on ? USE_PREF_SIZE : Double.MAX_VALUE);
        setMouseTransparent(on);
        getStyleClass().setAll(on ? "loading-banner" : "loading-cover");
    }

    /** {@code view} with the cover over it while the store loads. */
    public static StackPane over(Node view, PointStore store) {
        return new StackPane(view, new LoadingCover(store, true));
    }

    /** {@code view} covered until every point is in: a view that does not show a preview. */
    public static StackPane untilLoaded(Node view, PointStore store) {
        return new StackPane(view, new LoadingCover(store, false));
    }
}
