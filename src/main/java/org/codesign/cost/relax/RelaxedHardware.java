package org.codesign.cost.relax;

import org.codesign.cost.arch.Component;
import org.codesign.cost.arch.EnergyTables;
import org.codesign.cost.arch.FieldComponent;
import org.codesign.cost.loopnest.Tensor;
import org.hipparchus.CalculusFieldElement;

/**
 * The figures of a relaxed accelerator that do not depend on the layer: PE count, buffer words,
 * per-word energies, leakage per cycle and chip area, as smooth functions of the {@link
 * HardwareVars} through the same energy tables as the discrete architecture.
 */
final class RelaxedHardware<T extends CalculusFieldElement<T>> {
    final SimpleArray array;
    final T cols;
    final T rows;
    final T pes;
    final T spadWords;
    final T glbWords;
    final T clockHz;
    /** Per word, global buffer (accessed in 64-bit blocks as in the discrete template). */
    final T glbRead;

    final T glbWrite;
    final T glbLeak;
    final T spadRead;
    final T spadWrite;
    final T spadLeak;
    /** [tensor] per-word read and write energy of each PE's register, and its leakage. */
    final double[] regRead = new double[Tensor.COUNT];

    final double[] regWrite = new double[Tensor.COUNT];
    final double regLeak;
    final double macPJ;
    final double dramPJ;
    final T areaUm2;

    RelaxedHardware(SimpleArray array, T[] x) {
        this.array = array;
        int nm = array.technologyNm();
        int bits = array.wordBits();
        rows = x[HardwareVars.ROWS].exp();
        cols = x[HardwareVars.COLS].exp();
        pes = rows.multiply(cols);
        spadWords = x[HardwareVars.SPAD].exp();
        T glbKiB = x[HardwareVars.GLB].exp();
        glbWords = glbKiB.multiply(1024.0 * 8 / bits);
        clockHz = x[HardwareVars.CLOCK].exp().multiply(1e6);
        int block = Math.max(1, 64 / bits);
        FieldComponent<T> glb = EnergyTables.sram(glbKiB.multiply(1024.0 * 8), block * bits, nm);
        glbRead = glb.readPJ().divide(block);
        glbWrite = glb.writePJ().divide(block);
        glbLeak = glb.leakPJPerCycle();
        int spadBits = array.pinned() == Tensor.O ? array.psumBits() : bits;
        FieldComponent<T> spad = EnergyTables.sram(spadWords.multiply(spadBits), spadBits, nm);
        spadRead = spad.readPJ();
        spadWrite = spad.writePJ();
        spadLeak = spad.leakPJPerCycle();
        double leak = 0;
        double regArea = 0;
        for (Tensor t : Tensor.values()) {
            int w = array.registerWords(t);
            int b = t == Tensor.O ? array.psumBits() : bits;
            Component c = w <= 1 ? EnergyTables.register(b, nm) : EnergyTables.registerFile(w, b, nm);
            regRead[t.ordinal()] = c.readPJ();
            regWrite[t.ordinal()] = c.writePJ();
            leak += c.leakPJPerCycle();
            regArea += c.areaUm2();
        }
        regLeak = leak;
        Component mac = EnergyTables.mac(Math.max(16, bits), nm);
        macPJ = mac.readPJ();
        dramPJ = EnergyTables.dramWordPJ(array.dramType(), bits);
        areaUm2 = pes.multiply(spad.areaUm2().add(regArea + mac.areaUm2())).add(glb.areaUm2());
    }
}
