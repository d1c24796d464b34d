package kiosk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ./kiosk demo and ./kiosk stub run backend-stub as a child process: a SIGTERM (systemd, kill) or a
 * SIGINT (Ctrl+C) to the kiosk JVM must stop that child too, not leave it listening. Real processes:
 * a kiosk JVM, its stub JVM, and real signals.
 */
class ChildrenStopOnSignalTest {

    /** Child JVM entry: holds a StubProcess the way DemoCommand and the benches do, until killed. */
    public static void main(String[] args) throws Exception {
        StubProcess stub = StubProcess.start(List.of("--port", "0", "--db", "mem"), Duration.ofSeconds(60));
        System.out.println("STUB " + stub.process().pid());
        System.out.flush();
        Thread.sleep(120_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aStubHeldByTheKioskStopsWithIt(String signal) throws Exception {
        Process kiosk = childJvm(ChildrenStopOnSignalTest.class.getName());
        try {
            long stubPid = Long.parseLong(awaitLine(kiosk, "STUB ").substring(5).trim());
            ProcessHandle stub = ProcessHandle.of(stubPid).orElseThrow();
            signal(kiosk.pid(), signal);
            assertThat(kiosk.waitFor(20, TimeUnit.SECONDS)).as("kiosk JVM exits on SIG" + signal).isTrue();
            assertThat(stub.onExit().get(20, TimeUnit.SECONDS).isAlive()).as("stub stopped with it").isFalse();
        } finally {
            kiosk.descendants().forEach(ProcessHandle::destroyForcibly);
            kiosk.destroyForcibly();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void theStubCommandStopsItsStub(String signal) throws Exception {
        Process kiosk = childJvm(KioskCli.class.getName(), "stub", "--port", "0", "--db", "mem");
        try {
            awaitLine(kiosk, "listening on");
            Optional<ProcessHandle> stub = kiosk.descendants().findFirst();
            assertThat(stub).as("the stub runs as a child").isPresent();
            signal(kiosk.pid(), signal);
            assertThat(kiosk.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(stub.get().onExit().get(20, TimeUnit.SECONDS).isAlive()).isFalse();
        } finally {
            kiosk.descendants().forEach(ProcessHandle::destroyForcibly);
            kiosk.destroyForcibly();
        }
    }

    private static Process childJvm(String mainClass, String... args) throws IOException {
        String cp = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dkiosk.stub.classpath=" + cp, "-cp", cp, mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String awaitLine(Process p, String marker) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.contains(marker)) {
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the child is gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return line;
            }
        }
        throw new IOException("child ended before printing '" + marker + "'");
    }

    private static void signal(long pid, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }
}
