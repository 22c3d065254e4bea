package org.codesign;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the source tree in pieces a reader can hold (issue 11): no main source file over 600 lines,
 * a main window under 250 lines that only assembles the features, one class per simple name, and
 * a {@code ui} split into feature packages whose view-models have their own tests. The sources are
 * read from {@code src/} and the compiled classes from {@code target/classes}, relative to the
 * project root (Maven's working directory for the tests).
 */
class StructureTest {
    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");
    private static final Path TEST_SOURCES = Path.of("src", "test", "java");
    private static final int MAX_SOURCE_LINES = 600;
    private static final int MAX_MAIN_WINDOW_LINES = 250;
    private static final String UI = "org.codesign.ui";
    private static final int MIN_UI_FEATURE_PACKAGES = 6;

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target/classes"));
    }

    @Test
    void noMainSourceFileIsOver600Lines() {
        List<String> offenders;
        try (Stream<Path> files = javaFiles(MAIN_SOURCES)) {
            offenders = files.map(f -> Map.entry(f, lineCount(f)))
                    .filter(e -> e.getValue() > MAX_SOURCE_LINES)
                    .sorted(Map.Entry.<Path, Integer>comparingByValue().reversed())
                    .map(e -> slashes(e.getKey()) + ": " + e.getValue() + " lines")
                    .collect(toList());
        }
        assertThat(offenders)
                .withFailMessage(
                        "%d source files under %s have more than %d lines:%n  %s",
                        offenders.size(), slashes(MAIN_SOURCES), MAX_SOURCE_LINES, String.join("\n  ", offenders))
                .isEmpty();
    }

    @Test
    void theMainWindowIsUnder250Lines() {
        List<JavaClass> windows = topLevelClasses()
                .filter(c -> c.getSimpleName().equals("MainWindow"))
                .collect(toList());
        assertThat(windows)
                .withFailMessage(
                        "expected exactly one class named MainWindow in %s, found %s",
                        slashes(MAIN_SOURCES),
                        windows.stream().map(JavaClass::getName).collect(toList()))
                .hasSize(1);
        Path file = sourceFile(windows.get(0));
        int lines = lineCount(file);
        assertThat(lines)
                .withFailMessage(
                        "%s has %d lines; the main window should stay under %d and leave the "
                                + "features to their packages under %s",
                        slashes(file), lines, MAX_MAIN_WINDOW_LINES, UI)
                .isLessThan(MAX_MAIN_WINDOW_LINES);
    }

    @Test
    void noTwoMainClassesShareASimpleName() {
        Map<String, List<String>> byName = topLevelClasses()
                .collect(groupingBy(JavaClass::getSimpleName, TreeMap::new, mapping(JavaClass::getName, toList())));
        List<String> shared = byName.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + ": " + e.getValue().stream().sorted().collect(Collectors.joining(", ")))
                .collect(toList());
        assertThat(shared)
                .withFailMessage(
                        "%d simple names are used by more than one top-level class in %s:%n  %s",
                        shared.size(), slashes(MAIN_SOURCES), String.join("\n  ", shared))
                .isEmpty();
    }

    /** A feature package is a direct sub-package of {@code org.codesign.ui} with classes in it or below it. */
    @Test
    void theUiHasAtLeastSixFeaturePackages() {
        Set<String> features = topLevelClasses()
                .map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(UI + "."))
                .map(p -> p.substring(UI.length() + 1).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(features)
                .withFailMessage(
                        "%s has %d feature sub-packages %s; expected at least %d "
                                + "(one per feature: study editor, runs, Pareto views, points, detail, teaching, files)",
                        UI, features.size(), features, MIN_UI_FEATURE_PACKAGES)
                .hasSizeGreaterThanOrEqualTo(MIN_UI_FEATURE_PACKAGES);
    }

    @Test
    void everyUiViewModelHasATestInItsPackage() {
        List<String> untested = topLevelClasses()
                .filter(c -> c.getPackageName().equals(UI) || c.getPackageName().startsWith(UI + "."))
                .filter(c -> c.getSimpleName().endsWith("ViewModel"))
                .filter(c -> !Files.isRegularFile(expectedTest(c)))
                .map(c -> c.getName() + " (no " + slashes(expectedTest(c)) + ")")
                .collect(toList());
        assertThat(untested)
                .withFailMessage(
                        "every *ViewModel in %s needs a *ViewModelTest in the same package:%n  %s",
                        UI, String.join("\n  ", untested))
                .isEmpty();
    }

    /** Top-level production classes, without {@code package-info}. */
    private static Stream<JavaClass> topLevelClasses() {
        return classes.stream()
                .filter(JavaClass::isTopLevelClass)
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .sorted(Comparator.comparing(JavaClass::getName));
    }

    private static Stream<Path> javaFiles(Path root) {
        try {
            return Files.walk(root)
                    .filter(f -> f.getFileName().toString().endsWith(".java"))
                    .filter(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path packageDir(Path root, JavaClass c) {
        return root.resolve(c.getPackageName().replace('.', '/'));
    }

    /** Where a production class's test belongs: {@code FooTest.java} in Foo's package under src/test. */
    private static Path expectedTest(JavaClass c) {
        return packageDir(TEST_SOURCES, c).resolve(c.getSimpleName() + "Test.java");
    }

    /** The source file a production class was compiled from. */
    private static Path sourceFile(JavaClass c) {
        return packageDir(MAIN_SOURCES, c).resolve(c.getSourceCodeLocation().getSourceFileName());
    }

    private static int lineCount(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).size();
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
