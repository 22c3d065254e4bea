package org.codesign.cost.relax;

/**
 * The continuous hardware variables, each the natural log of a size: PE rows, PE columns,
 * words of the pinned scratchpad, global buffer KiB and clock MHz. They come first in the
 * relaxed model's variable vector.
 */
public final class HardwareVars {
    public static final int ROWS = 0;
    public static final int COLS = 1;
    public static final int SPAD = 2;
    public static final int GLB = 3;
    public static final int CLOCK = 4;
    public static final int COUNT = 5;

    private static final String[] NAMES = {"peRows", "peCols", "spadWords", "globalBufferKiB", "clockMHz"};

    private HardwareVars() {}

    public static String name(int i) {
        return NAMES[i];
    }
}
