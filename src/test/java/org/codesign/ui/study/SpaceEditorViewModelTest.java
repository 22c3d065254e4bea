package org.codesign.ui.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.math.BigInteger;
import java.util.List;
import org.codesign.space.Sizes;
import org.codesign.space.Templates;
import org.codesign.space.ValueLists;
import org.codesign.study.Studies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A space editor's state without a window: lists as text, their problems, sizes, commits. */
class SpaceEditorViewModelTest {
    private StudyDocument document;
    private SpaceEditorViewModel network;

    @BeforeEach
    void openTheDefaultStudy() {
        document = new StudyDocument(Studies.defaultStudy(), null);
        network = new SpaceEditorViewModel(document, SpaceSide.NETWORK);
    }

    private List<?> widthMult() {
        return document.study().networkSpace().design().parameter("widthMult").values();
    }

    @Test
    void eachParameterShowsItsListAsTextAndTheSpaceItsSize() {
        assertEquals(
                document.study().networkSpace().template().name(),
                network.templateProperty().get());
        assertEquals(
                Templates.networkTemplates().size(), network.templateNames().size());
        assertEquals(
                document.study().networkSpace().design().parameters().size(),
                network.rowsProperty().get().size());
        assertEquals("1.0, 1.2", network.row("widthMult").textProperty().get());
        assertEquals("3.0 × 10^20 configurations", network.sizeTextProperty().get());
        assertEquals("", network.problemsProperty().get());
    }

    @Test
    void theSizeFollowsTheTextAndOnlyACommitChangesTheStudy() {
        network.row("widthMult").textProperty().set("1.0");
        assertEquals("1.5 × 10^20 configurations", network.sizeTextProperty().get());
        assertEquals(ValueLists.decimals(1.0, 1.2), widthMult(), "typing alone changes nothing");
        assertThat(document.isDirty()).isFalse();

        network.commit("widthMult");
        assertEquals(ValueLists.decimals(1.0), widthMult());
        assertThat(document.isDirty()).isTrue();

        document.undo();
        assertEquals("1.0, 1.2", network.row("widthMult").textProperty().get());
        assertEquals("3.0 × 10^20 configurations", network.sizeTextProperty().get());
    }

    @Test
    void typedProblemsAreNamedAndCommittedOnesBlockRuns() {
        var depth = network.row("stage2.depth");
        assertThat(depth.problemsOf("2, 3")).isEmpty();
        assertThat(depth.problemsOf("2, 0, 9"))
                .contains("stage2.depth: 0 is not positive")
                .anyMatch(p -> p.contains("9 is outside 1 … 4 blocks"));

        depth.textProperty().set("2, 0, 9");
        assertThat(depth.problems()).hasSize(2);
        assertEquals("", network.problemsProperty().get(), "not in the study until committed");
        network.commit("stage2.depth");
        assertThat(network.problemsProperty().get())
                .startsWith("Cannot start a run until this is fixed:\n  ")
                .contains("stage2.depth: 0 is not positive");
    }

    @Test
    void theJointSizeMultipliesBothSpacesAsTyped() {
        SpaceEditorViewModel hardware = new SpaceEditorViewModel(document, SpaceSide.HARDWARE);
        var joint = SpaceEditorViewModel.jointSize(network, hardware);
        BigInteger hardwareSize = document.study().hardwareSpace().size();
        BigInteger networkSize = document.study().networkSpace().size();
        assertEquals(
                "Joint space: " + Sizes.format(networkSize.multiply(hardwareSize)) + " configurations", joint.get());

        network.row("widthMult").textProperty().set("1.0");
        assertEquals(
                "Joint space: "
                        + Sizes.format(networkSize.divide(BigInteger.TWO).multiply(hardwareSize)) + " configurations",
                joint.get());
    }

    @Test
    void aListBeingEditedIsNotOverwrittenByAStudyChange() {
        network.setEditing("widthMult", true);
        network.row("widthMult").textProperty().set("1.0");
        document.update(s -> s.withName("renamed while typing"));
        assertEquals("1.0", network.row("widthMult").textProperty().get());

        network.setEditing("widthMult", false);
        document.update(s -> s.withName("renamed again"));
        assertEquals("1.0, 1.2", network.row("widthMult").textProperty().get(), "an abandoned edit is replaced");
    }

    @Test
    void aGroupSetsAllItsMembersInOneUndoableEdit() {
        var group = network.groups().stream()
                .filter(g -> g.key().equals("stage*.depth"))
                .findFirst()
                .orElseThrow();
        assertThat(group.members()).hasSizeGreaterThanOrEqualTo(3).contains("stage2.depth");
        List<?> before = document.study()
                .networkSpace()
                .design()
                .parameter("stage2.depth")
                .values();

        network.commitGroup(group, "2, 3");

        for (String member : group.members()) {
            assertEquals(
                    ValueLists.ints(2, 3),
                    document.study().networkSpace().design().parameter(member).values());
            assertEquals("2, 3", network.row(member).textProperty().get());
        }
        document.undo();
        assertEquals(
                before,
                document.study()
                        .networkSpace()
                        .design()
                        .parameter("stage2.depth")
                        .values());
    }

    @Test
    void anotherTemplateReplacesTheSpaceAndClearsTheFixedSide() {
        var design =
                document.study().space().decode(new int[document.study().space().genomeLength()]);
        document.edit(s -> s.withFixed(design.network(), design.hardware()));
        var rowsBefore = network.rowsProperty().get();
        String other = network.templateNames().stream()
                .filter(n -> !n.equals(network.templateProperty().get()))
                .findFirst()
                .orElseThrow();

        network.templateProperty().set(other);

        assertEquals(other, document.study().networkSpace().template().name());
        assertThat(document.study().fixedNetwork()).isNull();
        assertThat(document.study().fixedHardware()).isNotNull();
        assertNotSame(rowsBefore, network.rowsProperty().get());
        assertEquals(
                document.study().networkSpace().design().parameters().size(),
                network.rowsProperty().get().size());
        document.undo();
        assertEquals(rowsBefore.size(), network.rowsProperty().get().size());
    }
}
