package ems.admin.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of STYLE.md for the desktop. */
@AnalyzeClasses(packages = "ems.admin", importOptions = ImportOption.DoNotIncludeTests.class)
class DesktopArchitectureTest {

    @ArchTest
    static final ArchRule noWebFrameworks = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.javalin..", "gg.jte..");

    @ArchTest
    static final ArchRule viewModelsNeverTouchTheScene = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..");

    @ArchTest
    static final ArchRule neverTouchesTheDatabaseDirectly = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.jdbi..", "org.flywaydb..", "com.zaxxer..", "java.sql..");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("ems.admin.(*)..").should().beFreeOfCycles();
}
