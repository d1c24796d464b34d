package kiosk.peripherals.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import kiosk.peripherals.device.Device;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of docs/ARCHITECTURE.md that concern peripherals. */
class PeripheralsArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("kiosk.peripherals");
    }

    @Test
    void knowsNothingOfJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }

    @Test
    void knowsNothingOfTheAppTheConfigOrTheStub() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("kiosk.app..", "kiosk.config..", "kiosk.stub..")
                .check(classes);
    }

    @Test
    void driversDoNotDependOnSimulators() {
        noClasses().that().implement(Device.class).and().resideOutsideOfPackage("..sim..")
                .should().dependOnClassesThat().resideInAPackage("..sim..")
                .because("a driver must work the same against hardware; only the driver factories wire simulators")
                .check(classes);
    }
}
