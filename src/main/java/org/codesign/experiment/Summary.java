package org.codesign.experiment;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** Mean, sample standard deviation, minimum, median and maximum of the finite values of a sample. */
record Summary(int n, double mean, double sd, double min, double median, double max) {

    static Summary of(Collection<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static Summary of(double... values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        int n = v.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(v).average().orElseThrow();
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new Summary(n, mean, sd, v[0], median, v[n - 1]);
    }

    /** "12.3 ± 0.4" (the ± part only with two or more values); "–" without values. */
    String meanSd(int digits) {
        if (n == 0) {
            return "–";
        }
        return n == 1 ? Fmt.f(mean, digits) : Fmt.f(mean, digits) + " ± " + Fmt.f(sd, digits);
    }

    /** "12.3 ± 0.4 (11.9–12.8)". */
    String meanSdRange(int digits) {
        if (n < 2) {
            return meanSd(digits);
        }
        return meanSd(digits) + " (" + Fmt.f(min, digits) + "–" + Fmt.f(max, digits) + ")";
    }

    /** As {@link #meanSd} with values in percent (0.123 → "12.3 %"). */
    String percent(int digits) {
        if (n == 0) {
            return "–";
        }
        String m = String.format(Locale.ROOT, "%." + digits + "f", 100 * mean);
        return n == 1 ? m + " %" : m + " ± " + String.format(Locale.ROOT, "%." + digits + "f", 100 * sd) + " %";
    }
}
