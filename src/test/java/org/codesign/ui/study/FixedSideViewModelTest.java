package org.codesign.ui.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.codesign.space.HardwareConfig;
import org.codesign.space.Parameter;
import org.codesign.study.ConfigJson;
import org.codesign.study.Studies;
import org.codesign.study.Study;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixed hardware chosen value by value or loaded, without a window. */
class FixedSideViewModelTest {
    @TempDir
    Path dir;

    private StudyDocument document;
    private FixedSideViewModel hardware;
    private HardwareConfig first;

    @BeforeEach
    void openTheDefaultStudyWithNothingFixed() {
        Study study = Studies.defaultStudy().withFixed(null, null);
        document = new StudyDocument(study, null);
        hardware = new FixedSideViewModel(document, SpaceSide.HARDWARE);
        first = study.space().decode(new int[study.space().genomeLength()]).hardware();
    }

    @Test
    void eachParameterOffersItsListAndNothingIsChosenYet() {
        var parameters = document.study().hardwareSpace().design().parameters();
        assertEquals(
                parameters.stream().map(Parameter::name).toList(),
                hardware.rowsProperty().get().stream()
                        .map(FixedSideViewModel.Row::name)
                        .toList());
        for (Parameter p : parameters) {
            assertEquals(p.values(), hardware.row(p.name()).choices());
            assertNull(hardware.row(p.name()).valueProperty().get());
        }
        assertEquals(
                "None chosen yet: pick a value for every parameter.",
                hardware.summaryProperty().get());
    }

    @Test
    void theConfigurationIsStoredOnceEveryParameterHasAValue() {
        var rows = hardware.rowsProperty().get();
        for (int i = 0; i < rows.size(); i++) {
            assertNull(document.study().fixedHardware(), "not before every parameter has a value");
            rows.get(i).valueProperty().set(rows.get(i).choices().get(0));
        }
        assertEquals(first, document.study().fixedHardware());
        assertThat(hardware.summaryProperty().get()).startsWith("Current: {");

        document.undo();
        assertNull(document.study().fixedHardware());
        assertThat(rows).allSatisfy(r -> assertNull(r.valueProperty().get()));
    }

    @Test
    void aStoredConfigurationShowsAsItsValues() {
        document.edit(s -> s.withFixed(null, first));
        for (FixedSideViewModel.Row r : hardware.rowsProperty().get()) {
            assertEquals(r.choices().get(0), r.valueProperty().get(), r.name());
        }
    }

    @Test
    void aConfigurationFileIsLoadedOrExplained() throws Exception {
        Path file = dir.resolve("gpu.json");
        ConfigJson.write(first, file);
        assertThat(hardware.load(file)).isEmpty();
        assertEquals(first, document.study().fixedHardware());

        Path bad = Files.writeString(dir.resolve("bad.json"), "{");
        Study before = document.study();
        assertThat(hardware.load(bad)).hasValueSatisfying(m -> assertThat(m).contains("bad.json"));
        assertEquals(before, document.study());
    }
}
