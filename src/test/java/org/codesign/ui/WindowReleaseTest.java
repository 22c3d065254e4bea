package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import javafx.stage.Stage;
import org.codesign.study.Samples;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window built on a stage that already held one lets the old one go: nothing the old window
 * hung on the stage, the toolkit or a timer keeps its study and views reachable. The UI tests
 * build a window per test on TestFX's one primary stage, so a leak here grows with the suite.
 */
@ExtendWith(ApplicationExtension.class)
class WindowReleaseTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aReplacedWindowIsCollected() throws Exception {
        StudyDocument[] documents = new StudyDocument[1];
        WeakReference<MainWindow> first = WaitForAsyncUtils.asyncFx(() -> new WeakReference<>(windowOnStage(documents)))
                .get();
        WeakReference<StudyDocument> firstDocument = new WeakReference<>(documents[0]);
        documents[0] = null;
        MainWindow second =
                WaitForAsyncUtils.asyncFx(() -> windowOnStage(documents)).get();

        for (int i = 0; i < 20 && (first.get() != null || firstDocument.get() != null); i++) {
            System.gc();
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(second).isNotNull();
        assertThat(first.get()).as("the first window").isNull();
        assertThat(firstDocument.get()).as("the first window's study").isNull();
    }

    private MainWindow windowOnStage(StudyDocument[] made) throws Exception {
        StudyDocument document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        made[0] = document;
        MainWindow window = new MainWindow(stage, document, new MemoryPreferences());
        stage.show();
        return window;
    }
}
