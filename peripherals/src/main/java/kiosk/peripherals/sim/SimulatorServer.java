package kiosk.peripherals.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import kiosk.peripherals.transport.ByteTransport;
import kiosk.peripherals.transport.InProcessChannel;
import kiosk.peripherals.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a simulator reachable over TCP on loopback, so the real TCP transport and driver code run
 * against it (and `./kiosk diag ... --to tcp:HOST:PORT` can reach it). One client at a time, as with
 * a real device.
 */
public final class SimulatorServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorServer.class);

    private final DeviceSimulator simulator;
    private final ServerSocket server;
    private final Thread acceptor;
    private volatile boolean running = true;
    private volatile boolean serving;

    private SimulatorServer(DeviceSimulator simulator, ServerSocket server) {
        this.simulator = simulator;
        this.server = server;
        this.acceptor = new Thread(this::acceptLoop, "sim-server-" + server.getLocalPort());
        this.acceptor.setDaemon(true);
    }

    /** Listens on 127.0.0.1 at the given port (0 picks a free one). */
    public static SimulatorServer start(DeviceSimulator simulator, int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        SimulatorServer s = new SimulatorServer(simulator, socket);
        s.acceptor.start();
        return s;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Whether a host is connected and being served now (what it sends before that goes nowhere). */
    public boolean serving() {
        return serving;
    }

    public String address() {
        return "127.0.0.1:" + port();
    }

    private void acceptLoop() {
        while (running) {
            try (Socket client = server.accept()) {
                client.setTcpNoDelay(true);
                serving = true;
                simulator.serve(new SocketLink(client));
            } catch (IOException e) {
                if (running) {
                    LOG.debug("Simulator connection ended: {}", e.getMessage());
                }
            } finally {
                serving = false;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        simulator.stop();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** The device side of an accepted socket. */
    private static final class SocketLink implements ByteTransport {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        SocketLink(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        @Override
        public void open() {
            // accepted sockets are open
        }

        @Override
        public boolean isOpen() {
            return !socket.isClosed();
        }

        @Override
        public void write(byte[] data, Duration timeout) throws IOException {
            out.write(data);
            out.flush();
        }

        @Override
        public int read(byte[] buffer, Duration timeout) throws IOException {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            try {
                int n = in.read(buffer);
                if (n < 0) {
                    throw new TransportException(TransportException.Kind.CLOSED, "client closed");
                }
                return n;
            } catch (SocketTimeoutException e) {
                return 0;
            }
        }

        @Override
        public void discardInput() {
            // nothing buffered here
        }

        @Override
        public String describe() {
            return "tcp-client:" + socket.getRemoteSocketAddress();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** Runs a simulator on a daemon thread against the device side of an in-process channel. */
    public static Thread serveInProcess(DeviceSimulator simulator, InProcessChannel channel, String name) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    ByteTransport side = channel.deviceSide();
                    side.open();
                    simulator.serve(side);
                } catch (IOException e) {
                    // unplugged: wait for the replug
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "sim-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
