package org.codesign.cost.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.codesign.space.EdgeGpuDevice;
import org.junit.jupiter.api.Test;

class BoardSpecTest {

    @Test
    void peakFp16MatchesNvidiasFigures() {
        assertEquals(1.33, BoardSpec.JETSON_TX2.peakFp16Tflops(), 0.01);
        assertEquals(11.3, BoardSpec.JETSON_AGX_XAVIER.peakFp16Tflops(), 0.05); // "11 TFLOPS FP16"
        assertEquals(2.82, BoardSpec.JETSON_AGX_XAVIER.cudaFp16Tflops(), 0.01);
        assertEquals(42.6, BoardSpec.JETSON_AGX_ORIN.peakFp16Tflops(), 0.1); // 170 sparse INT8 TOPS / 4
        assertEquals(5.33, BoardSpec.JETSON_AGX_ORIN.cudaFp16Tflops(), 0.01); // the 5.3 FP32 TFLOPS rate
        assertEquals(0.472, BoardSpec.JETSON_NANO.peakFp16Tflops(), 0.001);
    }

    @Test
    void coreCountsFollowTheBackgroundTable() {
        assertEquals(256, BoardSpec.JETSON_TX2.cudaCores());
        assertEquals(512, BoardSpec.JETSON_AGX_XAVIER.cudaCores());
        assertEquals(64, BoardSpec.JETSON_AGX_XAVIER.tensorCores());
        assertEquals(2048, BoardSpec.JETSON_AGX_ORIN.cudaCores());
        assertEquals(64, BoardSpec.JETSON_AGX_ORIN.tensorCores());
        assertEquals(128, BoardSpec.JETSON_NANO.cudaCores());
        assertEquals(0, BoardSpec.JETSON_NANO.tensorCores());
    }

    @Test
    void bandwidthIsThePublishedPeakAtTheTopEmcLevelAndScalesWithTheEmcClock() {
        assertEquals(58.4, BoardSpec.JETSON_TX2.bandwidthGBs(1866), 1e-9);
        assertEquals(136.5, BoardSpec.JETSON_AGX_XAVIER.bandwidthGBs(2133), 1e-9);
        assertEquals(204.8, BoardSpec.JETSON_AGX_ORIN.bandwidthGBs(3199), 1e-9);
        assertEquals(25.6, BoardSpec.JETSON_NANO.bandwidthGBs(1600), 1e-9);
        assertEquals(136.5 * 204 / 2133, BoardSpec.JETSON_AGX_XAVIER.bandwidthGBs(204), 1e-9);
    }

    @Test
    void theEnvelopeIsTheLargestPublishedPowerMode() {
        assertEquals(15, BoardSpec.JETSON_TX2.maxPowerMode().budgetW());
        assertEquals(30, BoardSpec.JETSON_AGX_XAVIER.maxPowerMode().budgetW());
        assertEquals(60, BoardSpec.JETSON_AGX_ORIN.maxPowerMode().budgetW());
        assertEquals(10, BoardSpec.JETSON_NANO.maxPowerMode().budgetW());
    }

    /**
     * The structural guarantee behind the envelope: even if every component drew its maximum at once
     * (idle, CPU and GPU at the top clocks, memory background and the sustained bandwidth's access
     * energy), the board would stay inside its largest power mode.
     */
    @Test
    void everyComponentAtItsMaximumStillFitsTheEnvelope() {
        GpuCalibration cal = GpuCalibration.DEFAULT;
        for (EdgeGpuDevice d : EdgeGpuDevice.values()) {
            BoardSpec b = BoardSpec.of(d);
            double memoryW = b.bandwidthGBs() * 1e9 * cal.memoryEfficiency() * b.dramPjPerBit() * 8e-12;
            double all = b.idleW() + b.cpuMaxW() + b.emcBackgroundMaxW() + b.gpuMaxW() + memoryW;
            assertTrue(all <= b.maxPowerMode().budgetW(), d + ": " + all + " W");
        }
    }

    @Test
    void everyDeviceHasASpec() {
        for (EdgeGpuDevice d : EdgeGpuDevice.values()) {
            assertSame(d, BoardSpec.of(d).device());
        }
    }

    @Test
    void theVoltageCurveIsFlatBelowTheKneeThenRisesToOne() {
        VoltageCurve v = VoltageCurve.TEGRA_TYPICAL;
        assertEquals(0.6, v.relativeVolts(100, 1000), 1e-12);
        assertEquals(0.6, v.relativeVolts(400, 1000), 1e-12);
        assertEquals(0.8, v.relativeVolts(700, 1000), 1e-12);
        assertEquals(1.0, v.relativeVolts(1000, 1000), 1e-12);
        assertEquals(0.5 * (2.0 / 3) * (2.0 / 3), v.relativeDynamicPower(500, 1000), 1e-12); // V = 0.6 + 0.4 · 0.1/0.6
        var e = assertThrows(IllegalArgumentException.class, () -> new VoltageCurve(0, 0.4));
        assertTrue(e.getMessage().startsWith("floorFraction"), e.getMessage());
    }
}
