package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoDesktopTest {
    @Test
    void missingNativeLibrariesAreExplained() {
        // what Application.launch threw in a Debian root with only the JDK and Maven
        RuntimeException failure = new RuntimeException(new UnsatisfiedLinkError("no glass in java.library.path"));
        assertThat(NoDesktop.explain(failure))
                .hasValueSatisfying(why -> assertThat(why).contains("native libraries", "no glass"));
    }

    @Test
    void aMissingDisplayIsExplained() {
        assertThat(NoDesktop.explain(new UnsupportedOperationException("Unable to open DISPLAY")))
                .hasValueSatisfying(why -> assertThat(why).startsWith("there is no display"));
    }

    @Test
    void otherFailuresAreNotMistakenForAMissingDesktop() {
        assertThat(NoDesktop.explain(
                        new RuntimeException("Exception in Application start method", new NullPointerException())))
                .isEmpty();
        assertThat(NoDesktop.explain(new UnsupportedOperationException("not yet")))
                .isEmpty();
    }
}
