package org.codesign.cost.loopnest;

/** One loop of a mapping: a dimension and its factor. */
public record Loop(Dim dim, int factor) {
    public Loop {
        if (dim == null) {
            throw new IllegalArgumentException("dim: missing");
        }
        if (factor <= 0) {
            throw new IllegalArgumentException("factor: must be positive, got " + factor);
        }
    }

    @Override
    public String toString() {
        return dim.letter() + factor;
    }
}
