package kiosk.config;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** kiosk-config is plain data and validation: no JavaFX, no other kiosk module. */
class ConfigArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("kiosk.config");

    @Test
    void knowsNothingOfJavaFxOrOtherModules() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "kiosk.app..", "kiosk.peripherals..", "kiosk.stub..")
                .check(classes);
    }
}
