package org.codesign.ui;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Accordion;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.codesign.space.Sizes;
import org.codesign.study.Study;

/** The main window: menus, the study's spaces on the left, the Pareto view in the centre. */
final class MainWindow {
    private final Stage stage;
    private final StudyDocument document;
    private final BorderPane root = new BorderPane();
    private final Accordion spaces = new Accordion();
    private final Label status = new Label();

    MainWindow(Stage stage, StudyDocument document) {
        this.stage = stage;
        this.document = document;
        root.setTop(menuBar());
        ScrollPane left = new ScrollPane(spaces);
        left.setFitToWidth(true);
        left.setPrefWidth(360);
        StackPane centre = new StackPane(new Label("Pareto view: start a run to see points here."));
        centre.getStyleClass().add("pareto-placeholder");
        SplitPane split = new SplitPane(left, centre);
        split.setDividerPositions(0.3);
        root.setCenter(split);
        HBox bar = new HBox(status);
        bar.setPadding(new Insets(3, 8, 3, 8));
        root.setBottom(bar);
        document.studyProperty().addListener((obs, old, now) -> show(now));
        show(document.study());
        stage.titleProperty().bind(document.titleBinding());
        stage.setScene(new Scene(root, 1280, 800));
    }

    private void show(Study study) {
        SpaceSummary network = new SpaceSummary("Network space", study.networkSpace());
        SpaceSummary hardware = new SpaceSummary("Hardware space", study.hardwareSpace());
        spaces.getPanes().setAll(network, hardware);
        spaces.setExpandedPane(network);
        status.setText(study.name() + " — joint space " + Sizes.format(study.space().size()) + " configurations, "
                + study.runs().size() + " runs");
    }

    private MenuBar menuBar() {
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, new SeparatorMenuItem(), quit);
        return new MenuBar(file);
    }

    Scene scene() {
        return stage.getScene();
    }
}
