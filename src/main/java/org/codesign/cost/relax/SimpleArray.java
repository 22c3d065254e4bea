package org.codesign.cost.relax;

import org.codesign.cost.loopnest.Tensor;
import org.codesign.space.Dataflow;
import org.codesign.space.DramType;
import org.codesign.space.SpatialAcceleratorConfig;

/**
 * The fixed part of a relaxed spatial accelerator with a one-tensor-pinned array (weight-,
 * output- or input-stationary, see {@code SpatialAcceleratorArchitecture}): the dataflow, the
 * node, the word width, the DRAM and the register words of the two tensors that are not pinned.
 * The continuous part is {@link HardwareVars}. Row-stationary arrays (three register files per
 * PE with a bandwidth of their own) are not relaxed.
 */
public record SimpleArray(
        Dataflow dataflow,
        int technologyNm,
        int wordBits,
        DramType dramType,
        int weightRegWords,
        int inputRegWords,
        int psumRegWords) {

    public SimpleArray {
        if (!supports(dataflow)) {
            throw new IllegalArgumentException("dataflow: the relaxed model covers weight-, output- and "
                    + "input-stationary arrays, not " + dataflow.label());
        }
    }

    public static boolean supports(Dataflow dataflow) {
        return dataflow != null && dataflow != Dataflow.ROW_STATIONARY;
    }

    /** The tensor the per-PE scratchpad holds. */
    public Tensor pinned() {
        return switch (dataflow) {
            case WEIGHT_STATIONARY -> Tensor.W;
            case OUTPUT_STATIONARY -> Tensor.O;
            default -> Tensor.I;
        };
    }

    /** Whether the global buffer keeps a tensor (the pinned one bypasses it but for weight-stationary). */
    public boolean glbKeeps(Tensor t) {
        return dataflow == Dataflow.WEIGHT_STATIONARY || t != pinned();
    }

    /** Words of the one-tensor register of {@code t} in each PE (1 for the pinned tensor). */
    public int registerWords(Tensor t) {
        if (t == pinned()) {
            return 1;
        }
        return switch (t) {
            case W -> weightRegWords;
            case I -> inputRegWords;
            case O -> psumRegWords;
        };
    }

    public int psumBits() {
        return Math.max(16, wordBits);
    }

    /** The discrete configuration with these integer values of the continuous sizes. */
    public SpatialAcceleratorConfig config(int rows, int cols, int spadWords, int glbKiB, double clockMHz) {
        Tensor p = pinned();
        return new SpatialAcceleratorConfig(
                dataflow,
                rows,
                cols,
                p == Tensor.W ? spadWords : weightRegWords,
                p == Tensor.I ? spadWords : inputRegWords,
                p == Tensor.O ? spadWords : psumRegWords,
                glbKiB,
                dramType,
                clockMHz,
                technologyNm,
                wordBits);
    }

    /** The fixed part of a discrete configuration. */
    public static SimpleArray of(SpatialAcceleratorConfig c) {
        return new SimpleArray(
                c.dataflow(),
                c.technologyNm(),
                c.wordBits(),
                c.dramType(),
                c.peWeightRfWords(),
                c.peInputRfWords(),
                c.pePsumRfWords());
    }

    /** The scratchpad words of a configuration (the pinned tensor's RF words). */
    public int spadWords(SpatialAcceleratorConfig c) {
        return switch (pinned()) {
            case W -> c.peWeightRfWords();
            case I -> c.peInputRfWords();
            case O -> c.pePsumRfWords();
        };
    }
}
