package org.codesign.workload;

/** Channel-count rounding as the published models do it. */
public final class Channels {
    private Channels() {}

    /** The divisor every width-multiplied channel count is rounded to. */
    public static final int DIVISOR = 8;

    /**
     * The {@code make_divisible} rule of the TensorFlow and PyTorch MobileNet code: round to the
     * nearest multiple of {@code divisor} (at least {@code divisor}), and go up one step if that
     * lost more than 10 % of the value.
     */
    public static int makeDivisible(double value, int divisor) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("value: must be a positive finite number, got " + value);
        }
        if (divisor <= 0) {
            throw new IllegalArgumentException("divisor: must be positive, got " + divisor);
        }
        int rounded = Math.max(divisor, (int) (value + divisor / 2.0) / divisor * divisor);
        if (rounded < 0.9 * value) {
            rounded += divisor;
        }
        return rounded;
    }

    /** {@link #makeDivisible(double, int)} with the usual divisor of 8. */
    public static int makeDivisible(double value) {
        return makeDivisible(value, DIVISOR);
    }

    /** {@code base} channels scaled by {@code widthMult} and rounded with {@link #makeDivisible(double)}. */
    public static int scaled(int base, double widthMult) {
        return makeDivisible(base * widthMult);
    }

    /** Output size of a "same"-padded convolution or pooling: ceil(size / stride). */
    public static int sameOutput(int size, int stride) {
        return (size + stride - 1) / stride;
    }
}
