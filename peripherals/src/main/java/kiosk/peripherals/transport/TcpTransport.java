package kiosk.peripherals.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A device behind a TCP port: network receipt printers on 9100, serial-to-Ethernet adapters, and
 * the simulators' TCP endpoints. Writes run on a helper thread so a peer that stops reading (a
 * printer with a full buffer) cannot block the caller past its timeout.
 */
public final class TcpTransport implements ByteTransport {

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private ExecutorService writer;

    public TcpTransport(String host, int port, Duration connectTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
    }

    /** Parses "HOST:PORT". */
    public static TcpTransport parse(String hostPort, Duration connectTimeout) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException("expected HOST:PORT, got '" + hostPort + "'");
        }
        int port = Integer.parseInt(hostPort.substring(colon + 1));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return new TcpTransport(hostPort.substring(0, colon), port, connectTimeout);
    }

    @Override
    public synchronized void open() throws IOException {
        if (isOpen()) {
            return;
        }
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            s.setTcpNoDelay(true);
        } catch (IOException e) {
            s.close();
            throw new TransportException(TransportException.Kind.UNAVAILABLE, describe() + ": " + e.getMessage(), e);
        }
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
        writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tcp-write-" + port);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public synchronized boolean isOpen() {
        return socket != null && !socket.isClosed();
    }

    @Override
    public void write(byte[] data, Duration timeout) throws IOException {
        OutputStream stream;
        ExecutorService exec;
        synchronized (this) {
            requireOpen();
            stream = out;
            exec = writer;
        }
        TimedWrite.write(exec, stream, data, timeout, describe(), "write timed out", this::close);
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        Socket s;
        InputStream stream;
        synchronized (this) {
            requireOpen();
            s = socket;
            stream = in;
        }
        try {
            s.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            int n = stream.read(buffer);
            if (n < 0) {
                close();
                throw new TransportException(TransportException.Kind.CLOSED, describe() + ": connection closed by device");
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (TransportException e) {
            throw e;
        } catch (IOException e) {
            close();
            throw new TransportException(TransportException.Kind.CLOSED, describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void discardInput() throws IOException {
        byte[] sink = new byte[512];
        while (read(sink, Duration.ofMillis(1)) > 0) {
            // drop stale bytes
        }
    }

    @Override
    public String describe() {
        return "tcp:" + host + ":" + port;
    }

    @Override
    public synchronized void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        if (writer != null) {
            writer.shutdownNow();
        }
        socket = null;
    }

    private void requireOpen() throws TransportException {
        if (!isOpen()) {
            throw new TransportException(TransportException.Kind.CLOSED, describe() + ": not open");
        }
    }
}
