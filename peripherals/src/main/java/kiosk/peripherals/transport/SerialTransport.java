package kiosk.peripherals.transport;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortDataListener;
import com.fazecast.jSerialComm.SerialPortEvent;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A serial port (RS-232, USB-CDC, USB-serial adapters) through jSerialComm, 8 data bits, no parity,
 * one stop bit, no flow control: SAM modules, serial QR scanners and serial receipt printers.
 *
 * <p>Two traps of USB serial devices are handled here: an unplugged port stays "open" at the OS level,
 * so the port-disconnected event marks this transport closed; and jSerialComm's write timeout is
 * not honoured on every OS, so writes run on a helper thread and the caller waits at most its
 * timeout. Reads use jSerialComm's semi-blocking mode with the caller's timeout.
 */
public final class SerialTransport implements ByteTransport {

    private final String portName;
    private final int baudRate;
    private SerialPort port;
    private ExecutorService writer;
    private volatile boolean disconnected;

    public SerialTransport(String portName, int baudRate) {
        if (portName == null || portName.isBlank()) {
            throw new IllegalArgumentException("serial port name is empty");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive: " + baudRate);
        }
        this.portName = portName;
        this.baudRate = baudRate;
    }

    public String portName() {
        return portName;
    }

    public int baudRate() {
        return baudRate;
    }

    @Override
    public synchronized void open() throws IOException {
        if (isOpen()) {
            return;
        }
        if (portName.startsWith("/") && !Files.exists(Path.of(portName))) {
            throw new TransportException(TransportException.Kind.UNAVAILABLE,
                    describe() + ": no such port (device unplugged or wrong name)");
        }
        SerialPort candidate;
        try {
            candidate = SerialPort.getCommPort(portName);
        } catch (SerialPortInvalidPortException e) {
            throw new TransportException(TransportException.Kind.UNAVAILABLE,
                    describe() + ": no such port (" + e.getMessage() + ")", e);
        } catch (LinkageError e) {
            throw new TransportException(TransportException.Kind.UNAVAILABLE, describe()
                    + ": jSerialComm could not load its native library (a noexec temp folder? set java.io.tmpdir)", e);
        }
        candidate.setComPortParameters(baudRate, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        candidate.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!candidate.openPort()) {
            throw new TransportException(TransportException.Kind.UNAVAILABLE, describe()
                    + ": cannot open the port (in use, or no permission: the user needs group dialout); error "
                    + candidate.getLastErrorCode());
        }
        disconnected = false;
        candidate.addDataListener(new SerialPortDataListener() {
            @Override
            public int getListeningEvents() {
                return SerialPort.LISTENING_EVENT_PORT_DISCONNECTED;
            }

            @Override
            public void serialEvent(SerialPortEvent event) {
                if (event.getEventType() == SerialPort.LISTENING_EVENT_PORT_DISCONNECTED) {
                    disconnected = true;
                }
            }
        });
        port = candidate;
        writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "serial-write-" + portName);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public synchronized boolean isOpen() {
        return port != null && !disconnected && port.isOpen();
    }

    @Override
    public void write(byte[] data, Duration timeout) throws IOException {
        SerialPort p;
        ExecutorService exec;
        synchronized (this) {
            requireOpen();
            p = port;
            exec = writer;
        }
        Future<Integer> pending = exec.submit(() -> {
            int done = 0;
            while (done < data.length) {
                int n = p.writeBytes(data, data.length - done, done);
                if (n < 0) {
                    return n;
                }
                done += n;
            }
            return done;
        });
        try {
            Integer written = pending.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            if (written < 0) {
                close();
                throw new TransportException(TransportException.Kind.CLOSED, describe() + ": write failed (port gone)");
            }
        } catch (TimeoutException e) {
            pending.cancel(true);
            close();
            throw new TransportException(TransportException.Kind.TIMEOUT,
                    describe() + ": write of " + data.length + " bytes timed out after " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Kind.CLOSED, describe() + ": interrupted", e);
        } catch (ExecutionException e) {
            close();
            throw new TransportException(TransportException.Kind.CLOSED, describe() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        SerialPort p;
        synchronized (this) {
            requireOpen();
            p = port;
        }
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, millis, 0);
        int n = p.readBytes(buffer, buffer.length);
        if (n < 0 || disconnected) {
            close();
            throw new TransportException(TransportException.Kind.CLOSED, describe() + ": port disconnected");
        }
        return n;
    }

    @Override
    public void discardInput() throws IOException {
        SerialPort p;
        synchronized (this) {
            requireOpen();
            p = port;
        }
        p.flushIOBuffers();
        byte[] sink = new byte[256];
        while (p.bytesAvailable() > 0 && p.readBytes(sink, Math.min(sink.length, p.bytesAvailable())) > 0) {
            // drop stale bytes
        }
    }

    @Override
    public String describe() {
        return "serial:" + portName + "@" + baudRate;
    }

    @Override
    public synchronized void close() {
        if (port != null) {
            port.removeDataListener();
            port.closePort();
            port = null;
        }
        if (writer != null) {
            writer.shutdownNow();
            writer = null;
        }
    }

    private void requireOpen() throws TransportException {
        if (port == null) {
            throw new TransportException(TransportException.Kind.CLOSED, describe() + ": not open");
        }
        if (disconnected || !port.isOpen()) {
            close();
            throw new TransportException(TransportException.Kind.CLOSED, describe() + ": port disconnected");
        }
    }
}
