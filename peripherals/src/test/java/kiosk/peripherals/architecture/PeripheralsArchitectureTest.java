package kiosk.peripherals.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching("kiosk.peripherals.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noCyclesBetweenAnyPackages() {
        slices().matching("kiosk.peripherals.(**)").should().beFreeOfCycles()
                .because("a simulator depends on its protocol's package, never the reverse; a simulated driver lives "
                        + "in the sim subpackage and only the catalog names it")
                .check(classes);
    }

    @Test
    void theDeviceCoreKnowsNoDriver() {
        noClasses().that().resideInAPackage("kiosk.peripherals.device..")
                .should().dependOnClassesThat().resideInAnyPackage("kiosk.peripherals.idcard..",
                        "kiosk.peripherals.printer..", "kiosk.peripherals.scanner..", "kiosk.peripherals.sim..",
                        "kiosk.peripherals.transport..", "kiosk.peripherals.fonts..", "kiosk.peripherals.catalog..")
                .because("drivers depend on the device model, never the reverse; DeviceManager gets its drivers "
                        + "as a DriverFactory from whoever composes it")
                .check(classes);
    }
}
