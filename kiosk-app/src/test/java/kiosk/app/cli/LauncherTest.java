package kiosk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./kiosk shell launcher: its prerequisite checks and which class path each command gets. */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("..", "kiosk").toAbsolutePath().normalize();

    @TempDir
    Path bin;

    /**
     * A desktop's ldconfig lists thousands of libraries; grep stops at the first match. A fake that
     * lists GTK first and then 20,000 more lines makes the SIGPIPE race of `ldconfig -p | grep -q`
     * happen on every try, with CPU load beside it.
     */
    @Test
    void gtkIsFoundEveryTimeOnABusyMachineWithManyLibraries() throws Exception {
        fakeLdconfig("printf '\\tlibgtk-3.so.0 (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/libgtk-3.so.0\\n'\n"
                + "seq 1 20000 | sed 's|^|\\tlibother|'\n");
        assertThat(shell("set -o pipefail; ldconfig -p | grep -q 'libgtk-3\\.so'").exit)
                .as("the old check fails here (SIGPIPE)").isNotZero();
        AtomicBoolean busy = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                long x = 0;
                while (busy.get()) {
                    x += System.nanoTime() % 7;
                }
                if (x == 42) {
                    System.out.print("");
                }
            });
            t.setDaemon(true);
            t.start();
            load.add(t);
        }
        try {
            for (int i = 0; i < 30; i++) {
                Result r = launcher(Map.of("DISPLAY", ":9"), "check", "demo");
                assertThat(r.exit).as("try %d: %s", i, r.output).isZero();
            }
        } finally {
            busy.set(false);
        }
    }

    @Test
    void aMissingGtkIsReportedWithTheInstallCommand() throws Exception {
        fakeLdconfig("seq 1 20000 | sed 's|^|\\tlibother|'\n");
        Result r = launcher(Map.of("DISPLAY", ":9"), "check", "demo");
        assertThat(r.exit).isNotZero();
        assertThat(r.output).contains("apt-get install libgtk-3-0");
        assertThat(launcher(Map.of(), "check", "demo").output).contains("no DISPLAY");
    }

    @Test
    void theHeadlessToolkitIsOnlyOnTheClassPathOfHeadlessCommands() throws Exception {
        fakeLdconfig("printf '\\tlibgtk-3.so.0 => /x/libgtk-3.so.0\\n'\n");
        for (String production : List.of("run", "demo", "diag", "stub")) {
            String cp = classPathOf(launcher(Map.of("DISPLAY", ":9", "KIOSK_DRY_RUN", "1"), production));
            assertThat(cp).as(production).contains("kiosk-app").doesNotContain("headless-lib").doesNotContain("monocle");
        }
        for (String headless : List.of("screens", "bench")) {
            String cp = classPathOf(launcher(Map.of("KIOSK_DRY_RUN", "1"), headless));
            assertThat(cp).as(headless).contains("headless-lib");
        }
    }

    private static String classPathOf(Result dryRun) {
        List<String> args = dryRun.output.lines().toList();
        int i = args.indexOf("-cp");
        assertThat(i).as(dryRun.output).isPositive();
        return args.get(i + 1);
    }

    private void fakeLdconfig(String body) throws IOException {
        Path fake = bin.resolve("ldconfig");
        Files.writeString(fake, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    record Result(int exit, String output) {
    }

    private Result launcher(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        return run(command, env);
    }

    private Result shell(String script) throws Exception {
        return run(List.of("bash", "-c", script), Map.of());
    }

    private Result run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().putAll(env);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
