package org.codesign.cost.arch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ComputeLevel;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.FanoutContainers;
import org.codesign.cost.loopnest.StorageLevel;
import org.codesign.cost.loopnest.Tensor;
import org.codesign.cost.mapper.SpatialConstraints;
import org.codesign.space.SystolicConfig;

/**
 * The {@code systolic} template (Edge-TPU-like): DRAM behind an I/O link of
 * {@code ioBandwidthGBps} → an on-chip memory of {@code onChipMemoryKiB} holding all tensors →
 * an arrayX × arrayY weight-stationary PE array (X carries output channels M, Y input channels C;
 * G for depthwise) → per PE a register file of 16 words per lane holding weights and inputs → a
 * fan-out to {@code simdLanes} MAC lanes (over P, Q or M) → per lane an accumulator register file
 * of 4 partial sums.
 *
 * <p>The I/O bandwidth throttles the DRAM level: words per cycle = GB/s · 10⁹ / (clock · bytes
 * per word). The on-chip memory is 64 bits wide with unlimited bandwidth.
 */
public final class SystolicArchitecture {
    static final int REGFILE_WORDS_PER_LANE = 16;
    static final int ACCUMULATORS_PER_LANE = 4;
    private static final double INF = Double.POSITIVE_INFINITY;

    private SystolicArchitecture() {}

    /** The design, or why the tables cannot cost this configuration. */
    public static DesignOutcome build(SystolicConfig c) {
        Optional<String> unsupported =
                SpatialAcceleratorArchitecture.unsupported(c.technologyNm(), c.wordBits(), c.onChipMemoryKiB());
        return unsupported.isPresent() ? new DesignOutcome.Unsupported(unsupported.get()) : design(c);
    }

    private static AcceleratorDesign design(SystolicConfig c) {
        int nm = c.technologyNm();
        int bits = c.wordBits();
        int psumBits = Math.max(16, bits);
        int pes = Math.multiplyExact(c.arrayX(), c.arrayY());
        int lanes = Math.multiplyExact(pes, c.simdLanes());
        List<StorageLevel> levels = new ArrayList<>();
        StorageLevel dram = SpatialAcceleratorArchitecture.dram(c.dramType(), bits);
        double wordsPerCycle = c.ioBandwidthGBps() * 1e9 / (c.clockMHz() * 1e6) / (bits / 8.0);
        levels.add(new StorageLevel(
                dram.name(),
                1,
                1,
                1,
                dram.keeps(),
                bits,
                dram.blockWords(),
                dram.capacityWords(),
                dram.readEnergyPJ(),
                dram.writeEnergyPJ(),
                dram.updateEnergyPJ(),
                0,
                0,
                INF,
                INF,
                wordsPerCycle,
                1,
                1.0,
                FanoutContainers.SHARED));
        StorageLevel mem = SpatialAcceleratorArchitecture.globalBuffer(
                c.onChipMemoryKiB(), bits, nm, EnumSet.allOf(Tensor.class), FanoutContainers.SHARED);
        levels.add(new StorageLevel(
                "on_chip_memory",
                1,
                1,
                1,
                mem.keeps(),
                bits,
                mem.blockWords(),
                mem.capacityWords(),
                mem.readEnergyPJ(),
                mem.writeEnergyPJ(),
                mem.updateEnergyPJ(),
                mem.leakPJPerCycle(),
                mem.areaUm2(),
                INF,
                INF,
                INF,
                1,
                1.0,
                FanoutContainers.SHARED));
        long rfWords = (long) REGFILE_WORDS_PER_LANE * c.simdLanes();
        levels.add(SpatialAcceleratorArchitecture.regFile(
                "pe_regfile", pes, c.arrayX(), c.arrayY(), EnumSet.of(Tensor.W, Tensor.I), rfWords, bits, nm, INF));
        Component acc = EnergyTables.registerFile(ACCUMULATORS_PER_LANE, psumBits, nm);
        levels.add(new StorageLevel(
                "lane_accumulators",
                lanes,
                c.arrayX() * c.simdLanes(),
                c.arrayY(),
                EnumSet.of(Tensor.O),
                psumBits,
                1,
                ACCUMULATORS_PER_LANE,
                acc.readPJ(),
                acc.writePJ(),
                acc.writePJ(),
                acc.leakPJPerCycle(),
                acc.areaUm2(),
                INF,
                INF,
                INF,
                1,
                1.0,
                FanoutContainers.SHARED));
        Component mac = EnergyTables.mac(Math.max(16, bits), nm);
        ComputeLevel compute =
                new ComputeLevel("mac", lanes, c.arrayX() * c.simdLanes(), c.arrayY(), mac.readPJ(), 0, mac.areaUm2());
        Architecture arch = new Architecture(
                "systolic " + c.arrayX() + "x" + c.arrayY() + "x" + c.simdLanes(), c.clockMHz() * 1e6, levels, compute);
        SpatialConstraints constraints = SpatialConstraints.none()
                .with(1, EnumSet.of(Dim.M, Dim.G), EnumSet.of(Dim.C, Dim.G))
                .with(2, EnumSet.of(Dim.P, Dim.Q, Dim.M, Dim.N, Dim.G), EnumSet.noneOf(Dim.class));
        return new AcceleratorDesign(arch, constraints);
    }
}
