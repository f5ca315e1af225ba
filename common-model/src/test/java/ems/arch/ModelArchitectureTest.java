package ems.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of STYLE.md for the shared model. */
@AnalyzeClasses(packages = "ems", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule noUiOrWebFrameworks = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "io.javalin..", "gg.jte..");

    @ArchTest
    static final ArchRule onlyRepositoriesServicesAndDbCodeTouchJdbi = noClasses()
            .that().haveSimpleNameNotEndingWith("Repository").and().haveSimpleNameNotEndingWith("Service")
            .and().resideOutsideOfPackage("ems.db").and().haveSimpleNameNotEndingWith("Trail")
            .and().haveSimpleNameNotEndingWith("Ledger").and().haveSimpleNameNotEndingWith("Notifier")
            // The benchmark loader writes rows in bulk on purpose, bypassing the services.
            .and().resideOutsideOfPackage("ems.bench")
            .and().resideOutsideOfPackage("ems") // the composition root, Model
            .should().dependOnClassesThat().resideInAPackage("org.jdbi..");

    @ArchTest
    static final ArchRule noWallClockOutsideTheComposition = noClasses().should()
            .callMethod(java.time.Instant.class, "now").orShould().callMethod(java.time.LocalDateTime.class, "now");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("ems.(*)..").should().beFreeOfCycles();
}
