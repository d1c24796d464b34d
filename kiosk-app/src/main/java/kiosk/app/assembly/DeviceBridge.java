package kiosk.app.assembly;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kiosk.app.admin.AdminModel;
import kiosk.app.admin.AdminState;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.VisitEngine;
import kiosk.app.model.DocumentType;
import kiosk.app.flow.ReceiptOutput;
import kiosk.app.flow.ScreenModel;
import kiosk.app.model.Identification;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceManager;
import kiosk.peripherals.device.PrinterDetail;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.ResidentIdCard;
import kiosk.peripherals.idcard.sam.SamIdCardReader;
import kiosk.peripherals.printer.Printer;
import kiosk.peripherals.printer.Receipt;
import kiosk.peripherals.scanner.ScannedCode;

/**
 * Connects devices and the flow: a card read becomes an {@link Identification} (only name and ID
 * number; the photo bytes are wiped at once), reader and printer health become availability on
 * screen, and the receipt printer serves as the flow's {@link ReceiptOutput}. The reader looks for a
 * card only while the kiosk asks for one, so a card left on the reader is not read into another visit.
 * While admin mode's PIN pad shows, the reader looks for a staff card and a card read goes to admin mode
 * alone (checked against the staff card hashes, then wiped); while admin mode is open no card reaches a
 * resident's visit. At every other moment cards go to the visit, never to admin mode.
 */
final class DeviceBridge implements ReceiptOutput {

    private final DeviceManager devices;
    private final ExecutorService readerControl = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reader-control");
        t.setDaemon(true);
        return t;
    });
    private VisitEngine flow;
    private volatile AdminModel admin;

    DeviceBridge(DeviceManager devices) {
        this.devices = devices;
    }

    /** Starts forwarding: device events to the flow, the flow's screen to the card reader. */
    void connect(VisitEngine target) {
        this.flow = target;
        devices.subscribe(this::onDeviceEvent);
        flow.subscribe(this::onFlowState);
        flow.readerAvailability(reader().map(r -> r.status().state().isUsable()).orElse(false));
    }

    /** Staff cards: while the PIN pad shows, the reader reads for admin mode; open, it reads for device tests. */
    void connect(AdminModel model) {
        this.admin = model;
        model.subscribe(state -> {
            if (flow != null) {
                onFlowState(flow.state());
            }
        });
    }

    private AdminState.Phase adminPhase() {
        AdminModel a = admin;
        return a == null ? AdminState.Phase.CLOSED : a.state().phase();
    }

    private void onDeviceEvent(DeviceEvent event) {
        Optional<Device> device = devices.find(event.deviceId());
        DeviceKind kind = device.map(Device::kind).orElse(null);
        if (kind == DeviceKind.ID_CARD_READER) {
            if (event instanceof DeviceEvent.Data<?> data && data.payload() instanceof CardIdentity card) {
                onCard(card);
            } else if (event instanceof DeviceEvent.Error error && adminPhase() == AdminState.Phase.CLOSED) {
                flow.cardFailed(error.error()); // a failed read at the PIN pad is not a resident's problem
            } else if (event instanceof DeviceEvent.StatusChanged change) {
                flow.readerAvailability(change.current().state().isUsable());
                // A reader that (re)opened may watch on its own: only the ID-card step may read cards.
                onFlowState(flow.state());
            }
        } else if (kind == DeviceKind.RECEIPT_PRINTER && event instanceof DeviceEvent.StatusChanged) {
            flow.printerAvailability();
        } else if (kind == DeviceKind.QR_SCANNER && event instanceof DeviceEvent.Data<?> data
                && data.payload() instanceof ScannedCode) {
            flow.codeScanned(((ScannedCode) data.payload()).text()); // the engine keeps it only as long as a step needs it
        }
    }

    /** What the services need of a card: its type, name and number; null for a card type no service takes. */
    static Identification identificationOf(CardIdentity card) {
        if (card instanceof ResidentIdCard resident) {
            return new Identification(DocumentType.RESIDENT_ID, resident.name(), resident.idNumber().value());
        } else if (card instanceof kiosk.peripherals.idcard.ForeignPermanentResidenceCard foreign) {
            return new Identification(DocumentType.FOREIGN_PERMANENT, foreign.displayName(), foreign.documentNumber());
        } else if (card instanceof kiosk.peripherals.idcard.HmtResidencePermit permit) {
            return new Identification(DocumentType.HMT_RESIDENCE, permit.displayName(), permit.documentNumber());
        }
        return null;
    }

    private void onCard(CardIdentity card) {
        try {
            AdminState.Phase phase = adminPhase();
            if (phase == AdminState.Phase.PIN_ENTRY) {
                admin.staffCard(card.documentNumber()); // checked on admin's I/O thread; the number is never kept or logged
                return;
            } else if (phase == AdminState.Phase.OPEN) {
                return; // a device test reads it from the reader itself; a resident's visit never sees it
            }
            Identification who = identificationOf(card);
            if (who != null) {
                flow.cardRead(who);
            } else {
                flow.cardFailed(new DeviceException(CompletionCode.INVALID_DATA, "card.unsupported-type",
                        "card type " + card.cardType() + " is not supported by this kiosk's services"));
            }
        } finally {
            card.wipe();
        }
    }

    /**
     * Called under the flow's lock: switching the reader (which may wait for its watch thread, itself
     * waiting to hand a card to the flow) happens on the bridge's own thread, never here.
     */
    private void onFlowState(FlowState state) {
        AdminState.Phase phase = adminPhase();
        // the PIN pad takes a staff card; open, the card-read test needs the reader
        boolean wanted = phase != AdminState.Phase.CLOSED || state.shows(ScreenModel.Identify.class) && !state.busy();
        try {
            readerControl.execute(() -> reader().ifPresent(reader -> {
                if (wanted && !reader.isWatching()) {
                    reader.startWatching();
                } else if (!wanted && reader.isWatching()) {
                    reader.stopWatching();
                }
            }));
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // the kiosk is stopping: the reader is being closed
        }
    }

    /**
     * Stops switching the reader and waits for a switch under way, so none runs after the devices
     * close: a watch started then would outlive the kiosk.
     */
    void close() {
        readerControl.shutdownNow();
        try {
            readerControl.awaitTermination(6, java.util.concurrent.TimeUnit.SECONDS); // a stop waits up to 5 s
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<SamIdCardReader> reader() {
        return devices.byKind(DeviceKind.ID_CARD_READER).stream()
                .filter(SamIdCardReader.class::isInstance).map(SamIdCardReader.class::cast).findFirst();
    }

    private Optional<Printer> printer() {
        return devices.byKind(DeviceKind.RECEIPT_PRINTER).stream()
                .filter(Printer.class::isInstance).map(Printer.class::cast).findFirst();
    }

    @Override
    public void print(Receipt receipt) throws DeviceException {
        Printer p = printer().orElseThrow(() -> new DeviceException(CompletionCode.NO_DEVICE, "printer.not-configured",
                "no receipt printer is configured"));
        p.print(receipt);
        onPrinted.accept(p.id(), receipt.lengthMm());
    }

    private volatile java.util.function.BiConsumer<String, Double> onPrinted = (device, mm) -> { };

    /** Told after every receipt that printed: the printer's id and about how much paper it took. */
    void onPrinted(java.util.function.BiConsumer<String, Double> listener) {
        this.onPrinted = listener;
    }

    @Override
    public boolean canPrint() {
        return printer().map(p -> p.status().state().isUsable()
                && !(p.status().detail() instanceof PrinterDetail d && !d.canPrint())).orElse(false);
    }
}
