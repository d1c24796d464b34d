package kiosk.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kiosk.app.cli.soak.SoakBenchCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ops/systemd/kiosk.service passes `systemd-analyze verify` without a single warning (verify exits 0
 * on directives it ignores, so its output must be empty too), and carries the settings the kiosk relies
 * on. Verified against a root holding the installed session script and the machine's own units.
 */
class SystemdUnitTest {

    private static final Path OPS = Path.of("..", "ops").toAbsolutePath().normalize();
    private static final Path UNIT = OPS.resolve("systemd/kiosk.service");

    @TempDir
    Path root;

    @Test
    void unitPassesSystemdAnalyzeVerify() throws Exception {
        Path unit = installInto(root, Files.readString(UNIT));
        Result r = verify(unit);
        assertThat(r.exit).as(r.output).isZero();
        assertThat(r.output).as("systemd-analyze verify warnings").isBlank();
    }

    @Test
    void verifyCatchesAMistake() throws Exception {
        Path unit = installInto(root, Files.readString(UNIT).replace("WatchdogSec=30", "WatchdogSec=thirty"));
        assertThat(verify(unit).output).contains("kiosk.service:").contains("thirty");
    }

    @Test
    void unitRestartsWatchesAndConfinesTheKiosk() throws IOException {
        List<String> lines = Files.readAllLines(UNIT);
        assertThat(lines).contains("Type=notify", "NotifyAccess=all", "Restart=always", "WatchdogSec=30",
                "User=kiosk", "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes", "NoNewPrivileges=yes",
                "SupplementaryGroups=dialout lp pcscd", "StandardOutput=journal", "StandardError=journal",
                "StateDirectory=kiosk", "ConfigurationDirectory=kiosk");
        assertThat(lines).as("the heap the soak bench measures under")
                .contains("Environment=\"KIOSK_JAVA_OPTS=" + SoakBenchCommand.UNIT_HEAP_OPTIONS + "\"");
    }

    private static Path installInto(Path root, String unitText) throws IOException {
        Path session = root.resolve("opt/kiosk/lib/ops/cage/kiosk-session");
        Files.createDirectories(session.getParent());
        Files.copy(OPS.resolve("cage/kiosk-session"), session, StandardCopyOption.COPY_ATTRIBUTES);
        Path system = root.resolve("lib/systemd/system");
        Files.createDirectories(system);
        // The machine's own units (targets, getty@, ...), so dependencies resolve as on a kiosk.
        try (Stream<Path> units = Files.list(Path.of("/lib/systemd/system"))) {
            for (Path u : units.filter(Files::isRegularFile).toList()) {
                Files.copy(u, system.resolve(u.getFileName().toString()));
            }
        }
        Path unit = root.resolve("etc/systemd/system/kiosk.service");
        Files.createDirectories(unit.getParent());
        Files.writeString(unit, unitText);
        return unit;
    }

    record Result(int exit, String output) {
    }

    private Result verify(Path unit) throws Exception {
        Path tool = Stream.of("/usr/bin/systemd-analyze", "/bin/systemd-analyze").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (tool == null) {
            fail("systemd-analyze is not installed, so the unit cannot be verified: apt-get install systemd "
                    + "(.ci/run installs it)");
        }
        Process p = new ProcessBuilder(tool.toString(), "verify", "--man=no", "--root=" + root, unit.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
