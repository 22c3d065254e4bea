package org.codesign.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codesign.accuracy.AccuracyModel;
import org.codesign.eval.Evaluator;
import org.codesign.space.NetworkConfig;
import org.codesign.study.ModelSettings;
import org.codesign.study.Studies;
import org.codesign.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app reads a study's accuracy coefficients relative to the study's folder, as the CLI does. */
class EvaluatorCacheTest {

    @Test
    void aCoefficientsFileIsReadFromTheStudysFolder(@TempDir Path folder) throws IOException {
        // The built-in coefficients with a higher error floor for the default study's family
        // (mbv3-ofa, listed first): every prediction drops by the difference.
        String builtin;
        try (InputStream in = AccuracyModel.class.getResourceAsStream(AccuracyModel.RESOURCE)) {
            builtin = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher floor = java.util.regex.Pattern.compile(
                        "(\"mbv3-ofa\" : \\{\\s*\"floor\" : )([0-9.]+),")
                .matcher(builtin);
        if (!floor.find()) {
            throw new AssertionError("the built-in model has no mbv3-ofa floor");
        }
        Files.writeString(
                folder.resolve("coefficients.json"),
                floor.replaceFirst("$1" + (Double.parseDouble(floor.group(2)) + 5) + ","));
        Study defaults = Studies.defaultStudy();
        Study study = new Study(
                defaults.name(),
                defaults.description(),
                defaults.networkSpace(),
                defaults.hardwareSpace(),
                defaults.objectives(),
                defaults.constraints(),
                new ModelSettings("coefficients.json", "edp"),
                defaults.fixedNetwork(),
                defaults.fixedHardware(),
                defaults.runs());
        EvaluatorCache cache = new EvaluatorCache(new StudyDocument(study, folder.resolve("study.codesign.json")));

        NetworkConfig network = study.networkSpace()
                .decode(new int[study.networkSpace().design().cardinalities().length]);
        Evaluator evaluator = cache.get();
        double shifted = evaluator.accuracyModel().predict(network);
        double original = AccuracyModel.defaultModel().predict(network);
        assertEquals(original - 5, shifted, 1e-9);
        assertSame(evaluator, cache.get(), "the evaluator is built once per settings and folder");
    }
}
