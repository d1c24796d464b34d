package kiosk.peripherals.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SerialTransportTest {

    @Test
    void missingPortIsUnavailableWithAClearMessage() {
        SerialTransport t = new SerialTransport("/dev/ttyKIOSK-does-not-exist", 115200);
        assertThatThrownBy(t::open)
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TransportException.Kind.UNAVAILABLE);
                    assertThat(e.getMessage()).contains("/dev/ttyKIOSK-does-not-exist").contains("no such port");
                });
        assertThat(t.isOpen()).isFalse();
    }

    @Test
    void readAndWriteOnAClosedTransportFailTyped() {
        SerialTransport t = new SerialTransport("/dev/ttyKIOSK-does-not-exist", 9600);
        assertThatThrownBy(() -> t.write(new byte[] {1}, Duration.ofMillis(50)))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.CLOSED));
        assertThatThrownBy(() -> t.read(new byte[4], Duration.ofMillis(50)))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.CLOSED));
    }

    /**
     * A real tty: a pseudo-terminal whose master end a small Python helper echoes back. Exercises
     * jSerialComm's native open, 8N1 setup, reads with timeout and writes, with no hardware.
     */
    @Test
    void echoesThroughAPseudoTerminal() throws Exception {
        Process echo = startPtyEcho();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(echo.getInputStream(), StandardCharsets.UTF_8));
            String slave = out.readLine();
            assumeTrue(slave != null && slave.startsWith("/dev/"), "no pseudo-terminal available");
            SerialTransport t = new SerialTransport(slave, 115200);
            t.open();
            try {
                assertThat(t.isOpen()).isTrue();
                assertThat(t.read(new byte[8], Duration.ofMillis(50))).isZero();
                t.write("PING\r\n".getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(1));
                StringBuilder got = new StringBuilder();
                byte[] buf = new byte[16];
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                while (got.indexOf("PING") < 0 && System.nanoTime() < deadline) {
                    int n = t.read(buf, Duration.ofMillis(200));
                    got.append(new String(buf, 0, n, StandardCharsets.US_ASCII));
                }
                assertThat(got.toString()).contains("PING");
            } finally {
                t.close();
            }
            assertThat(t.isOpen()).isFalse();
        } finally {
            echo.destroyForcibly();
            echo.waitFor(2, TimeUnit.SECONDS);
        }
    }

    private static Process startPtyEcho() throws IOException {
        String script = String.join("\n",
                "import os, pty, sys, tty",
                "m, s = pty.openpty()",
                "tty.setraw(s)",
                "print(os.ttyname(s), flush=True)",
                "while True:",
                "    d = os.read(m, 256)",
                "    if not d: break",
                "    os.write(m, d)");
        try {
            return new ProcessBuilder("python3", "-c", script).redirectErrorStream(false).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not available for the pseudo-terminal helper");
            throw e;
        }
    }
}
