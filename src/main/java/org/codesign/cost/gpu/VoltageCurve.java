package org.codesign.cost.gpu;

/**
 * How a Tegra rail's voltage follows its clock under DVFS: flat at a floor up to a knee, then
 * linear up to the top level. Only V/V(max) enters the model, so the curve is stated in
 * fractions of the top clock and top voltage.
 *
 * <p>The shape is the usual one of Tegra DVFS tables (a minimum-voltage plateau over the lower
 * levels, then a roughly linear rise); the exact floor and knee are per-chip fuse data that NVIDIA
 * does not publish, so {@link #TEGRA_TYPICAL} is a representative assumption, not a measurement.
 */
public record VoltageCurve(double floorFraction, double kneeFraction) {

    /** Floor at 60 % of the top voltage, flat up to 40 % of the top clock (assumption, see above). */
    public static final VoltageCurve TEGRA_TYPICAL = new VoltageCurve(0.60, 0.40);

    public VoltageCurve {
        if (!(floorFraction > 0 && floorFraction <= 1)) {
            throw new IllegalArgumentException("floorFraction: must be in (0, 1], got " + floorFraction);
        }
        if (!(kneeFraction >= 0 && kneeFraction < 1)) {
            throw new IllegalArgumentException("kneeFraction: must be in [0, 1), got " + kneeFraction);
        }
    }

    /** V(f)/V(fmax) for a clock {@code mhz} on a rail whose top level is {@code maxMHz}. */
    public double relativeVolts(double mhz, double maxMHz) {
        double x = Math.min(mhz / maxMHz, 1.0);
        if (x <= kneeFraction) {
            return floorFraction;
        }
        return floorFraction + (1 - floorFraction) * (x - kneeFraction) / (1 - kneeFraction);
    }

    /** Dynamic power relative to the top level at equal activity: (f/fmax)·(V/Vmax)². */
    public double relativeDynamicPower(double mhz, double maxMHz) {
        double v = relativeVolts(mhz, maxMHz);
        return mhz / maxMHz * v * v;
    }
}
