package kiosk.app.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The service-manager logic (watchdog, sd_notify) runs and is tested without JavaFX. */
class PlatformArchitectureTest {

    @Test
    void platformRunsWithoutJavaFx() {
        noClasses().that().resideInAPackage("kiosk.app.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "kiosk.app.ui..")
                .check(new ClassFileImporter().withImportOption(l -> !l.contains("/test-classes/"))
                        .importPackages("kiosk.app.platform"));
    }
}
