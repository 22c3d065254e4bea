package org.codesign.ui.pareto;

import java.util.List;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.codesign.study.RunLabels;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.kit.Clips;
import org.codesign.ui.points.LoadingCover;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.Selection;
import org.codesign.ui.study.StudyDocument;

/**
 * The centre of the window: the linked Pareto views in one of three {@link PlotLayout}s (the 3D
 * view with its three 2D projections, one projection large, or the scatter-plot matrix of the
 * objectives), the axis and colour choosers and the legend. Without 3D support (some remote
 * desktops, headless tests) the first layout shows the projections alone and says so. The arrow
 * keys walk the current point along the front in the order of the last used view's x axis. The
 * range sliders and the parallel coordinates live here too; the main window puts them in its
 * lower tabs.
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

    private final AxisChoosers choosers;
    /** Holds the views of the current layout. */
    private final StackPane host = new StackPane();

    private final Pareto3DToolbar toolbar3d;
    private final Label sampleNote;
    /** Made when first shown; made anew when the study's objectives change. */
    private ScatterMatrix matrix;
    /** The x axis the arrow keys walk along: the last view the mouse pressed on. */
    private Quantity walkAlong;

    public ParetoArea(StudyDocument document, PointStore store, Selection selection) {
        this.document = document;
        setId("pareto-area");
        model = new PlotModel(store, selection, ParetoViewModel.initialAxes(document.study()));
        vm = new ParetoViewModel(model, document::study);
        projections = List.of(new ScatterView(vm, 0, 1), new ScatterView(vm, 0, 2), new ScatterView(vm, 2, 1));
        for (int p = 0; p < projections.size(); p++) {
            int which = p;
            projections.get(p).setOnDoubleClick(() -> vm.toggleLarge(which));
            projections.get(p).getStyleClass().add("projection");
        }
        ranges = new RangePanel(model);
        choosers = new AxisChoosers(vm, new PlotLegend(model));
        Node top = choosers;
        top.setViewOrder(-1); // in front of the plots below it
        setTop(top);
        view3d = available3d() ? new Pareto3DView(vm) : null;
        toolbar3d = view3d != null ? new Pareto3DToolbar(vm) : null;
        if (view3d != null) {
            Tooltip.install(
                    view3d,
                    new Tooltip("drag: rotate (or brush with Box / Lasso) · right-drag: rotate · "
                            + "middle-drag or Shift+right-drag: pan · wheel: zoom\nBrush: Shift adds · Ctrl subtracts · "
                            + "Shift+Ctrl intersects · click a point: details · arrow keys: walk the front"));
        }
        sampleNote = sampleNote();
        // the views keep their minimum size (each projection with its axis titles) and scroll in a
        // window too small for them; wantedHeight() asks the window's split for the room
        ScrollPane views = new ScrollPane(LoadingCover.over(host, store));
        views.setFitToWidth(true);
        views.setFitToHeight(true);
        views.getStyleClass().add("edge-to-edge");
        setCenter(views);
        vm.layoutProperty().addListener((o, a, b) -> arrange());
        arrange();
        ViewExports.attach(this);
        model.setRunLabels(RunLabels.of(document.study().runs()));
        walkTheFrontWithArrows();
        // another study's plot starts on its own objectives, on linear scales
        document.replacementsProperty().addListener((o, a, b) -> {
            vm.useStudy(document.study(), true);
            choosers.sync();
        });
        document.studyProperty().addListener((o, a, b) -> {
            model.setRunLabels(RunLabels.of(b.runs()));
            if (matrix != null && !matrix.quantities().equals(vm.matrixQuantities())) {
                matrix = null; // made anew for the new objectives when next shown
                if (vm.layoutProperty().get().kind() == PlotLayout.Kind.MATRIX) {
                    arrange();
                }
            }
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

    /**
     * The height at which the choosers and every view of the layout get their minimum size: at
     * 1000×650 the split above gave less, and the third projection lost its x title.
     */
    public double wantedHeight() {
        double w = getWidth();
        return snappedTopInset() + getTop().minHeight(w) + host.minHeight(w) + snappedBottomInset();
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

    /** The scatter-plot matrix's cells (made, and empty, until the matrix is first shown). */
    public List<ScatterView> matrixCells() {
        return matrix == null ? List.of() : matrix.cells();
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

    // ---- layouts ----

    /** Puts the views of the current layout into the host (a view moves between layouts). */
    private void arrange() {
        PlotLayout layout = vm.layoutProperty().get();
        Node shown = switch (layout.kind()) {
            case CUBE -> view3d != null ? with3d() : fallback();
            case LARGE -> large(projections.get(layout.projection()));
            case MATRIX -> matrix();
        };
        host.getChildren().setAll(shown);
    }

    private Node with3d() {
        // the toolbar in front of the plot, for the case something still reaches past the plot's clip
        toolbar3d.setViewOrder(-1);
        VBox left = new VBox(toolbar3d, view3d);
        VBox.setVgrow(view3d, Priority.ALWAYS);
        VBox right = new VBox(sampleNote);
        projections.forEach(p -> {
            VBox.setVgrow(p, Priority.ALWAYS);
            p.setPrefSize(Region.USE_COMPUTED_SIZE, 150);
            right.getChildren().add(p);
        });
        right.setMinWidth(165); // with the toolbar, within the centre column at a width of 1000
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(right, false);
        return split;
    }

    private Node fallback() {
        Label note = new Label("3D is not available on this display (the graphics pipeline has no 3D support, e.g. "
                + "software rendering or a remote desktop): showing the linked 2D projections. Drag a rectangle to "
                + "brush · Shift: add · Ctrl: subtract · Shift+Ctrl: intersect · click: details · "
                + "double-click: show large");
        note.setId("no-3d-note");
        note.getStyleClass().add("no-3d-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        HBox row = new HBox(4);
        projections.forEach(p -> {
            HBox.setHgrow(p, Priority.ALWAYS);
            p.setPrefSize(300, Region.USE_COMPUTED_SIZE);
            row.getChildren().add(p);
        });
        return padded(new VBox(4, note, sampleNote, Clips.toOwnArea(row)), row);
    }

    /** One projection over the whole area (double-click it, or View ▸ Layout, to go back). */
    private Node large(ScatterView view) {
        view.setPrefSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
        StackPane one = new StackPane(view);
        one.setId("large-view");
        return padded(new VBox(4, sampleNote, Clips.toOwnArea(one)), one);
    }

    private Node matrix() {
        if (matrix == null) {
            matrix = new ScatterMatrix(vm, vm.matrixQuantities());
            matrix.cells().forEach(c -> ViewExports.attach(c, model));
        }
        return padded(new VBox(4, Clips.toOwnArea(matrix)), matrix);
    }

    /** As the 3D view is: a plot draws and takes clicks only within its own area. */
    private static Node padded(VBox box, Region growing) {
        VBox.setVgrow(growing.getParent() == box ? growing : growing.getParent(), Priority.ALWAYS);
        box.setPadding(new Insets(2, 4, 2, 4));
        return box;
    }

    // ---- the current point ----

    /** Left/Up and Right/Down move the current point along the front, ordered by the last used view's x axis. */
    private void walkTheFrontWithArrows() {
        host.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            host.requestFocus();
            walkAlong = xAxisOf((Node) e.getTarget());
        });
        host.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int step = switch (e.getCode()) {
                case RIGHT, UP -> 1;
                case LEFT, DOWN -> -1;
                default -> 0;
            };
            if (step != 0) {
                vm.walkFront(step, walkAlong != null ? walkAlong : model.axes().x());
                e.consume();
            }
        });
    }

    /** The horizontal quantity of the 2D view a node belongs to; the plot's x for the 3D view. */
    private Quantity xAxisOf(Node n) {
        for (Node at = n; at != null && at != host; at = at.getParent()) {
            if (at instanceof ScatterView view) {
                return view.xQuantity();
            }
        }
        return model.axes().x();
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
