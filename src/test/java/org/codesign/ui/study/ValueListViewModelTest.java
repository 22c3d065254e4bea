package org.codesign.ui.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.codesign.space.ParameterSpec;
import org.codesign.space.ValueLists;
import org.junit.jupiter.api.Test;

/** The value-list dialog's rules without a window: add, remove, reorder, ranges and problems. */
class ValueListViewModelTest {
    private static final ParameterSpec RESOLUTION =
            ParameterSpec.integer("resolution", "px", 32, 512, "input image side");

    private final ValueListViewModel list = new ValueListViewModel(RESOLUTION, ValueLists.ints(128, 160));

    @Test
    void headerPromptAndRangesFollowTheKindOfParameter() {
        assertEquals("resolution (px): input image side", list.header());
        assertEquals("value", list.prompt());
        assertThat(list.takesRanges()).isTrue();
        ValueListViewModel activation = new ValueListViewModel(
                ParameterSpec.option("act", List.of("relu", "hswish"), "activation"), ValueLists.options("relu"));
        assertEquals("relu, hswish", activation.prompt());
        assertThat(activation.takesRanges()).isFalse();
        assertEquals("act: activation", activation.header());
    }

    @Test
    void addedValuesAreCheckedAsTheyCome() {
        assertEquals("", list.problemProperty().get());
        list.add("192, 600");
        assertEquals(ValueLists.ints(128, 160, 192, 600), list.values());
        assertEquals(
                "resolution: 600 is outside 32 … 512 px", list.problemProperty().get());
        assertThat(list.add("128")).as("a duplicate is refused, not listed").isFalse();
        assertEquals(ValueLists.ints(128, 160, 192, 600), list.values());

        list.remove(3);
        list.remove(99);
        assertEquals(ValueLists.ints(128, 160, 192), list.result());
        assertEquals("", list.problemProperty().get());
    }

    @Test
    void valuesMoveWithinTheList() {
        assertEquals(0, list.move(1, -1));
        assertEquals(ValueLists.ints(160, 128), list.values());
        assertEquals(0, list.move(0, -1), "the first value stays first");
        assertEquals(1, list.move(1, +1), "the last value stays last");
        assertEquals(-1, list.move(-1, +1), "nothing selected");
        assertEquals(ValueLists.ints(160, 128), list.values());
    }

    @Test
    void aRangeReplacesTheListOrIsExplained() {
        list.fillRange(" 96", "160", "32 ");
        assertEquals(ValueLists.ints(96, 128, 160), list.values());

        list.fillRange("96", "lots", "32");
        assertEquals(
                "resolution: from, to and step must be numbers",
                list.problemProperty().get());
        list.fillRange("96", "160", "0");
        assertEquals(
                "resolution: the range step must be positive, got 0",
                list.problemProperty().get());
        assertEquals(ValueLists.ints(96, 128, 160), list.values(), "a wrong range leaves the list");
    }

    @Test
    void aValueAlreadyInTheListIsRefusedWithAReason() {
        assertThat(list.add("160, 192")).isFalse();
        assertThat(list.addProblemProperty().get()).isEqualTo("160 is already in the list");
        assertThat(list.result()).isEqualTo(ValueLists.ints(128, 160));
        assertThat(list.add("192, 192")).as("typed twice").isFalse();
        assertThat(list.add("192")).isTrue();
        assertThat(list.addProblemProperty().get()).isEmpty();
        assertThat(list.result()).isEqualTo(ValueLists.ints(128, 160, 192));
    }
}
