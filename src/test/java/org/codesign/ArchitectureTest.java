package org.codesign;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core plain Java (JavaFX only in {@code ui}) and the data flow one way, as in
 * docs/DESIGN.md ("Layout"): space → workload → (accuracy, cost) → eval (metrics) → search → study → experiment →
 * teaching, figure → ui/cli (the experiments reproduce the papers' comparisons headless, for the CLI).
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        // Importing the compiled production classes directly is much faster than scanning the classpath.
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(java.nio.file.Path.of("target/classes"));
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.codesign.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "io.fair_acc..")
                .because("everything but the ui package is plain Java that runs headless")
                .check(classes);
    }

    @Test
    void theCliNeverTouchesTheUi() {
        noClasses()
                .that()
                .resideInAPackage("org.codesign.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.codesign.ui..")
                .check(classes);
    }

    @Test
    void dependenciesFlowOneWay() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("entry")
                .definedBy("org.codesign")
                .layer("ui")
                .definedBy("org.codesign.ui..")
                .layer("cli")
                .definedBy("org.codesign.cli..")
                .layer("cluster")
                .definedBy("org.codesign.cluster..")
                .layer("teaching")
                .definedBy("org.codesign.teaching..")
                .layer("figure")
                .definedBy("org.codesign.figure..")
                .layer("experiment")
                .definedBy("org.codesign.experiment..")
                .layer("study")
                .definedBy("org.codesign.study..")
                .layer("search")
                .definedBy("org.codesign.search..")
                .layer("eval")
                .definedBy("org.codesign.eval..")
                .layer("accuracy")
                .definedBy("org.codesign.accuracy..")
                .layer("cost")
                .definedBy("org.codesign.cost..")
                .layer("workload")
                .definedBy("org.codesign.workload..")
                .layer("space")
                .definedBy("org.codesign.space..")
                .whereLayer("ui")
                .mayOnlyBeAccessedByLayers("entry")
                .whereLayer("cli")
                .mayOnlyBeAccessedByLayers("entry")
                .whereLayer("cluster")
                .mayOnlyBeAccessedByLayers("entry", "ui", "cli")
                .whereLayer("teaching")
                .mayOnlyBeAccessedByLayers("entry", "ui", "cli")
                .whereLayer("figure")
                .mayOnlyBeAccessedByLayers("entry", "ui", "cli")
                .whereLayer("experiment")
                .mayOnlyBeAccessedByLayers("entry", "cli", "teaching")
                .whereLayer("study")
                .mayOnlyBeAccessedByLayers("entry", "ui", "cli", "cluster", "teaching", "figure", "experiment")
                .whereLayer("search")
                .mayOnlyBeAccessedByLayers("entry", "ui", "cli", "cluster", "teaching", "figure", "experiment", "study")
                .whereLayer("eval")
                .mayOnlyBeAccessedByLayers(
                        "entry", "ui", "cli", "cluster", "teaching", "figure", "experiment", "study", "search")
                .whereLayer("accuracy")
                .mayOnlyBeAccessedByLayers(
                        "entry", "ui", "cli", "cluster", "teaching", "figure", "experiment", "study", "search", "eval")
                .whereLayer("cost")
                .mayOnlyBeAccessedByLayers(
                        "entry", "ui", "cli", "cluster", "teaching", "figure", "experiment", "study", "search", "eval")
                .whereLayer("workload")
                .mayOnlyBeAccessedByLayers(
                        "entry",
                        "ui",
                        "cli",
                        "cluster",
                        "teaching",
                        "figure",
                        "experiment",
                        "study",
                        "search",
                        "eval",
                        "accuracy",
                        "cost")
                .check(classes);
    }

    @Test
    void onlyTheClusterPackageUsesHazelcast() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.codesign.cluster..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.hazelcast..")
                .because("the window and the command line reach the cluster through its plain-Java API")
                .check(classes);
    }

    @Test
    void accuracyAndCostAreIndependentModels() {
        noClasses()
                .that()
                .resideInAPackage("org.codesign.accuracy..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.codesign.cost..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.codesign.cost..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.codesign.accuracy..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.codesign.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Every package is its own slice, sub-packages included ({@code (**)} captures the whole rest of
     * the name: {@code cost}, {@code cost.arch} and {@code cost.mapper} are three slices), so the
     * packages form a DAG, also inside a top-level package such as {@code cost}.
     */
    @Test
    void noCyclesAmongPackagesIncludingSubPackages() {
        slices().matching("org.codesign.(**)").should().beFreeOfCycles().check(classes);
    }
}
