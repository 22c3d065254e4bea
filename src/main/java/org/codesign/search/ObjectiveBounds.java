package org.codesign.search;

/**
 * Normalization bounds: objective {@code i} maps {@code ideal[i] -> 0} and {@code nadir[i] -> 1}.
 * Fixed bounds (rather than bounds taken from the current front) make indicator values comparable
 * between runs and over time.
 */
public record ObjectiveBounds(double[] ideal, double[] nadir) {

    public ObjectiveBounds {
        Checks.notNull("ideal", ideal);
        Checks.notNull("nadir", nadir);
        if (ideal.length != nadir.length) {
            throw new IllegalArgumentException(
                    "nadir: has " + nadir.length + " objectives but ideal has " + ideal.length);
        }
        Checks.finite("ideal", ideal);
        Checks.finite("nadir", nadir);
        for (int i = 0; i < ideal.length; i++) {
            if (!(nadir[i] > ideal[i])) {
                throw new IllegalArgumentException(
                        "nadir: element " + i + " (" + nadir[i] + ") must be greater than ideal (" + ideal[i] + ")");
            }
        }
        ideal = ideal.clone();
        nadir = nadir.clone();
    }

    @Override
    public double[] ideal() {
        return ideal.clone();
    }

    @Override
    public double[] nadir() {
        return nadir.clone();
    }

    public int objectiveCount() {
        return ideal.length;
    }

    public double[] normalize(double[] objectives) {
        if (objectives.length != ideal.length) {
            throw new IllegalArgumentException(
                    "objectives: has " + objectives.length + " values, the bounds " + ideal.length);
        }
        double[] out = new double[objectives.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (objectives[i] - ideal[i]) / (nadir[i] - ideal[i]);
        }
        return out;
    }

    public double[][] normalize(double[][] points) {
        double[][] out = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            out[i] = normalize(points[i]);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectiveBounds b
                && java.util.Arrays.equals(ideal, b.ideal)
                && java.util.Arrays.equals(nadir, b.nadir);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(ideal) + java.util.Arrays.hashCode(nadir);
    }

    @Override
    public String toString() {
        return "ObjectiveBounds[ideal=" + java.util.Arrays.toString(ideal) + ", nadir="
                + java.util.Arrays.toString(nadir) + "]";
    }
}
