package org.codesign.cost.arch;

import java.util.Optional;
import org.codesign.space.DramType;
import org.hipparchus.CalculusFieldElement;

/**
 * Energy, leakage and area of the components the templates use, at 45 nm with scaling to 32 nm
 * and 65 nm. The anchors are the Accelergy tables that Timeloop's reference runs used (fields
 * {@code ertVectorEnergyPJ}, {@code areaUm2} and {@code leakPJPerCycle} of
 * {@code simple_ws_default_45nm.json}, {@code simple_os_default_45nm.json} and
 * {@code eyeriss_vgg_conv3_1_45nm_intmac.json} at 45 nm, {@code eyeriss_like_default_32nm.json}
 * for the 32 nm factors; data files outside the repository in {@code ../shared/data/timeloop/},
 * copied to {@code src/test/resources/timeloop/}) and the figures of docs/BACKGROUND.md
 * ("Reference figures", energy per access); between anchors values follow a
 * piecewise power law ({@link LogLog}), so each reference component is reproduced exactly at 45 nm.
 *
 * <table>
 * <caption>Anchors at 45 nm</caption>
 * <tr><th>component</th><th>anchor</th><th>read / write pJ per access</th><th>area µm²</th><th>source</th></tr>
 * <tr><td>register</td><td>1×16 b</td><td>0.144 / 0</td><td>95.68</td><td>simple_ws/os refs (Aladdin register)</td></tr>
 * <tr><td>register file</td><td>12×16 b</td><td>0.3109 / 0.2719</td><td>151.94</td><td>eyeriss VGG ref, ifmap_spad</td></tr>
 * <tr><td>register file</td><td>16×16 b</td><td>0.385 / 0.3362</td><td>268.18</td><td>eyeriss VGG ref, psum_spad</td></tr>
 * <tr><td>register file</td><td>192×16 b</td><td>3.0056 / 2.8616</td><td>12639.82</td><td>eyeriss VGG ref, weights_spad</td></tr>
 * <tr><td>SRAM</td><td>192×16 b (384 B)</td><td>0.68 / 1.583 per 16 b</td><td>1419.81</td><td>simple_ws/os refs, pe_spad</td></tr>
 * <tr><td>SRAM</td><td>8 KiB</td><td>(interpolated)</td><td>5,450 per KiB</td><td>docs/BACKGROUND.md</td></tr>
 * <tr><td>SRAM</td><td>128 KiB, 64 b access</td><td>32.342 / 26.122</td><td>429,751.88</td><td>eyeriss VGG ref (BACKGROUND: 32.34 / 26.12)</td></tr>
 * <tr><td>MAC</td><td>8–16 b</td><td>0.315</td><td>417</td><td>refs' intmac, docs/BACKGROUND.md</td></tr>
 * <tr><td>DRAM</td><td>per bit</td><td>{@link DramType#energyPJPerBit()}</td><td>0</td><td>docs/BACKGROUND.md (LPDDR4 8 pJ/bit)</td></tr>
 * </table>
 *
 * <p>SRAM energy is per bit of the access, interpolated in capacity (access energy grows with the
 * bit- and word-line length, about as capacity^0.42 between the two anchors). Register-file energy
 * is per 16-bit entry access, interpolated in depth, and scales with the entry width. Leakage per
 * cycle: register files 7.9e-7 pJ per bit (all three RF anchors agree within 2 %), SRAM from
 * 1.165e-3 pJ at 384 B to 4.35e-3 pJ at 128 KiB (the mean of the two 45 nm reference runs,
 * 3.35e-3 and 5.35e-3, which disagree), registers 0. MACs are flat from 8 to 16 bits (the refs use
 * the same intmac for both) and scale with the square of the width outside that range.
 *
 * <p>Technology scaling (factor applied to the 45 nm value): 32 nm energies ×0.654 (register files
 * and registers: 0.651–0.658 in the refs), ×0.562 SRAM read / ×0.541 SRAM write (refs' global
 * buffer), ×0.659 MACs; 32 nm areas ×0.461 (BACKGROUND: ×0.46; refs 0.460–0.461) but ×0.506 for
 * the SRAM (refs). 65 nm areas ×1/0.66 (BACKGROUND); 65 nm energies extrapolate the 45→32 nm
 * ratios as a power of the feature size: ×1.58 (logic, register files), ×1.86 (SRAM). These
 * 65 nm energy factors are an assumption, not a published figure.
 */
public final class EnergyTables {
    /** Word widths the tables cover. */
    public static final int MIN_WORD_BITS = 4;

    public static final int MAX_WORD_BITS = 32;

    private static final LogLog RF_READ = new LogLog(new double[] {12, 16, 192}, new double[] {0.3109, 0.385, 3.0056});
    private static final LogLog RF_WRITE =
            new LogLog(new double[] {12, 16, 192}, new double[] {0.2719, 0.3362, 2.8616});
    private static final LogLog RF_AREA =
            new LogLog(new double[] {12, 16, 192}, new double[] {151.94, 268.18, 12639.82});
    private static final double RF_LEAK_PER_BIT = 7.9e-7;

    private static final double SRAM_SMALL_BITS = 192 * 16;
    private static final double SRAM_8K_BITS = 8 * 1024 * 8;
    private static final double SRAM_BIG_BITS = 128 * 1024 * 8;
    private static final LogLog SRAM_READ_PER_BIT =
            new LogLog(new double[] {SRAM_SMALL_BITS, SRAM_BIG_BITS}, new double[] {0.68 / 16, 32.342 / 64});
    private static final LogLog SRAM_WRITE_PER_BIT =
            new LogLog(new double[] {SRAM_SMALL_BITS, SRAM_BIG_BITS}, new double[] {1.583 / 16, 26.122 / 64});
    private static final LogLog SRAM_AREA_PER_BIT = new LogLog(
            new double[] {SRAM_SMALL_BITS, SRAM_8K_BITS, SRAM_BIG_BITS},
            new double[] {1419.81 / SRAM_SMALL_BITS, 5450.0 / 8192, 429751.88 / SRAM_BIG_BITS});
    private static final LogLog SRAM_LEAK =
            new LogLog(new double[] {SRAM_SMALL_BITS, SRAM_BIG_BITS}, new double[] {1.165e-3, 4.352e-3});

