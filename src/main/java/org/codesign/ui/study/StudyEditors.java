package org.codesign.ui.study;

import java.math.BigInteger;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Accordion;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.codesign.space.Sizes;

/** The window's left side: the joint space's size over the study's editors, one open at a time. */
public final class StudyEditors extends VBox {
    private final Label jointSize = new Label();
    private final SpaceEditor networkEditor;
    private final SpaceEditor hardwareEditor;

    public StudyEditors(StudyDocument document) {
        super(6);
        networkEditor = new SpaceEditor(document, SpaceSide.NETWORK);
        hardwareEditor = new SpaceEditor(document, SpaceSide.HARDWARE);
        networkEditor.tentativeSizeProperty().addListener((o, a, b) -> showJointSize());
        hardwareEditor.tentativeSizeProperty().addListener((o, a, b) -> showJointSize());
        TitledPane network = pane("Network space", networkEditor);
        TitledPane hardware = pane("Hardware space", hardwareEditor);
        TitledPane objectives = pane("Objectives and constraints", new ObjectivesEditor(document));
        TitledPane fixed = pane("Fixed sides (single-sided modes)", new VBox(8,
                new Label("Fixed hardware"), new FixedSideEditor(document, SpaceSide.HARDWARE),
                new Label("Fixed network"), new FixedSideEditor(document, SpaceSide.NETWORK)));
        Accordion editors = new Accordion(network, hardware, objectives, fixed);
        editors.setExpandedPane(network);
        jointSize.setId("joint-size");
        jointSize.getStyleClass().add("joint-size");
        getChildren().addAll(jointSize, editors);
        VBox.setVgrow(editors, Priority.ALWAYS);
        setPadding(new Insets(6));
        setMinWidth(320);
        showJointSize();
    }

    private static TitledPane pane(String title, Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        TitledPane p = new TitledPane(title, scroll);
        p.setId("pane-" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        return p;
    }

    /** Follows what is typed in either space, before it is committed. */
    private void showJointSize() {
        BigInteger network = networkEditor.tentativeSizeProperty().get();
        BigInteger hardware = hardwareEditor.tentativeSizeProperty().get();
        if (network != null && hardware != null) {
            jointSize.setText("Joint space: " + Sizes.format(network.multiply(hardware)) + " configurations");
        }
    }
}
