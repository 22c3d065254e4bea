package org.codesign.eval;

import java.util.Locale;

/** What a run varies: the comparisons the papers make. Written in files as e.g. {@code network-only}. */
public enum CodesignMode {
    /** Network and hardware searched together. */
    JOINT,
    /** Only the network varies, on the study's fixed hardware configuration. */
    NETWORK_ONLY,
    /** Only the hardware varies, for the study's fixed network. */
    HARDWARE_ONLY,
    /** Network first (on the fixed hardware), then hardware for the chosen networks. */
    SEQUENTIAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CodesignMode parse(String label) {
        for (CodesignMode m : values()) {
            if (m.label().equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "mode: unknown mode '" + label + "' (joint, network-only, hardware-only, sequential)");
    }
}
