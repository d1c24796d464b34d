package kiosk.peripherals.transport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A real serial line for tests without hardware: a Python helper opens a pseudo-terminal and pumps
 * its master end to and from a TCP port (a simulator's {@code SimulatorServer}). The driver opens the
 * slave end ({@code /dev/pts/N}) through jSerialComm like any serial port. {@link #open} returns
 * null when python3 or ptys are not available.
 */
final class PtyBridge implements AutoCloseable {

    private static final String SCRIPT = String.join("\n",
            "import os, pty, socket, select, sys, tty",
            "m, s = pty.openpty()",
            "tty.setraw(s)",
            "sock = socket.create_connection(('127.0.0.1', int(sys.argv[1])))",
            "print(os.ttyname(s), flush=True)",
            "while True:",
            "    r, _, _ = select.select([m, sock], [], [])",
            "    if m in r:",
            "        try:",
            "            d = os.read(m, 4096)",
            "        except OSError:",
            "            d = b''",
            "        if d: sock.sendall(d)",
            "    if sock in r:",
            "        d = sock.recv(4096)",
            "        if not d: break",
            "        os.write(m, d)");

    private final Process process;
    private final String device;

    private PtyBridge(Process process, String device) {
        this.process = process;
        this.device = device;
    }

    static PtyBridge open(int tcpPort) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", SCRIPT, Integer.toString(tcpPort)).start();
        } catch (IOException e) {
            return null;
        }
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (line == null || !line.startsWith("/dev/")) {
            p.destroyForcibly();
            return null;
        }
        return new PtyBridge(p, line);
    }

    String device() {
        return device;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(2, TimeUnit.SECONDS);
    }
}
