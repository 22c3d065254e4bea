package org.codesign.cost.arch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ComputeLevel;
import org.codesign.cost.loopnest.FanoutContainers;
import org.codesign.cost.loopnest.StorageLevel;
import org.codesign.cost.loopnest.Tensor;
import org.codesign.cost.mapper.SpatialConstraints;
import org.codesign.space.Dataflow;
import org.codesign.space.SpatialAcceleratorConfig;

/**
 * The {@code spatial-accelerator} template: DRAM → global buffer → a peCols × peRows PE array →
 * per-PE storage → one MAC per PE, after the Timeloop designs of the reference runs.
 *
 * <ul>
 * <li>row-stationary (Eyeriss-like, {@code eyeriss_like}): the global buffer keeps inputs and
 *   outputs (weights go from DRAM to the PEs); columns then PEs (two containers); per PE an ifmap,
 *   a weights and a psum register file (16-bit entries, 2 words/cycle each);</li>
 * <li>weight-, output- and input-stationary ({@code simple_weight_stationary},
 *   {@code simple_output_stationary}): one 2-D array; per PE an SRAM scratchpad for the pinned
 *   tensor (the RF words parameter of that tensor) and one register per tensor (the other
 *   tensors' RF words parameters, the pinned tensor's register holds 1 word). The global buffer
 *   keeps every tensor for weight-stationary; the pinned tensor bypasses it for output- and
 *   input-stationary (as in the output-stationary reference).</li>
 * </ul>
 * Fixed parameters (those of the reference runs): global buffer 64-bit wide with 16 words/cycle
 * read and write bandwidth, DRAM 64-bit blocks and unlimited bandwidth, partial sums at least
 * 16 bits wide.
 */
public final class SpatialAcceleratorArchitecture {
    /** Words per cycle the global buffer reads and writes (the reference runs). */
    public static final int GLB_BANDWIDTH_WORDS = 16;

    static final int RF_BANDWIDTH_WORDS = 2;
    private static final double INF = Double.POSITIVE_INFINITY;

    private SpatialAcceleratorArchitecture() {}

    /** The design, or why the tables cannot cost this configuration. */
    public static DesignOutcome build(SpatialAcceleratorConfig c) {
        Optional<String> unsupported = unsupported(c.technologyNm(), c.wordBits(), c.globalBufferKiB());
        return unsupported.isPresent() ? new DesignOutcome.Unsupported(unsupported.get()) : design(c);
    }

    /** Why a template with this node, word width and global buffer cannot be built, checked in build order. */
    static Optional<String> unsupported(int nm, int bits, int globalBufferKiB) {
        return EnergyTables.nodeProblem("technologyNm", nm)
                .or(() -> EnergyTables.wordBitsProblem("wordBits", bits))
                .or(() -> EnergyTables.wordBitsProblem("partial sums", Math.max(16, bits)))
                .or(() -> globalBufferProblem(globalBufferKiB, bits));
    }

    private static AcceleratorDesign design(SpatialAcceleratorConfig c) {
        int nm = c.technologyNm();
        int bits = c.wordBits();
        int psumBits = Math.max(16, bits);
        int pes = Math.multiplyExact(c.peRows(), c.peCols());
        List<StorageLevel> levels = new ArrayList<>();
        levels.add(dram(c.dramType(), bits));
        Dataflow df = c.dataflow();
        Set<Tensor> glbKeeps = switch (df) {
            case ROW_STATIONARY -> EnumSet.of(Tensor.I, Tensor.O);
            case WEIGHT_STATIONARY -> EnumSet.allOf(Tensor.class);
            case OUTPUT_STATIONARY -> EnumSet.of(Tensor.W, Tensor.I);
            case INPUT_STATIONARY -> EnumSet.of(Tensor.W, Tensor.O);
        };
        FanoutContainers layout = df == Dataflow.ROW_STATIONARY ? FanoutContainers.X_THEN_Y : FanoutContainers.SHARED;
        levels.add(globalBuffer(c.globalBufferKiB(), bits, nm, glbKeeps, layout));
        int x = c.peCols();
        int y = c.peRows();
        if (df == Dataflow.ROW_STATIONARY) {
            levels.add(regFile("ifmap_spad", pes, x, y, Tensor.I, c.peInputRfWords(), bits, nm));
            levels.add(regFile("weights_spad", pes, x, y, Tensor.W, c.peWeightRfWords(), bits, nm));
            levels.add(regFile("psum_spad", pes, x, y, Tensor.O, c.pePsumRfWords(), psumBits, nm));
        } else {
            Tensor pinned = switch (df) {
                case WEIGHT_STATIONARY -> Tensor.W;
                case OUTPUT_STATIONARY -> Tensor.O;
                default -> Tensor.I;
            };
            long spadWords = switch (pinned) {
                case W -> c.peWeightRfWords();
                case O -> c.pePsumRfWords();
                case I -> c.peInputRfWords();
            };
            levels.add(peSpad(pes, x, y, pinned, spadWords, pinned == Tensor.O ? psumBits : bits, nm));
            levels.add(register(
                    "weight_reg", pes, x, y, Tensor.W, pinned == Tensor.W ? 1 : c.peWeightRfWords(), bits, nm));
            levels.add(register(
                    "input_activation_reg",
                    pes,
                    x,
                    y,
                    Tensor.I,
                    pinned == Tensor.I ? 1 : c.peInputRfWords(),
                    bits,
                    nm));
            levels.add(register(
                    "output_activation_reg",
                    pes,
                    x,
                    y,
                    Tensor.O,
                    pinned == Tensor.O ? 1 : c.pePsumRfWords(),
                    psumBits,
                    nm));
        }
        Component mac = EnergyTables.mac(Math.max(16, bits), nm);
        ComputeLevel compute = new ComputeLevel("mac", pes, x, y, mac.readPJ(), 0.0, mac.areaUm2());
        Architecture arch = new Architecture(
                "spatial-accelerator " + df.label() + " " + y + "x" + x, c.clockMHz() * 1e6, levels, compute);
        return new AcceleratorDesign(arch, SpatialConstraints.forDataflow(df, 1));
    }

