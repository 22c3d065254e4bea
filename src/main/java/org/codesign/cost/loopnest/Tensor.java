package org.codesign.cost.loopnest;

/**
 * The three tensors of a convolution and how Timeloop projects the problem dimensions onto their
 * coordinates: W[G,M,C,R,S], I[N,G,C,H,W] with H = P·strideH + R and W = Q·strideW + S, and
 * O[N,G,M,P,Q] (read-modify-write).
 */
public enum Tensor {
    W,
    I,
    O;

    public static final int COUNT = 3;
    /** Coordinates per tensor (the same for all three). */
    public static final int RANK = 5;

    private static final Tensor[] VALUES = values();

    public static Tensor of(int index) {
        return VALUES[index];
    }

    public static Tensor parse(String field, String name) {
        if (name != null) {
            switch (name.trim()) {
                case "W", "Weights", "weights" -> {
                    return W;
                }
                case "I", "Inputs", "inputs" -> {
                    return I;
                }
                case "O", "Outputs", "outputs" -> {
                    return O;
                }
                default -> {}
            }
        }
        throw new IllegalArgumentException(field + ": unknown tensor '" + name + "' (one of W, I, O)");
    }

    /** Outputs are read-modify-write (partial sums); the others are read-only. */
    public boolean readWrite() {
        return this == O;
    }
}
