package kiosk.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Keypad input rules and voice are logic: no JavaFX, no views; the keypad controls only render them. */
class ResidentBlocksArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/")).importPackages("kiosk.app");

    @Test
    void inputAndVoiceRunWithoutJavaFx() {
        noClasses().that().resideInAnyPackage("kiosk.app.input..", "kiosk.app.voice..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "kiosk.app.ui..")
                .check(CLASSES);
    }

    @Test
    void keypadControlsDecideNothingThemselves() {
        noClasses().that().resideInAPackage("kiosk.app.ui.keypad..")
                .should().dependOnClassesThat().resideInAnyPackage("kiosk.app.flow..", "kiosk.app.voice..",
                        "kiosk.app.backend..")
                .check(CLASSES);
    }
}
