package org.codesign.ui;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Skips the tests that show a window (TestFX's {@link ApplicationExtension}) on a machine where
 * JavaFX cannot lay out text: its font library {@code javafx_font_pango} links against Pango,
 * FreeType and fontconfig, which a machine with only the JDK and Maven does not have. There every
 * window test would fail inside JavaFX (and its stack traces would spill into the CLI tests'
 * captured output), so the README's {@code mvn verify} skips them with this message instead.
 *
 * <p>Where the GUI is required ({@code .ci/run} sets {@code CODESIGN_REQUIRE_3D=1}, CI sets
 * {@code CI=true}) nothing is skipped: a missing library fails the tests, as it should.
 * Registered for every test class through {@code META-INF/services} and
 * {@code junit.jupiter.extensions.autodetection.enabled}.
 */
public final class GuiToolkitCondition implements ExecutionCondition {
    static final String MISSING = "JavaFX cannot lay out text on this machine (its font library needs Pango, "
            + "FreeType and fontconfig; Debian: apt-get install libgtk-3-0 fonts-dejavu-core, as .ci/run does)";

    private static volatile Optional<String> problem;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean showsWindows = context.getTestClass()
                .map(c -> c.getAnnotation(ExtendWith.class))
                .map(e -> java.util.Arrays.asList(e.value()).contains(ApplicationExtension.class))
                .orElse(false);
        if (!showsWindows || guiRequired()) {
            return ConditionEvaluationResult.enabled("");
        }
        return textProblem()
                .map(why -> ConditionEvaluationResult.disabled("skipped: " + MISSING + ": " + why))
                .orElseGet(() -> ConditionEvaluationResult.enabled("JavaFX text layout is available"));
    }

    static boolean guiRequired() {
        return "1".equals(System.getenv("CODESIGN_REQUIRE_3D")) || "true".equals(System.getenv("CI"));
    }

    /** Loads the library the way JavaFX does (once per JVM); empty when it loads. */
    static Optional<String> textProblem() {
        Optional<String> known = problem;
        if (known == null) {
            known = tryLoad();
            problem = known;
        }
        return known;
    }

    private static Optional<String> tryLoad() {
        try {
            Class.forName("com.sun.glass.utils.NativeLibLoader")
                    .getMethod("loadLibrary", String.class)
                    .invoke(null, "javafx_font_pango");
            return Optional.empty();
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            return Optional.of(cause.getClass().getSimpleName() + " " + cause.getMessage());
        } catch (ReflectiveOperationException e) {
            return Optional.empty(); // another JavaFX layout: let the tests say what is wrong
        }
    }
}
