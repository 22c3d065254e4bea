package org.codesign.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.codesign.space.TimeloopHardwareConfig;
import org.junit.jupiter.api.Test;

class PeakRateTest {

    @Test
    void anImportedTimeloopArchitectureHasNoPeakInsteadOfFailing() {
        // Its compute level lives in YAML files beside the study; a cast to another kind of
        // hardware here once broke every view that showed utilization for such a study.
        var imported = new TimeloopHardwareConfig("arch", Map.of("PE.meshX", 16.0));
        assertTrue(Double.isNaN(PeakRate.macsPerSecond(imported)));
    }
}
