package kiosk.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * kiosk-app's layers (docs/ARCHITECTURE.md): ui → flow/services → model, the backend behind ports, the
 * kiosk's logic without JavaFX, services independent of each other, no package cycles.
 */
class AppArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("kiosk.app");
    }

    @Test
    void logicRunsWithoutJavaFx() {
        noClasses().that().resideInAnyPackage("kiosk.app.flow..", "kiosk.app.services..", "kiosk.app.model..",
                        "kiosk.app.session..", "kiosk.app.i18n..", "kiosk.app.receipt..", "kiosk.app.backend..",
                        "kiosk.app.journal..", "kiosk.app.transaction..", "kiosk.app.assembly..", "kiosk.app.admin..", "kiosk.app.ops..", "kiosk.app.fleet..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingOfTheApp() {
        noClasses().that().resideInAPackage("kiosk.app.model..")
                .should().dependOnClassesThat().resideInAnyPackage("kiosk.app.flow..", "kiosk.app.services..",
                        "kiosk.app.backend..", "kiosk.app.ui..", "kiosk.app.assembly..", "kiosk.app.journal..",
                        "kiosk.app.transaction..", "okhttp3..", "kiosk.peripherals..")
                .check(classes);
    }

    @Test
    void theEngineKnowsNoServiceAndNoAdapter() {
        noClasses().that().resideInAPackage("kiosk.app.flow..")
                .should().dependOnClassesThat().resideInAnyPackage("kiosk.app.services..", "kiosk.app.ui..",
                        "kiosk.app.assembly..", "kiosk.app.journal..", "kiosk.app.transaction..", "kiosk.app.receipt..",
                        "okhttp3..", "io.github.resilience4j..", "com.fasterxml.jackson.databind..")
                .check(classes);
    }

    @Test
    void servicesUseTheirPortsNotHttpOrViews() {
        noClasses().that().resideInAPackage("kiosk.app.services..")
                .should().dependOnClassesThat().resideInAnyPackage("kiosk.app.ui..", "kiosk.app.assembly..",
                        "kiosk.app.journal..", "kiosk.app.transaction..", "okhttp3..", "com.fasterxml.jackson.databind..",
                        "kiosk.peripherals.device..", "kiosk.peripherals.catalog..")
                .check(classes);
    }

    @Test
    void servicesAreIndependentOfEachOther() {
        slices().matching("kiosk.app.services.(*)..").should().notDependOnEachOther().check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("kiosk.app.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void logicDoesNotReachIntoViews() {
        noClasses().that().resideOutsideOfPackages("kiosk.app.ui..", "kiosk.app.demo..", "kiosk.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("kiosk.app.ui..", "kiosk.app.demo..", "kiosk.app.cli..")
                .check(classes);
    }

    @Test
    void viewsTalkToTheFlowNotToBackendsOrDevices() {
        noClasses().that().resideInAPackage("kiosk.app.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("kiosk.app.journal..", "kiosk.app.transaction..",
                        "kiosk.app.backend..", "kiosk.app.services..", "kiosk.peripherals.device..",
                        "kiosk.peripherals.catalog..", "okhttp3..", "java.sql..")
                .check(classes);
    }

    @Test
    void backendStubOnlyOverHttp() {
        noClasses().should().dependOnClassesThat().resideInAPackage("kiosk.stub..").check(classes);
    }
}
