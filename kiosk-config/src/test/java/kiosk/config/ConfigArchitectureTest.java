package kiosk.config;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** kiosk-config is plain data and validation: no JavaFX, no other kiosk module. */
class ConfigArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/")).importPackages("kiosk.config");

    @Test
    void knowsNothingOfJavaFxOrOtherModules() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "kiosk.app..", "kiosk.peripherals..", "kiosk.stub..")
                .check(classes);
    }
}
