package kiosk.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * kiosk-app's layers (docs/ARCHITECTURE.md): the kiosk's logic runs without JavaFX; views render and
 * forward input; the app reaches backend-stub over HTTP only.
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
        noClasses().that().resideInAnyPackage("kiosk.app.flow..", "kiosk.app.session..", "kiosk.app.i18n..",
                        "kiosk.app.receipt..", "kiosk.app.backend..", "kiosk.app.journal..", "kiosk.app.transaction..",
                        "kiosk.app.assembly..", "kiosk.app.ops..", "kiosk.app.fleet..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
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
                        "kiosk.peripherals.device..", "okhttp3..", "java.sql..")
                .check(classes);
    }

    @Test
    void backendStubOnlyOverHttp() {
        noClasses().should().dependOnClassesThat().resideInAPackage("kiosk.stub..").check(classes);
    }
}
