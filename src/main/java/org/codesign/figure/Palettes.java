package org.codesign.figure;

/** The colours of figures drawn without a window (the window passes its own, which are the same). */
public final class Palettes {
    /** Tableau 10 (Tableau's default categorical palette), for runs. */
    static final int[] CATEGORICAL = {
        0xff4e79a7, 0xfff28e2b, 0xffe15759, 0xff76b7b2, 0xff59a14f,
        0xffedc948, 0xffb07aa1, 0xffff9da7, 0xff9c755f, 0xffbab0ac
    };
    /** Stops of matplotlib's viridis (perceptually uniform, colour-blind safe), low to high. */
    private static final int[] VIRIDIS_STOPS = {0xff440154, 0xff3b528b, 0xff21918c, 0xff5ec962, 0xfffde725};

    static final int FRONT = 0xff1f6fd1;
    static final int OTHER = 0xff9aa0a6;
    static final int SELECTED = 0xffd62728;
    static final int RAMP_SIZE = 256;

    private Palettes() {}

    static int run(int index) {
        return CATEGORICAL[Math.floorMod(index, CATEGORICAL.length)];
    }

    /** {@value #RAMP_SIZE} colours from viridis's stops, blended linearly. */
    static int[] viridis() {
        int[] p = new int[RAMP_SIZE];
        for (int i = 0; i < RAMP_SIZE; i++) {
            double t = i / (double) (RAMP_SIZE - 1) * (VIRIDIS_STOPS.length - 1);
            int k = Math.min(VIRIDIS_STOPS.length - 2, (int) Math.floor(t));
            p[i] = blend(VIRIDIS_STOPS[k], VIRIDIS_STOPS[k + 1], t - k);
        }
        return p;
    }

    static int blend(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - t) + ((b >> 16) & 0xff) * t);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - t) + ((b >> 8) & 0xff) * t);
        int bl = (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
        return 0xff000000 | (r << 16) | (g << 8) | bl;
    }
}
