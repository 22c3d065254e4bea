package org.codesign.cost.loopnest;

import org.codesign.workload.Layer;

/**
 * The iteration space of one (grouped) convolution: bounds of N, G, C, M, P, Q, R, S (C and M per
 * group) and the strides. Dilation is 1, as in the reference runs.
 */
public record ConvProblem(
        String name, int n, int g, int c, int m, int p, int q, int r, int s, int strideH, int strideW) {

    public ConvProblem {
        check("N", n);
        check("G", g);
        check("C", c);
        check("M", m);
        check("P", p);
        check("Q", q);
        check("R", r);
        check("S", s);
        check("strideH", strideH);
        check("strideW", strideW);
    }

    private static void check(String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + ": must be a positive integer, got " + value);
        }
    }

    /** The problem of a layer: G = groups, C and M per group. */
    public static ConvProblem of(Layer layer) {
        return new ConvProblem(
                layer.name(),
                layer.n(),
                layer.groups(),
                layer.c() / layer.groups(),
                layer.m() / layer.groups(),
                layer.p(),
                layer.q(),
                layer.r(),
                layer.s(),
                layer.strideH(),
                layer.strideW());
    }

    public int bound(Dim dim) {
        return bound(dim.ordinal());
    }

    public int bound(int dim) {
        return switch (dim) {
            case 0 -> n;
            case 1 -> g;
            case 2 -> c;
            case 3 -> m;
            case 4 -> p;
            case 5 -> q;
            case 6 -> r;
            case 7 -> s;
            default -> throw new IndexOutOfBoundsException(dim);
        };
    }

    public int[] bounds() {
        return new int[] {n, g, c, m, p, q, r, s};
    }

    public long macs() {
        return (long) n * g * c * m * p * q * r * s;
    }

    /** Words of a whole tensor, as Timeloop sizes it (the input halo without padding). */
    public long tensorWords(Tensor t) {
        return switch (t) {
            case W -> (long) g * m * c * r * s;
            case I -> (long) n * g * c * ((long) (p - 1) * strideH + r) * ((long) (q - 1) * strideW + s);
            case O -> (long) n * g * m * p * q;
        };
    }

    /** A key that identifies the shape (not the name): equal shapes map identically. */
    public String shapeKey() {
        return n + "," + g + "," + c + "," + m + "," + p + "," + q + "," + r + "," + s + "," + strideH + "," + strideW;
    }
}
