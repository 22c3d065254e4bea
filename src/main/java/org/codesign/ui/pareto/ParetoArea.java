package org.codesign.ui.pareto;

import java.util.List;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.codesign.ui.kit.Clips;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.points.LoadingCover;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.Selection;
import org.codesign.ui.study.StudyDocument;

/**
 * The centre of the window: the 3D Pareto view with its three linked 2D projections, the axis
 * and colour choosers and the legend. Without 3D support (some remote desktops, headless
 * tests) it shows the projections alone and says so. The range sliders and the parallel
 * coordinates live here too; the main window puts them in its lower tabs.
 */
public final class ParetoArea extends BorderPane {
    /** Set to "false" to try the 2D fallback on a machine that has 3D. */
    static final String USE_3D_PROPERTY = "codesign.3d";

    private final StudyDocument document;
    private final PlotModel model;
    private final ParetoViewModel vm;
    private final Pareto3DView view3d;
    private final List<ScatterView> projections;
    private final RangePanel ranges;
    /** Made when first asked for: on a large study it holds every point's genes (see {@link #parallel()}). */
    private ParallelCoordinatesView parallel;

    private final HBox legend = new HBox(8);
    private final AxisChoosers choosers;

    @SuppressWarnings("unchecked")
    public ParetoArea(StudyDocument document, PointStore store, Selection selection) {
        this.document = document;
        setId("pareto-area");
        model = new PlotModel(store, selection, ParetoViewModel.initialAxes(document.study()));
        vm = new ParetoViewModel(model, document::study);
        projections = List.of(new ScatterView(vm, 0, 1), new ScatterView(vm, 0, 2), new ScatterView(vm, 2, 1));
        ranges = new RangePanel(model);
        legend.setId("plot-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        choosers = new AxisChoosers(vm, legend);
        Node toolbar = choosers;
        toolbar.setViewOrder(-1); // in front of the plots below it
        setTop(toolbar);
        boolean threeD = available3d();
        view3d = threeD ? new Pareto3DView(vm) : null;
        setCenter(LoadingCover.over(view3d != null ? with3d() : fallback(), store));
        model.coloringProperty().addListener((o, a, b) -> showLegend());
        showLegend();
        ViewExports.attach(this);
        // another study's plot starts on its own objectives, on linear scales
        document.replacementsProperty().addListener((o, a, b) -> {
            vm.useStudy(document.study(), true);
            choosers.sync();
        });
        document.studyProperty().addListener((o, a, b) -> {
            // runs update the study all the time; only a change of the spaces changes the quantities
            if (!document.isReplacing() && a != null && !a.space().equals(b.space())) {
                vm.useStudy(b, false);
                choosers.sync();
            }
        });
    }

    /** 3D needs the graphics pipeline's support (not there in headless tests or software rendering). */
    static boolean available3d() {
        return Platform.isSupported(ConditionalFeature.SCENE3D)
                && !"false".equalsIgnoreCase(System.getProperty(USE_3D_PROPERTY));
    }

    public PlotModel model() {
        return model;
    }

    public ParetoViewModel viewModel() {
        return vm;
    }

    /** The 3D view, or null when the area fell back to the 2D projections. */
    public Pareto3DView view3d() {
        return view3d;
    }

    public List<ScatterView> projections() {
        return projections;
    }

    /** The x–y projection. */
    ScatterView scatter() {
        return projections.get(0);
    }

    public RangePanel ranges() {
        return ranges;
    }

    /**
     * The parallel coordinates, made at the first call: the window asks when their tab is first
     * shown, since on a million points they take seconds and hundreds of MB to build.
     */
    public ParallelCoordinatesView parallel() {
        if (parallel == null) {
            parallel = new ParallelCoordinatesView(model, document);
            ViewExports.attach(parallel);
        }
        return parallel;
    }

    // ---- layout ----

    private Node with3d() {
        Pareto3DToolbar bar = new Pareto3DToolbar(vm);
        Tooltip.install(
                view3d,
                new Tooltip("drag: rotate (or brush with Box / Lasso) · right-drag: rotate · "
                        + "middle-drag or Shift+right-drag: pan · wheel: zoom\nBrush: Shift adds · Ctrl subtracts · "
                        + "Shift+Ctrl intersects · click a point: details"));
        // the toolbar in front of the plot, for the case something still reaches past the plot's clip
        bar.setViewOrder(-1);
        VBox left = new VBox(bar, view3d);
        VBox.setVgrow(view3d, Priority.ALWAYS);
        VBox right = new VBox(sampleNote());
        projections.forEach(p -> {
            VBox.setVgrow(p, Priority.ALWAYS);
            p.setPrefHeight(150);
            p.getStyleClass().add("projection");
            right.getChildren().add(p);
        });
        right.setMinWidth(180);
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(right, false);
        return split;
    }

    private Node fallback() {
        Label note = new Label("3D is not available on this display (the graphics pipeline has no 3D support, e.g. "
                + "software rendering or a remote desktop): showing the linked 2D projections. Drag a rectangle to "
                + "brush · Shift: add · Ctrl: subtract · Shift+Ctrl: intersect · click: details");
        note.setId("no-3d-note");
        note.getStyleClass().add("no-3d-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        HBox row = new HBox(4);
        projections.forEach(p -> {
            HBox.setHgrow(p, Priority.ALWAYS);
            p.setPrefWidth(300);
            p.getStyleClass().add("projection");
            row.getChildren().add(p);
        });
        // as the 3D view is: a plot draws and takes clicks only within its own area
        VBox box = new VBox(4, note, sampleNote(), Clips.toOwnArea(row));
        VBox.setVgrow(row, Priority.ALWAYS);
        box.setPadding(new Insets(2, 4, 2, 4));
        return box;
    }

    private void showLegend() {
        Coloring.Legend l = model.coloring().legend();
        legend.getChildren().clear();
        if (!l.title().isEmpty()) {
            legend.getChildren().add(new Label(l.title() + ":"));
        }
        legend.setMinWidth(Region.USE_PREF_SIZE);
        if (l.gradient()) {
            legend.getChildren().add(new ColourBar(l));
        } else {
            for (Coloring.Legend.Item item : l.items()) {
                Label entry = new Label(item.label(), new Circle(4, color(item.argb())));
                entry.getStyleClass().add("legend-entry");
                legend.getChildren().add(entry);
            }
        }
        Label dimmed = new Label("faded: not selected", new Circle(4, color(Coloring.dim(0xff1f6fd1))));
        dimmed.getStyleClass().add("legend-entry");
        legend.getChildren().add(dimmed);
        // the values and the unit are the point of a legend: never shortened
        legend.getChildren().stream()
                .filter(Label.class::isInstance)
                .forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));
    }

    static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }

    /** Says when the projections draw a sample of a large cloud (they share one rule, so one note). */
    private Label sampleNote() {
        Label l = new Label();
        l.setId("projection-sample");
        l.getStyleClass().add("sample-note");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(scatter().sampleNoteProperty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
