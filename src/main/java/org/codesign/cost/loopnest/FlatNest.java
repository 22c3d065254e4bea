package org.codesign.cost.loopnest;

import java.util.Arrays;
import java.util.List;

/**
 * A mapping flattened into Timeloop's loop nest: loops listed inner → outer, grouped into tiling
 * levels (inner → outer). Every storage level is one tiling level whose loops are its temporal
 * loops (a unit loop when it has none); its spatial fan-out becomes one or two container tiling
 * levels just below it, each holding its spatial loops under a unit temporal loop (as Timeloop's
 * container levels do). Mutable and reusable so the mapper can rebuild nests without allocating.
 */
public final class FlatNest {
    int nLoops;
    int[] dim = new int[32];
    int[] bound = new int[32];
    boolean[] spatial = new boolean[32];
    /** For spatial loops: true on the X axis of the mesh, false on Y. */
    boolean[] xAxis = new boolean[32];

    int nTl;
    int[] tlLo = new int[16];
    int[] tlHi = new int[16];
    /** Storage level index of a tiling level, or the index of the storage level above a container. */
    int[] tlStorage = new int[16];

    boolean[] tlContainer = new boolean[16];
    /** Physical mesh of a container (h = X, v = Y), for neighbour transfers. */
    int[] tlH = new int[16];

    int[] tlV = new int[16];
    /** [storage level] → its tiling level. */
    int[] storageTl = new int[8];

    int nStorage;

    public FlatNest() {}

    /** Flattens a mapping of the architecture's levels (no validation of factors). */
    public static FlatNest of(Architecture arch, Mapping mapping) {
        FlatNest nest = new FlatNest();
        nest.reset(arch.storage().size());
        List<LevelMapping> levels = mapping.levels();
        for (int s = levels.size() - 1; s >= 0; s--) {
            LevelMapping lm = levels.get(s);
            List<Loop> xs = lm.spatialX();
            List<Loop> ys = lm.spatialY();
            int fx = arch.fanoutX(s);
            int fy = arch.fanoutY(s);
            if (lm.hasSpatial()) {
                FanoutContainers layout = arch.storage().get(s).fanout();
                if (layout.nested(lm.dimensionOnBothAxes())) {
                    if (!ys.isEmpty()) {
                        nest.beginContainer(s);
                        addLoops(nest, ys, false);
                        nest.endContainer(1, fy);
                    }
                    if (!xs.isEmpty()) {
                        nest.beginContainer(s);
                        addLoops(nest, xs, true);
                        nest.endContainer(fx, 1);
                    }
                } else {
                    nest.beginContainer(s);
                    addLoops(nest, xs, true);
                    addLoops(nest, ys, false);
                    nest.endContainer(fx, fy);
                }
            }
            nest.beginStorage(s);
            for (int i = lm.temporal().size() - 1; i >= 0; i--) {
                Loop l = lm.temporal().get(i);
                nest.addLoop(l.dim().ordinal(), l.factor(), false);
            }
            nest.endStorage();
        }
        return nest;
    }

    private static void addLoops(FlatNest nest, List<Loop> outerToInner, boolean x) {
        for (int i = outerToInner.size() - 1; i >= 0; i--) {
            Loop l = outerToInner.get(i);
            nest.addSpatialLoop(l.dim().ordinal(), l.factor(), x);
        }
    }

    // ---- incremental construction (inner → outer) ----

    public void reset(int storageLevels) {
        nLoops = 0;
        nTl = 0;
        nStorage = storageLevels;
        if (storageTl.length < storageLevels) {
            storageTl = new int[storageLevels];
        }
    }

    public void beginContainer(int storageAbove) {
        ensureTl();
        tlLo[nTl] = nLoops;
        tlStorage[nTl] = storageAbove;
        tlContainer[nTl] = true;
    }

    public void endContainer(int physX, int physY) {
        addLoop(0, 1, false); // the container's unit temporal loop
        tlHi[nTl] = nLoops - 1;
        tlH[nTl] = physX;
        tlV[nTl] = physY;
        nTl++;
    }

    public void beginStorage(int storage) {
        ensureTl();
        tlLo[nTl] = nLoops;
        tlStorage[nTl] = storage;
        tlContainer[nTl] = false;
    }

    public void endStorage() {
        if (nLoops == tlLo[nTl]) {
            addLoop(0, 1, false);
        }
        tlHi[nTl] = nLoops - 1;
        tlH[nTl] = 1;
        tlV[nTl] = 1;
        storageTl[tlStorage[nTl]] = nTl;
        nTl++;
    }

    /** Adds a temporal loop (inner → outer order). */
    public void addLoop(int d, int b, boolean isSpatial) {
        add(d, b, isSpatial, false);
    }

    /** Adds a spatial loop on the X (true) or Y axis, inner → outer; X loops go inside Y loops. */
    public void addSpatialLoop(int d, int b, boolean x) {
        add(d, b, true, x);
    }

    private void add(int d, int b, boolean isSpatial, boolean x) {
        if (nLoops == dim.length) {
            int n = dim.length * 2;
            dim = Arrays.copyOf(dim, n);
            bound = Arrays.copyOf(bound, n);
            spatial = Arrays.copyOf(spatial, n);
            xAxis = Arrays.copyOf(xAxis, n);
        }
        dim[nLoops] = d;
        bound[nLoops] = b;
        spatial[nLoops] = isSpatial;
        xAxis[nLoops] = x;
        nLoops++;
    }

    private void ensureTl() {
        if (nTl == tlLo.length) {
            int n = tlLo.length * 2;
            tlLo = Arrays.copyOf(tlLo, n);
            tlHi = Arrays.copyOf(tlHi, n);
            tlStorage = Arrays.copyOf(tlStorage, n);
            tlContainer = Arrays.copyOf(tlContainer, n);
            tlH = Arrays.copyOf(tlH, n);
            tlV = Arrays.copyOf(tlV, n);
        }
    }
}
