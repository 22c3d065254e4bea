package org.codesign.cost.gpu;

/** Short number labels for the per-layer descriptions, without the cost of String.format. */
final class NumberLabels {
    private NumberLabels() {}

    /** Three significant figures at most: 137, 13.7, 1.37, 0.14; integers stay integers. */
    static String compact(double x) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        double a = Math.abs(x);
        if (a >= 100) {
            return Long.toString(Math.round(x));
        }
        int decimals = a >= 10 ? 1 : 2;
        long scale = decimals == 1 ? 10 : 100;
        long scaled = Math.round(x * scale);
        if (scaled % scale == 0) {
            return Long.toString(scaled / scale);
        }
        String sign = scaled < 0 ? "-" : "";
        long abs = Math.abs(scaled);
        String fraction = Long.toString(abs % scale);
        if (decimals == 2 && fraction.length() == 1) {
            fraction = "0" + fraction;
        }
        if (decimals == 2 && fraction.endsWith("0")) {
            fraction = fraction.substring(0, 1);
        }
        return sign + (abs / scale) + "." + fraction;
    }
}
