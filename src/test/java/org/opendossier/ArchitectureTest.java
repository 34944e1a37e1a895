package org.opendossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md: arrows point down only, and each library stays behind its port. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.opendossier");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("App")
                .definedBy("org.opendossier.app..")
                .layer("Bench")
                .definedBy("org.opendossier.bench..")
                .layer("Ui")
                .definedBy("org.opendossier.ui..")
                .layer("Cli")
                .definedBy("org.opendossier.cli..")
                .layer("Service")
                .definedBy("org.opendossier.service..")
                .layer("Store")
                .definedBy("org.opendossier.store..")
                .layer("Index")
                .definedBy("org.opendossier.index..")
                .layer("Ingest")
                .definedBy("org.opendossier.ingest..")
                .layer("Analysis")
                .definedBy("org.opendossier.analysis..")
                .layer("Export")
                .definedBy("org.opendossier.export..")
                .layer("Model")
                .definedBy("org.opendossier.model..")
                .whereLayer("App")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Bench")
                .mayOnlyBeAccessedByLayers("App")
                .whereLayer("Ui")
                // the library benchmark drives the real library view and view model
                .mayOnlyBeAccessedByLayers("App", "Bench")
                .whereLayer("Cli")
                .mayOnlyBeAccessedByLayers("App")
                .whereLayer("Service")
                .mayOnlyBeAccessedByLayers("App", "Bench", "Ui", "Cli")
                .whereLayer("Store")
                .mayOnlyBeAccessedByLayers("App", "Bench", "Service")
                .whereLayer("Index")
                .mayOnlyBeAccessedByLayers("App", "Bench", "Service")
                .whereLayer("Ingest")
                .mayOnlyBeAccessedByLayers("App", "Bench", "Service")
                .whereLayer("Analysis")
                .mayOnlyBeAccessedByLayers("App", "Bench", "Service")
                .whereLayer("Export")
                .mayOnlyBeAccessedByLayers("App", "Bench", "Service")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        classes()
                .that()
                .resideInAPackage("org.opendossier.model..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.opendossier.model..", "java..")
                .check(classes);
    }

    // The benchmark is exempt from the two rules below: its baselines are bare Lucene and bare SQLite by
    // definition, measured beside our import path, not a way around the ports.
    @Test
    void jdbcStaysInsideTheSqliteStore() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.opendossier.store.sqlite..")
                .and()
                .resideOutsideOfPackage("org.opendossier.bench..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void luceneStaysInsideTheLuceneIndex() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.opendossier.index.lucene..")
                .and()
                .resideOutsideOfPackage("org.opendossier.ingest..")
                .and()
                .resideOutsideOfPackage("org.opendossier.bench..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void servicesUsePortsNotImplementations() {
        noClasses()
                .that()
                .resideInAnyPackage("org.opendossier.service..", "org.opendossier.ui..", "org.opendossier.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.opendossier.store.sqlite..",
                        "org.opendossier.store.files..",
                        "org.opendossier.index.lucene..")
                .check(classes);
    }

    /** STYLE.md, "UI": view models are testable without a window, so they never touch scene-graph types. */
    @Test
    void viewModelsStayOffTheSceneGraph() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .or()
                .resideInAPackage("org.opendossier.ui.task..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..", "org.fxmisc..")
                .check(classes);
    }

    @Test
    void uiAndCliSeeNoParsingOrStorageLibraries() {
        noClasses()
                .that()
                .resideInAnyPackage("org.opendossier.ui..", "org.opendossier.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.tika..", "org.jsoup..", "org.apache.pdfbox..", "org.apache.lucene..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToStandardOutput() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.opendossier.cli..")
                .and()
                // the bench command prints its report, as the other commands print theirs
                .resideOutsideOfPackage("org.opendossier.bench..")
                .should()
                .accessField(System.class, "out")
                .check(classes);
    }
}
