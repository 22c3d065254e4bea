package org.codesign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.codesign.space.DesignSpace;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.GpuPrecision;
import org.codesign.space.HardwareConfig;
import org.codesign.space.Parameter;
import org.codesign.space.TemplateSpace;
import org.codesign.space.Templates;
import org.codesign.space.ValueLists;
import org.junit.jupiter.api.Test;

/** The edge GPU's optional {@code precision}: files, spaces and the default for files without it. */
class EdgeGpuPrecisionConfigTest {

    private static final String XAVIER =
            "{\"template\": \"edge-gpu-dvfs\", \"device\": \"jetson-agx-xavier\", \"gpuFreqMHz\": 1377,"
                    + " \"cpuFreqMHz\": 2265.6, \"emcFreqMHz\": 2133";

    @Test
    void aFileWithoutPrecisionRunsInFp16AndIsWrittenBackUnchanged() throws Exception {
        HardwareConfig old = ConfigJson.parseHardware("hw.json", XAVIER + "}");
        assertEquals(GpuPrecision.FP16, ((EdgeGpuConfig) old).precision());
        assertThat(ConfigJson.toJson(old).has("precision")).isFalse();
    }

    @Test
    void int8IsReadAndWritten() throws Exception {
        HardwareConfig int8 = ConfigJson.parseHardware("hw.json", XAVIER + ", \"precision\": \"int8\"}");
        assertEquals(GpuPrecision.INT8, ((EdgeGpuConfig) int8).precision());
        assertEquals("int8", ConfigJson.toJson(int8).get("precision").asText());
        assertEquals(
                int8,
                ConfigJson.parseHardware("again.json", ConfigJson.toJson(int8).toString()));
    }

    @Test
    void anUnknownPrecisionIsNamedWithTheAllowedValues() {
        var e = assertThrows(
                StudyFormatException.class,
                () -> ConfigJson.parseHardware("hw.json", XAVIER + ", \"precision\": \"fp64\"}"));
        assertThat(e.getMessage()).startsWith("hw.json: /precision").contains("fp32, fp16, int8");
    }

    @Test
    void aSpaceMayListPrecisionsOrLeaveThemOut() {
        TemplateSpace<HardwareConfig> plain = TemplateSpace.defaults(Templates.hardware(EdgeGpuConfig.TEMPLATE));
        assertThat(plain.validate()).isEmpty();
        assertEquals(GpuPrecision.FP16, ((EdgeGpuConfig) plain.decode(new int[4])).precision());

        TemplateSpace<HardwareConfig> both = withPrecision(plain, "fp16", "int8");
        assertThat(both.validate()).isEmpty();
        EdgeGpuConfig int8 = (EdgeGpuConfig) both.decode(new int[] {0, 0, 0, 0, 1});
        assertEquals(GpuPrecision.INT8, int8.precision());
        assertThat(both.encode(int8)).containsExactly(0, 0, 0, 0, 1);

        TemplateSpace<HardwareConfig> bad = withPrecision(plain, "fp16", "bf16");
        assertThat(bad.validate()).anyMatch(p -> p.startsWith("precision:") && p.contains("bf16"));
    }

    private static TemplateSpace<HardwareConfig> withPrecision(TemplateSpace<HardwareConfig> space, String... values) {
        List<Parameter> parameters = new ArrayList<>(space.design().parameters());
        parameters.add(new Parameter("precision", ValueLists.options(values)));
        return new TemplateSpace<>(space.template(), new DesignSpace(parameters));
    }
}