    private static final double REGISTER_READ_16B = 0.144;
    private static final double REGISTER_AREA_16B = 95.68;
    private static final double MAC_PJ = 0.315;
    private static final double MAC_AREA = 417.0;

    private EnergyTables() {}

    /** Kinds of components, each with its own technology scaling. */
    enum Kind {
        LOGIC,
        REGFILE,
        SRAM
    }

    /** Why the tables cannot cost a word width, if they cannot. */
    static Optional<String> wordBitsProblem(String part, int wordBits) {
        if (wordBits < MIN_WORD_BITS || wordBits > MAX_WORD_BITS) {
            return Optional.of(part + ": word width of " + wordBits + " bits is outside the " + MIN_WORD_BITS + "–"
                    + MAX_WORD_BITS + " bits the energy and area tables cover");
        }
        return Optional.empty();
    }

    /** Why the tables cannot cost a technology node, if they cannot. */
    static Optional<String> nodeProblem(String part, int nm) {
        if (nm != 32 && nm != 45 && nm != 65) {
            return Optional.of(part + ": no energy table for " + nm + " nm (32, 45, 65)");
        }
        return Optional.empty();
    }

    /** A one-word register of {@code bits} bits: reads cost, writes are free (Aladdin's register). */
    public static Component register(int bits, int nm) {
        double w = bits / 16.0;
        return new Component(
                REGISTER_READ_16B * w * energy(Kind.REGFILE, nm, true),
                0.0,
                0.0,
                REGISTER_AREA_16B * w * area(Kind.REGFILE, nm));
    }

    /** A register file of {@code entries} entries of {@code entryBits} bits (Eyeriss scratchpads). */
    public static Component registerFile(long entries, int entryBits, int nm) {
        double w = entryBits / 16.0;
        double d = Math.max(1, entries);
        return new Component(
                RF_READ.at(d) * w * energy(Kind.REGFILE, nm, true),
                RF_WRITE.at(d) * w * energy(Kind.REGFILE, nm, false),
                RF_LEAK_PER_BIT * d * entryBits * energy(Kind.REGFILE, nm, true),
                RF_AREA.at(d) * w * area(Kind.REGFILE, nm));
    }

    /** An SRAM of {@code capacityBits} bits read and written {@code accessBits} bits at a time. */
    public static Component sram(double capacityBits, int accessBits, int nm) {
        return new Component(
                SRAM_READ_PER_BIT.at(capacityBits) * accessBits * energy(Kind.SRAM, nm, true),
                SRAM_WRITE_PER_BIT.at(capacityBits) * accessBits * energy(Kind.SRAM, nm, false),
                SRAM_LEAK.at(capacityBits) * energy(Kind.SRAM, nm, true),
                SRAM_AREA_PER_BIT.at(capacityBits) * capacityBits * area(Kind.SRAM, nm));
    }

    /**
     * {@link #sram} with a continuous capacity (the relaxed model): the same anchors and power
     * laws, so it equals {@code sram} wherever both are defined.
     */
    public static <T extends CalculusFieldElement<T>> FieldComponent<T> sram(T capacityBits, int accessBits, int nm) {
        return new FieldComponent<>(
                SRAM_READ_PER_BIT.at(capacityBits).multiply(accessBits * energy(Kind.SRAM, nm, true)),
                SRAM_WRITE_PER_BIT.at(capacityBits).multiply(accessBits * energy(Kind.SRAM, nm, false)),
                SRAM_LEAK.at(capacityBits).multiply(energy(Kind.SRAM, nm, true)),
                SRAM_AREA_PER_BIT.at(capacityBits).multiply(capacityBits).multiply(area(Kind.SRAM, nm)));
    }

    /** One multiply-accumulate of {@code bits}-bit operands. */
    public static Component mac(int bits, int nm) {
        double f = bits < 8 ? Math.pow(bits / 8.0, 2) : bits > 16 ? Math.pow(bits / 16.0, 2) : 1.0;
        return new Component(MAC_PJ * f * energy(Kind.LOGIC, nm, true), 0, 0, MAC_AREA * f * area(Kind.LOGIC, nm));
    }

    /** Energy of one DRAM word of {@code wordBits} bits (read or write). */
    public static double dramWordPJ(DramType type, int wordBits) {
        return type.energyPJPerBit() * wordBits;
    }

    static double energy(Kind kind, int nm, boolean read) {
        return switch (nm) {
            case 45 -> 1.0;
            case 32 ->
                switch (kind) {
                    case LOGIC -> 0.659;
                    case REGFILE -> 0.654;
                    case SRAM -> read ? 0.562 : 0.541;
                };
            case 65 -> kind == Kind.SRAM ? 1.86 : 1.58;
            default -> throw new IllegalArgumentException("technology: no energy table for " + nm + " nm");
        };
    }

    static double area(Kind kind, int nm) {
        return switch (nm) {
            case 45 -> 1.0;
            case 32 -> kind == Kind.SRAM ? 0.506 : 0.461;
            case 65 -> 1 / 0.66;
            default -> throw new IllegalArgumentException("technology: no area table for " + nm + " nm");
        };
    }
}
