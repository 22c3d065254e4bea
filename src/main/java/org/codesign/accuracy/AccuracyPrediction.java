package org.codesign.accuracy;

/**
 * A predicted top-1 (percent) with its interval and whether the configuration lies outside what
 * the calibration data cover.
 */
public record AccuracyPrediction(double top1, double low, double high, boolean extrapolated, boolean declaredValue) {

    public AccuracyPrediction(double top1, double low, double high, boolean extrapolated) {
        this(top1, low, high, extrapolated, false);
    }

    /** A network whose accuracy is declared, not predicted (a layer-list file): no interval. */
    public static AccuracyPrediction declared(double top1) {
        return new AccuracyPrediction(top1, top1, top1, false, true);
    }
}
