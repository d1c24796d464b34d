package kiosk.stub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** backend-stub stands in for systems the kiosk does not own: it shares no code with the kiosk. */
class StubArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/")).importPackages("kiosk.stub");

    @Test
    void dependsOnNoOtherKioskModule() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("kiosk.app..", "kiosk.peripherals..", "kiosk.config..", "javafx..")
                .check(classes);
    }
}