    static StorageLevel dram(org.codesign.space.DramType type, int bits) {
        double e = EnergyTables.dramWordPJ(type, bits);
        int block = Math.max(1, 64 / bits);
        return new StorageLevel(
                "DRAM",
                1,
                1,
                1,
                EnumSet.allOf(Tensor.class),
                bits,
                block,
                StorageLevel.UNBOUNDED,
                e,
                e,
                e,
                0,
                0,
                INF,
                INF,
                INF,
                1,
                1.0,
                FanoutContainers.SHARED);
    }

    private static Optional<String> globalBufferProblem(int kib, int bits) {
        return (long) kib * 1024 * 8 / bits < 1
                ? Optional.of("global buffer of " + kib + " KiB holds no " + bits + "-bit word")
                : Optional.empty();
    }

    static StorageLevel globalBuffer(int kib, int bits, int nm, Set<Tensor> keeps, FanoutContainers layout) {
        long capacityBits = (long) kib * 1024 * 8;
        long words = capacityBits / bits;
        if (words < 1) {
            // build() checked it (globalBufferProblem): reaching this is a caller's bug
            throw new IllegalArgumentException("global buffer of " + kib + " KiB holds no " + bits + "-bit word");
        }
        int block = Math.max(1, 64 / bits);
        Component sram = EnergyTables.sram(capacityBits, block * bits, nm);
        return new StorageLevel(
                "shared_glb",
                1,
                1,
                1,
                keeps,
                bits,
                block,
                words,
                sram.readPJ() / block,
                sram.writePJ() / block,
                sram.writePJ() / block,
                sram.leakPJPerCycle(),
                sram.areaUm2(),
                GLB_BANDWIDTH_WORDS,
                GLB_BANDWIDTH_WORDS,
                INF,
                1,
                1.0,
                layout);
    }

    /** An Eyeriss-style register file of {@code words} data words, stored in 16-bit (or wider) entries. */
    static StorageLevel regFile(String name, int pes, int x, int y, Tensor keeps, long words, int bits, int nm) {
        return regFile(name, pes, x, y, EnumSet.of(keeps), words, bits, nm, RF_BANDWIDTH_WORDS);
    }

    static StorageLevel regFile(
            String name, int pes, int x, int y, Set<Tensor> keeps, long words, int bits, int nm, double bandwidth) {
        int entryBits = Math.max(16, bits);
        int block = entryBits / bits;
        long entries = Math.max(1, (words * bits + entryBits - 1) / entryBits);
        Component rf = EnergyTables.registerFile(entries, entryBits, nm);
        return new StorageLevel(
                name,
                pes,
                x,
                y,
                keeps,
                bits,
                block,
                words,
                rf.readPJ() / block,
                rf.writePJ() / block,
                rf.writePJ() / block,
                rf.leakPJPerCycle(),
                rf.areaUm2(),
                bandwidth,
                bandwidth,
                INF,
                1,
                1.0,
                FanoutContainers.SHARED);
    }

    /** The per-PE SRAM scratchpad of the simple arrays. */
    static StorageLevel peSpad(int pes, int x, int y, Tensor keeps, long words, int bits, int nm) {
        Component sram = EnergyTables.sram((double) words * bits, bits, nm);
        return new StorageLevel(
                "pe_spad",
                pes,
                x,
                y,
                EnumSet.of(keeps),
                bits,
                1,
                words,
                sram.readPJ(),
                sram.writePJ(),
                sram.writePJ(),
                sram.leakPJPerCycle(),
                sram.areaUm2(),
                INF,
                INF,
                INF,
                1,
                1.0,
                FanoutContainers.SHARED);
    }

    /** A register (one word) or, when it holds more words, a small register file. */
    static StorageLevel register(String name, int pes, int x, int y, Tensor keeps, long words, int bits, int nm) {
        Component c = words <= 1 ? EnergyTables.register(bits, nm) : EnergyTables.registerFile(words, bits, nm);
        return new StorageLevel(
                name,
                pes,
                x,
                y,
                EnumSet.of(keeps),
                bits,
                1,
                Math.max(1, words),
                c.readPJ(),
                c.writePJ(),
                c.writePJ(),
                c.leakPJPerCycle(),
                c.areaUm2(),
                INF,
                INF,
                INF,
                1,
                1.0,
                FanoutContainers.SHARED);
    }
}
