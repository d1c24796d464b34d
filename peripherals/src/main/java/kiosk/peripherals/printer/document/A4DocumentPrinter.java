package kiosk.peripherals.printer.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import kiosk.peripherals.device.AbstractDevice;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.device.DeviceStatus;
import kiosk.peripherals.device.PrinterDetail;
import kiosk.peripherals.device.StatusDetail;
import kiosk.peripherals.printer.PrintCompletion;
import kiosk.peripherals.printer.Printer;
import kiosk.peripherals.printer.Receipt;

/**
 * An A4 document printer: each receipt becomes a PDF ({@link A4Layout}) that goes to the javax.print
 * service named in the settings when the system has it, and otherwise to a spool folder (written
 * under a temporary name, then moved, so a spooler never picks up half a file). Status: ONLINE
 * when the print service is present or the spool folder is writable, NO_DEVICE otherwise.
 */
public final class A4DocumentPrinter extends AbstractDevice implements Printer {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(5);

    private final Path spoolDir;
    private final String serviceName;
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile boolean open;

    /**
     * @param spoolDir    folder for PDFs when no print service is used
     * @param serviceName javax.print service to use when present (null or blank: spool only)
     */
    public A4DocumentPrinter(String id, Path spoolDir, String serviceName) {
        super(id, DeviceKind.DOCUMENT_PRINTER);
        this.spoolDir = spoolDir;
        this.serviceName = serviceName == null || serviceName.isBlank() ? null : serviceName.trim();
    }

    @Override
    public void open() throws DeviceException {
        DeviceStatus s = checkHealth();
        if (s.state() != DeviceState.ONLINE) {
            open = false;
            throw fail(new DeviceException(CompletionCode.NO_DEVICE, s.reason(),
                    "document printer " + id() + ": neither print service nor writable spool folder " + spoolDir));
        }
        open = true;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public DeviceStatus checkHealth() {
        if (findService().isPresent() || spoolWritable()) {
            return updateStatus(DeviceStatus.online(PrinterDetail.UNKNOWN));
        }
        return updateStatus(DeviceStatus.of(DeviceState.NO_DEVICE, StatusDetail.NONE, "document.spool-unwritable"));
    }

    @Override
    public PrintCompletion print(Receipt receipt) throws DeviceException {
        long started = System.nanoTime();
        byte[] pdf;
        try {
            pdf = A4Layout.render(receipt);
        } catch (IOException | RuntimeException e) {
            throw fail(new DeviceException(CompletionCode.INVALID_DATA, "document.render-failed",
                    "document could not be laid out: " + e.getClass().getSimpleName(), e));
        }
        Optional<PrintService> service = findService();
        String destination = service.isPresent() ? submit(service.get(), pdf) : spool(pdf);
        updateStatus(DeviceStatus.online(PrinterDetail.UNKNOWN));
        PrintCompletion done = new PrintCompletion(id(), pdf.length, false, destination,
                Duration.ofNanos(System.nanoTime() - started));
        publish(new DeviceEvent.Data<>(id(), done));
        return done;
    }

    private String submit(PrintService service, byte[] pdf) throws DeviceException {
        DocPrintJob job = service.createPrintJob();
        try {
            job.print(new SimpleDoc(new ByteArrayInputStream(pdf), DocFlavor.INPUT_STREAM.PDF, null), null);
            return "print-service:" + service.getName();
        } catch (PrintException e) {
            updateStatus(DeviceStatus.of(DeviceState.OFFLINE, PrinterDetail.UNKNOWN, "document.print-failed"));
            throw fail(new DeviceException(CompletionCode.DEVICE_NOT_READY, "document.print-failed",
                    "print service " + service.getName() + " refused the job: " + e.getMessage(), e));
        }
    }

    private String spool(byte[] pdf) throws DeviceException {
        String name = "receipt-" + LocalDateTime.now().format(STAMP) + "-" + sequence.incrementAndGet() + ".pdf";
        try {
            Files.createDirectories(spoolDir);
            Path tmp = Files.createTempFile(spoolDir, ".spool-", ".tmp");
            Files.write(tmp, pdf);
            Files.move(tmp, spoolDir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return "spool:" + name;
        } catch (IOException e) {
            updateStatus(DeviceStatus.of(DeviceState.NO_DEVICE, StatusDetail.NONE, "document.spool-unwritable"));
            throw fail(new DeviceException(CompletionCode.NO_DEVICE, "document.spool-unwritable",
                    "spool folder " + spoolDir + " not writable: " + e.getMessage(), e));
        }
    }

    private boolean spoolWritable() {
        try {
            Files.createDirectories(spoolDir);
            return Files.isDirectory(spoolDir) && Files.isWritable(spoolDir);
        } catch (IOException e) {
            return false;
        }
    }

    /** Looks the named service up on a helper thread: a CUPS lookup may hang on a sick system. */
    private Optional<PrintService> findService() {
        if (serviceName == null) {
            return Optional.empty();
        }
        var exec = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "print-service-lookup");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<PrintService[]> lookup = exec.submit(
                    () -> PrintServiceLookup.lookupPrintServices(DocFlavor.INPUT_STREAM.PDF, null));
            return Arrays.stream(lookup.get(LOOKUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                    .filter(s -> s.getName().equalsIgnoreCase(serviceName))
                    .findFirst();
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            exec.shutdownNow();
        }
    }

    @Override
    public void close() {
        open = false;
        updateStatus(DeviceStatus.of(DeviceState.OFFLINE, StatusDetail.NONE, "closed"));
    }
}
