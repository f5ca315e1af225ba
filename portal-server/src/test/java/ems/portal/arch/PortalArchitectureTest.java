package ems.portal.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of STYLE.md for the portal. */
@AnalyzeClasses(packages = "ems.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class PortalArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule neverTouchesTheDatabaseDirectly = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.jdbi..", "org.flywaydb..", "com.zaxxer..", "java.sql..");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOther = slices().matching("ems.portal.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noWallClock = noClasses().should().callMethod(java.time.Instant.class, "now");
}
