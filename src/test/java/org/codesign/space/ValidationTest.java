package org.codesign.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {
    private final TemplateSpace<NetworkConfig> ofa = TemplateSpace.defaults(Templates.network("mbv3-ofa"));
    private final TemplateSpace<HardwareConfig> gpu = TemplateSpace.defaults(Templates.hardware("edge-gpu-dvfs"));

    @Test
    void everyDefaultSpaceIsValid() {
        for (SpaceTemplate<NetworkConfig> t : Templates.networkTemplates()) {
            assertEquals(List.of(), TemplateSpace.defaults(t).validate(), t.name());
        }
        for (SpaceTemplate<HardwareConfig> t : Templates.hardwareTemplates()) {
            assertEquals(List.of(), TemplateSpace.defaults(t).validate(), t.name());
        }
    }

    @Test
    void emptyListNamesTheParameter() {
        var edited = ofa.withParameter(new Parameter("stage2.depth", List.of()));
        assertEquals(List.of("stage2.depth: the value list is empty; give at least one value"), edited.validate());
    }

    @Test
    void duplicatesAreReported() {
        var edited = ofa.withParameter(new Parameter("resolution", ValueLists.ints(160, 192, 160)));
        assertEquals(List.of("resolution: '160' is listed twice"), edited.validate());
    }

    @Test
    void nonPositiveAndOutOfRangeAndEvenKernels() {
        var edited = ofa.withParameter(new Parameter("stage1.block1.kernel", ValueLists.ints(0, 4, 11)));
        assertThat(edited.validate())
                .containsExactly(
                        "stage1.block1.kernel: 0 is not positive",
                        "stage1.block1.kernel: 4 must be odd",
                        "stage1.block1.kernel: 11 is outside 1 … 9 px");
    }

    @Test
    void unknownOptionAndUnknownParameter() {
        TemplateSpace<HardwareConfig> sa = TemplateSpace.defaults(Templates.hardware("spatial-accelerator"));
        var edited = sa.withParameter(new Parameter("dataflow", ValueLists.options("row-stationary", "diagonal")));
        assertThat(edited.validate())
                .singleElement()
                .asString()
                .startsWith("dataflow: unknown option 'diagonal' (known: row-stationary, weight-stationary");

        var extra = new java.util.ArrayList<>(sa.design().parameters());
        extra.add(new Parameter("laserCount", ValueLists.ints(1)));
        var withUnknown = new TemplateSpace<>(sa.template(), new DesignSpace(extra));
        assertThat(withUnknown.validate())
                .containsExactly("laserCount: unknown parameter for template spatial-accelerator");
    }

    @Test
    void missingParameterIsReported() {
        var without = new TemplateSpace<>(
                gpu.template(), new DesignSpace(gpu.design().parameters().subList(0, 3)));
        assertThat(without.validate())
                .containsExactly("emcFreqMHz: missing from the space (template edge-gpu-dvfs needs it)");
    }

    @Test
    void gpuFrequenciesMustBeLevelsOfTheBoard() {
        var edited = gpu.withParameter(new Parameter("gpuFreqMHz", ValueLists.decimals(1377, 1400)));
        assertThat(edited.validate())
                .singleElement()
                .asString()
                .startsWith("gpuFreqMHz: 1400.0 MHz is not a DVFS level of jetson-agx-xavier");
        var twoBoards = gpu.withParameter(new Parameter("device", ValueLists.options("jetson-tx2", "jetson-nano")));
        assertThat(twoBoards.validate())
                .containsExactly("device: choose exactly one board; DVFS levels differ between boards");
    }

    @Test
    void unsupportedTechnologyNode() {
        TemplateSpace<HardwareConfig> sys = TemplateSpace.defaults(Templates.hardware("systolic"));
        var edited = sys.withParameter(new Parameter("technologyNm", ValueLists.ints(45, 40)));
        assertThat(edited.validate())
                .containsExactly("technologyNm: 40 nm is not covered by the energy tables (one of [32, 45, 65])");
    }

    @Test
    void valueParsingNamesTheParameter() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> ParamValue.parse("peRows", ValueKind.INTEGER, "12.5"));
        assertEquals("peRows: '12.5' is not a whole number", e.getMessage());
        assertEquals(new ParamValue.Decimal(0.75), ParamValue.parse("widthMult", ValueKind.DECIMAL, " 0.75 "));
        var empty = assertThrows(
                IllegalArgumentException.class, () -> ParamValue.parse("widthMult", ValueKind.DECIMAL, ""));
        assertEquals("widthMult: empty value", empty.getMessage());
    }

    @Test
    void lenientParsingKeepsMistakesForValidation() {
        var values = ValueLists.parseLenient(ValueKind.INTEGER, "3, 5;7  x 4.5");
        assertEquals(
                List.of(
                        new ParamValue.Int(3),
                        new ParamValue.Int(5),
                        new ParamValue.Int(7),
                        new ParamValue.Option("x"),
                        new ParamValue.Decimal(4.5)),
                values);
        var edited = ofa.withParameter(new Parameter("stage1.block1.kernel", values));
        assertThat(edited.validate())
                .containsExactly(
                        "stage1.block1.kernel: 'x' is not a whole number",
                        "stage1.block1.kernel: '4.5' is not a whole number");
        assertEquals("3, 5, 7, x, 4.5", ValueLists.join(values));
        assertEquals(ValueLists.decimals(1.0, 1.2), ValueLists.parseLenient(ValueKind.DECIMAL, "1 1.2"));
    }

    @Test
    void rangesBuildOrderedLists() {
        assertEquals(
                ValueLists.ints(128, 160, 192, 224), ValueLists.range("resolution", ValueKind.INTEGER, 128, 224, 32));
        assertEquals(
                ValueLists.decimals(0.5, 0.75, 1.0), ValueLists.range("widthMult", ValueKind.DECIMAL, 0.5, 1.0, 0.25));
        var e = assertThrows(
                IllegalArgumentException.class, () -> ValueLists.range("resolution", ValueKind.INTEGER, 224, 128, 32));
        assertEquals("resolution: the range 224 … 128 is empty", e.getMessage());
        var step = assertThrows(
                IllegalArgumentException.class, () -> ValueLists.range("resolution", ValueKind.INTEGER, 128, 224, 0));
        assertEquals("resolution: the range step must be positive, got 0", step.getMessage());
    }

    @Test
    void configRecordsNameTheField() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> new EdgeGpuConfig("jetson-agx-xavier", 1377, 2265.6, 2000));
        assertThat(e.getMessage()).startsWith("emcFreqMHz: 2000.00 MHz is not a DVFS level of jetson-agx-xavier");
        var d = assertThrows(IllegalArgumentException.class, () -> new EdgeGpuConfig("jetson-xyz", 1377, 2265.6, 2133));
        assertThat(d.getMessage()).startsWith("device: unknown device 'jetson-xyz'");
        var k = assertThrows(
                IllegalArgumentException.class,
                () -> new MbV3OfaConfig(
                        1.0,
                        224,
                        List.of(2, 2, 2, 2, 2),
                        List.of(List.of(3, 3), List.of(3, 4), List.of(3, 3), List.of(3, 3), List.of(3, 3)),
                        List.of(List.of(3, 3), List.of(3, 3), List.of(3, 3), List.of(3, 3), List.of(3, 3))));
        assertEquals("kernels[1][1]: must be a positive odd size, got 4", k.getMessage());
        var w = assertThrows(IllegalArgumentException.class, () -> new MobileNetV2Config(Double.NaN, 224));
        assertEquals("widthMult: must be a positive finite number, got NaN", w.getMessage());
    }
}
