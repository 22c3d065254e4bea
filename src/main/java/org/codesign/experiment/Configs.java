package org.codesign.experiment;

import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.HardwareConfig;
import org.codesign.space.NetworkConfig;
import org.codesign.space.ResNetConfig;
import org.codesign.space.Sizes;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.SystolicConfig;

/** Short human descriptions of configurations for reports. */
final class Configs {
    private Configs() {}

    static String describe(NetworkConfig network) {
        if (network instanceof ResNetConfig r) {
            return "ResNet, " + r.block().label() + " blocks "
                    + String.join("-", r.blocks().stream().map(String::valueOf).toList()) + ", width "
                    + Fmt.f(r.widthMult(), 2) + ", " + r.resolution() + " px";
        }
        return String.valueOf(network);
    }

    /** "103,680". */
    static String size(java.math.BigInteger n) {
        return Sizes.format(n);
    }

    static String describe(HardwareConfig hardware) {
        if (hardware instanceof EdgeGpuConfig g) {
            return g.device() + ", GPU " + Fmt.f(g.gpuFreqMHz(), 1) + " MHz, CPU " + Fmt.f(g.cpuFreqMHz(), 1)
                    + " MHz, memory " + Fmt.f(g.emcFreqMHz(), 1) + " MHz";
        }
        if (hardware instanceof SpatialAcceleratorConfig s) {
            return s.dataflow().label() + ", " + s.peRows() + "×" + s.peCols() + " PEs, RF " + s.peWeightRfWords() + "/"
                    + s.peInputRfWords() + "/" + s.pePsumRfWords() + " words (weights/inputs/psums), "
                    + s.globalBufferKiB() + " KiB buffer, " + Fmt.f(s.clockMHz(), 0) + " MHz, " + s.technologyNm()
                    + " nm, " + s.wordBits() + "-bit, " + s.dramType().label();
        }
        if (hardware instanceof SystolicConfig s) {
            return s.arrayX() + "×" + s.arrayY() + " array, " + s.simdLanes() + " SIMD lanes, " + s.onChipMemoryKiB()
                    + " KiB, " + Fmt.f(s.ioBandwidthGBps(), 0) + " GB/s, " + Fmt.f(s.clockMHz(), 0) + " MHz";
        }
        return String.valueOf(hardware);
    }
}
