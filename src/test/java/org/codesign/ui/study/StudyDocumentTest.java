package org.codesign.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.codesign.study.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A changed selection is an unsaved change until the whole study, selection included, is saved. */
class StudyDocumentTest {
    private final Path file = Path.of("classroom.codesign.json");
    private StudyDocument document;

    @BeforeEach
    void openTheClassroomStudy() throws Exception {
        document = new StudyDocument(Samples.load("classroom-small.codesign.json"), file);
    }

    @Test
    void aChangedSelectionStaysUnsavedUntilSaveEvenThroughUndoAndRunWrites() {
        assertThat(document.isDirty()).isFalse();
        document.selectionChanged();
        assertThat(document.isDirty()).isTrue();
        assertThat(document.titleBinding().get()).contains("•");

        document.edit(s -> s.withName("renamed"));
        document.undo();
        assertThat(document.isDirty())
                .as("undo back to the study as opened, the selection still unsaved")
                .isTrue();

        document.markRunsSaved(file); // a run wrote itself into the file; the selection did not
        assertThat(document.isDirty()).isTrue();

        document.markSaved(file);
        assertThat(document.isDirty()).isFalse();
        assertThat(document.titleBinding().get()).doesNotContain("•");
    }

    @Test
    void anotherStudyStartsWithItsSelectionSaved() throws Exception {
        document.selectionChanged();
        document.replace(Samples.load(Samples.DEFAULT), null);
        assertThat(document.isDirty()).isFalse();
        document.edit(s -> s.withName("x"));
        document.undo();
        assertThat(document.isDirty()).isFalse();
    }
}
