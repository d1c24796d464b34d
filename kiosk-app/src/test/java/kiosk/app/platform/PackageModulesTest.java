package kiosk.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The runtime image (ops/package/package.sh) holds only the JDK modules it lists: a module the kiosk's
 * code uses but the list lacks fails at start-up of the installed kiosk only (jdk.httpserver once did:
 * NoClassDefFoundError for the metrics server). jdeps over the kiosk's own classes must find nothing
 * outside the list.
 */
class PackageModulesTest {

    private static final Path PACKAGE_SCRIPT = Path.of("..", "ops", "package", "package.sh").toAbsolutePath().normalize();

    @Test
    void everyJdkModuleTheKiosksCodeUsesIsInTheImage() throws Exception {
        Set<String> image = imageModules();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jdeps").toString(),
                "--ignore-missing-deps", "--print-module-deps", "--multi-release", Integer.toString(Runtime.version().feature()), "-q"));
        for (Class<?> ofModule : List.of(kiosk.app.cli.KioskCli.class, kiosk.peripherals.device.DeviceManager.class,
                kiosk.config.KioskConfig.class)) {
            command.add(Path.of(ofModule.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        Process jdeps = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(jdeps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(jdeps.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(jdeps.exitValue()).as("jdeps: %s", out).isZero();
        Set<String> used = new TreeSet<>(Arrays.asList(out.lines().reduce((a, b) -> b).orElseThrow().split(",")));

        assertThat(used).as("JDK modules of the kiosk's code (jdeps)").contains("java.base", "jdk.httpserver");
        assertThat(image).as("modules of the runtime image (package.sh MODULES)").containsAll(used);
    }

    private static Set<String> imageModules() throws Exception {
        Matcher m = Pattern.compile("(?m)^MODULES=([\\w.,]+)$").matcher(Files.readString(PACKAGE_SCRIPT));
        assertThat(m.find()).as("MODULES= in %s", PACKAGE_SCRIPT).isTrue();
        return new TreeSet<>(Arrays.asList(m.group(1).split(",")));
    }
}
