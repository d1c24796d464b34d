package kiosk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import kiosk.app.admin.AdminState;
import kiosk.app.admin.AdminTestKit;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.i18n.Messages;
import kiosk.app.i18n.StaffTexts;
import kiosk.app.ui.admin.AdminScreen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Admin mode's touch targets, as laid out at 1280x800 over the resident screen (as KioskWindow stacks them):
 * the PIN pad (digits, delete, OK, cancel; open and locked) and every section with its buttons are at least
 * 64 px each way, like the residents' screens (TouchTargetsTest). Staff use the same touch screen.
 */
class AdminTouchTargetsTest {

    private static final double MIN = 64;

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxFonts.load();
    }

    @Test
    void everyAdminTouchTargetIsAtLeast64PxEachWay() throws Exception {
        List<String> small = new ArrayList<>();
        Map<String, double[]> smallest = new TreeMap<>();
        Map<String, Integer> targets = new LinkedHashMap<>();
        FxRuntime.call(() -> {
            try (AdminTestKit kit = new AdminTestKit(newDir(), Runnable::run)) {
                StackPane root = new StackPane(new KioskView(new Messages(), ResidentIntents.NONE).root(),
                        AdminScreen.build(kit.model(), StaffTexts.chinese()));
                kit.model().begin();
                measure(root, "pin pad", small, smallest, targets);
                kit.model().digit('1');
                measure(root, "pin pad, digits typed", small, smallest, targets);
                kit.model().exit();
                kit.enterPin(AdminTestKit.PIN);
                assertThat(kit.model().state().phase()).isEqualTo(AdminState.Phase.OPEN);
                kit.calls().raise("payment");
                kit.events().add("id-reader", "read");
                kit.model().disableService("household.certificate", "admin.reason.maintenance");
                for (AdminState.Section section : AdminState.Section.values()) {
                    kit.model().show(section);
                    measure(root, "section " + section, small, smallest, targets);
                }
                kit.model().exit();
                for (int i = 0; i < 3; i++) {
                    kit.enterPin("999999");
                }
                assertThat(kit.model().state().lockedUntil()).isPresent();
                measure(root, "pin pad, locked", small, smallest, targets);
            }
            return null;
        });
        targets.forEach((screen, n) -> System.out.println(screen + ": " + n + " targets"));
        smallest.forEach((kind, wh) -> System.out.printf("%s: %.0f x %.0f px%n", kind, wh[0], wh[1]));
        assertThat(targets).as("screens measured, each with targets").hasSize(AdminState.Section.values().length + 3)
                .allSatisfy((screen, n) -> assertThat(n).as(screen).isPositive());
        assertThat(small).as("admin touch targets below 64 px").isEmpty();
    }

    private Path newDir() {
        try {
            return Files.createTempDirectory(dir, "admin");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void measure(StackPane root, String screen, List<String> small, Map<String, double[]> smallest,
                                Map<String, Integer> targets) {
        java.awt.image.BufferedImage image = Snapshots.render(root, 1280, 800);
        try { // for a look: target/admin-screens/*.png
            Path out = Path.of("target", "admin-screens", screen.replaceAll("[^A-Za-z]+", "-") + ".png");
            Files.createDirectories(out.getParent());
            Snapshots.write(image, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Node admin = root.getChildren().get(1);
        assertThat(admin.isVisible()).as(screen).isTrue();
        int before = small.size();
        List<String> all = new ArrayList<>();
        TouchTargetsTest.measure(admin, screen, false, small, smallest);
        count(admin, all);
        targets.put(screen, all.size());
        assertThat(small.size()).isGreaterThanOrEqualTo(before);
    }

    private static void count(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.ButtonBase) {
            out.add(node.getId());
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> count(c, out));
        }
    }
}
