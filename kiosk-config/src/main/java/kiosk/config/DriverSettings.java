package kiosk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A device's driver settings, typed per driver family and checked when the configuration is loaded (with
 * the line of every bad value) rather than when the driver starts. {@link #asSpecSettings()} renders
 * them in the canonical text form the peripherals drivers read (durations as {@link Durations#format}).
 */
public sealed interface DriverSettings {

    /** How the kiosk reaches the device. */
    sealed interface Link {
        /** The real driver over an in-process channel to a simulator (demo, tests). */
        record Simulated() implements Link {
        }

        /** A TCP socket, e.g. a network printer or a serial-to-Ethernet adapter. */
        record Tcp(String host, int port) implements Link {
            public Tcp {
                Objects.requireNonNull(host, "host");
            }
        }

        /** A serial port (/dev/ttyUSB0, COM3) at a baud rate. */
        record Serial(String port, int baud) implements Link {
            public Serial {
                Objects.requireNonNull(port, "port");
            }
        }

        /** A USB printer-class device file; bidirectional when the printer answers status requests. */
        record UsbFile(Path device, boolean bidirectional) implements Link {
            public UsbFile {
                Objects.requireNonNull(device, "device");
            }
        }
    }

    Map<String, String> asSpecSettings();

    /** Every driver kiosk.yaml accepts, with the device kind it drives (the peripherals DriverCatalog's names). */
    static Map<String, String> drivers() {
        return DeviceReader.DRIVERS;
    }

    /** SAM ID card reader (sam-simulator, sam-tcp, sam-serial). */
    record CardReader(Link link, Duration timeout, Duration readTimeout, Duration poll, Duration reconnect, boolean watch)
            implements DriverSettings {
        @Override
        public Map<String, String> asSpecSettings() {
            Map<String, String> out = linkSettings(link);
            out.put("timeout", Durations.format(timeout));
            out.put("read-timeout", Durations.format(readTimeout));
            out.put("poll", Durations.format(poll));
            out.put("reconnect", Durations.format(reconnect));
            out.put("watch", Boolean.toString(watch));
            return Map.copyOf(out);
        }
    }

    /** PC/SC card reader: {@code reader} is part of the reader's name, empty for the first one. */
    record PcscReader(String reader) implements DriverSettings {
        @Override
        public Map<String, String> asSpecSettings() {
            return Map.of("reader", reader);
        }
    }

    /**
     * ESC/POS receipt printer (escpos-simulator, -tcp, -serial, -usb). The simulator's roll is
     * {@code paperLengthMm} long and reports near-end after {@code nearEndAfterMm}.
     */
    record ReceiptPrinter(Link link, String encoding, int paperWidthDots, boolean chineseMode, Duration writeTimeout,
                          Duration statusTimeout, Duration completionTimeout, Optional<Double> paperLengthMm,
                          Optional<Double> nearEndAfterMm) implements DriverSettings {
        @Override
        public Map<String, String> asSpecSettings() {
            Map<String, String> out = linkSettings(link);
            out.put("encoding", encoding);
            out.put("paper-width-dots", Integer.toString(paperWidthDots));
            out.put("chinese-mode", Boolean.toString(chineseMode));
            out.put("write-timeout", Durations.format(writeTimeout));
            out.put("status-timeout", Durations.format(statusTimeout));
            out.put("completion-timeout", Durations.format(completionTimeout));
            paperLengthMm.ifPresent(v -> out.put("paper-length-mm", number(v)));
            nearEndAfterMm.ifPresent(v -> out.put("near-end-after-mm", number(v)));
            return Map.copyOf(out);
        }
    }

    /** A4 document printer: PDFs spooled to a directory, sent to a javax.print service when named. */
    record DocumentPrinter(Path spoolDir, Optional<String> printService) implements DriverSettings {
        @Override
        public Map<String, String> asSpecSettings() {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("spool-dir", spoolDir.toString());
            printService.ifPresent(s -> out.put("print-service", s));
            return Map.copyOf(out);
        }
    }

    /** Serial QR scanner: frames end with the delimiter; a partial frame quiet for {@code stale} is dropped. */
    record QrScanner(Link link, String delimiter, int maxBytes, Duration stale) implements DriverSettings {
        @Override
        public Map<String, String> asSpecSettings() {
            Map<String, String> out = linkSettings(link);
            out.put("delimiter", delimiter);
            out.put("max-bytes", Integer.toString(maxBytes));
            out.put("stale", Durations.format(stale));
            return Map.copyOf(out);
        }
    }

    private static Map<String, String> linkSettings(Link link) {
        Map<String, String> out = new LinkedHashMap<>();
        if (link instanceof Link.Tcp tcp) {
            out.put("address", tcp.host() + ":" + tcp.port());
        } else if (link instanceof Link.Serial serial) {
            out.put("port", serial.port());
            out.put("baud", Integer.toString(serial.baud()));
        } else if (link instanceof Link.UsbFile usb) {
            out.put("device", usb.device().toString());
            out.put("bidirectional", Boolean.toString(usb.bidirectional()));
        }
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
