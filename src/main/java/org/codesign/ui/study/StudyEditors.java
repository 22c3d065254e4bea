package org.codesign.ui.study;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Accordion;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The window's left side: the joint space's size over the study's editors, one open at a time. */
public final class StudyEditors extends VBox {
    public StudyEditors(StudyDocument document) {
        super(6);
        SpaceEditorViewModel networkSpace = new SpaceEditorViewModel(document, SpaceSide.NETWORK);
        SpaceEditorViewModel hardwareSpace = new SpaceEditorViewModel(document, SpaceSide.HARDWARE);
        TitledPane network = pane("Network space", new SpaceEditor(networkSpace));
        TitledPane hardware = pane("Hardware space", new SpaceEditor(hardwareSpace));
        TitledPane objectives = pane("Objectives and constraints", new ObjectivesEditor(document));
        TitledPane fixed = pane(
                "Fixed sides (single-sided modes)",
                new VBox(
                        8,
                        new Label("Fixed hardware"),
                        new FixedSideEditor(document, SpaceSide.HARDWARE),
                        new Label("Fixed network"),
                        new FixedSideEditor(document, SpaceSide.NETWORK)));
        Accordion editors = new Accordion(network, hardware, objectives, fixed);
        editors.setExpandedPane(network);
        Label jointSize = new Label();
        jointSize.setId("joint-size");
        jointSize.getStyleClass().add("joint-size");
        jointSize.textProperty().bind(SpaceEditorViewModel.jointSize(networkSpace, hardwareSpace));
        getChildren().addAll(jointSize, editors);
        VBox.setVgrow(editors, Priority.ALWAYS);
        setPadding(new Insets(6));
        setMinWidth(320);
    }

    private static TitledPane pane(String title, Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        TitledPane p = new TitledPane(title, scroll);
        p.setId("pane-" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        return p;
    }
}
