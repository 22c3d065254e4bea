package org.codesign.ui.kit;

import java.util.Locale;

/** CSS/lookup ids from names ("stage2.depth" → "stage2-depth"), so tests and styles can find nodes. */
public final class Ids {
    private Ids() {}

    public static String of(String prefix, String name) {
        return prefix + "-"
                + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
