package org.codesign.ui.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.codesign.space.ParamValue;
import org.codesign.space.Parameter;
import org.codesign.study.Studies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The fixed-side editor binds its view-model: picking every value stores the configuration. */
@ExtendWith(ApplicationExtension.class)
class FixedSideEditorTest {
    private StudyDocument document;

    @Start
    void start(Stage stage) {
        document = new StudyDocument(Studies.defaultStudy().withFixed(null, null), null);
        stage.setScene(new Scene(new FixedSideEditor(document, SpaceSide.HARDWARE), 420, 600));
        stage.show();
    }

    @Test
    void pickingEveryValueStoresTheHardwareAndUndoClearsTheBoxes(FxRobot robot) {
        for (Parameter p : document.study().hardwareSpace().design().parameters()) {
            @SuppressWarnings("unchecked")
            ComboBox<ParamValue> box = robot.lookup("#" + org.codesign.ui.kit.Ids.of("fixed-hardware", p.name()))
                    .queryAs(ComboBox.class);
            assertEquals(p.values(), box.getItems());
            robot.interact(() -> box.getSelectionModel().select(0));
        }
        assertThat(document.study().fixedHardware()).isNotNull();
        assertThat(robot.lookup("#fixed-hardware-summary").queryLabeled().getText())
                .startsWith("Current: {");

        robot.interact(document::undo);
        assertNull(document.study().fixedHardware());
        assertThat(robot.lookup(".combo-box").queryAllAs(ComboBox.class)).allSatisfy(b -> assertNull(b.getValue()));
    }
}
