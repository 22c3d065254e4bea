package org.codesign.space;

import java.util.List;

/** Technology nodes the energy and area tables cover: 45 nm base, 32 nm and 65 nm scaled. */
public final class TechnologyNode {
    public static final List<Integer> SUPPORTED_NM = List.of(32, 45, 65);

    private TechnologyNode() {}

    static void require(String field, int nm) {
        if (!SUPPORTED_NM.contains(nm)) {
            throw new IllegalArgumentException(
                    field + ": " + nm + " nm is not supported (one of " + SUPPORTED_NM + ")");
        }
    }
}
