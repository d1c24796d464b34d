package kiosk.app.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import kiosk.app.assembly.ServiceCatalog;
import kiosk.app.backend.KioskBackends;
import kiosk.app.backend.ResilientKioskBackend;
import kiosk.app.flow.DocumentOutput;
import kiosk.app.flow.IdentityPort;
import kiosk.app.flow.Io;
import kiosk.app.flow.PaymentDesk;
import kiosk.app.flow.ReceiptOutput;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.StaffCalls;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.model.BackendException;
import kiosk.app.model.Identification;
import kiosk.app.model.OrderItem;
import kiosk.app.model.Resident;
import kiosk.app.receipt.ReceiptComposer;
import kiosk.app.voice.Voice;
import kiosk.config.KioskConfig;
import kiosk.peripherals.printer.Receipt;

/**
 * One resident's tap on a service while the backend is down, through the real engine and the real
 * services over the real resilient client: the resident is at the menu (identified by a stand-in, as
 * identification is not what is measured), taps a service whose first step is a backend call, and the
 * time until the engine publishes the screen that says it cannot be done is returned.
 */
final class TapOutage implements AutoCloseable {

    static final String SERVICE = "traffic.licence-points";

    private final Messages messages = new Messages();
    private final ExecutorService io = Executors.newFixedThreadPool(4, r -> daemon(r, "bench-io"));
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1, r -> daemon(r, "bench-timer"));
    private final KioskConfig demo;

    TapOutage(KioskConfig demo) {
        this.demo = demo;
    }

    /**
     * Milliseconds from the tap to "unavailable": {@code probeKnows} the health probe has reported the
     * backend down (the menu marks the service, the tap answers at once), else the tap is the first call
     * into the dead backend (a fresh client: its circuit is closed).
     */
    double tap(KioskConfig config, boolean probeKnows) throws InterruptedException {
        ResilientKioskBackend backend = KioskBackends.create(config);
        try (VisitEngine engine = engine(config, backend)) {
            engine.start();
            engine.chooseLanguage(Language.ZH_CN);
            engine.cardRead(new Identification("张伟", "330602198503151256"));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!engine.state().shows(ScreenModel.Menu.class) || engine.state().busy()) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("the stand-in resident never reached the menu: " + engine.state());
                }
                Thread.sleep(1);
            }
            if (probeKnows) {
                engine.backendHealth(false, Instant.now().plusSeconds(10));
            }
            CountDownLatch told = new CountDownLatch(1);
            AtomicLong at = new AtomicLong();
            Runnable unsubscribe = engine.subscribe(state -> {
                if ((state.model() instanceof ScreenModel.OutOfService || state.model() instanceof ScreenModel.Error)
                        && at.compareAndSet(0, System.nanoTime())) {
                    told.countDown();
                }
            });
            long start = System.nanoTime();
            engine.chooseService(SERVICE);
            if (!told.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no outage shown after the tap: " + engine.state());
            }
            unsubscribe.run();
            return (at.get() - start) / 1e6;
        }
    }

    private VisitEngine engine(KioskConfig config, ResilientKioskBackend backend) {
        ReceiptComposer receipts = new ReceiptComposer(messages, config.kioskId(), ZoneId.systemDefault(), config.station());
        PaymentDesk payments = new NoPayments();
        IdentityPort identity = new IdentityPort() {
            @Override
            public Resident lookup(Identification who) {
                return new Resident("R-BENCH", who.name(), "330602********1256");
            }

            @Override
            public Identified fromCode(String payload) throws BackendException {
                throw new BackendException(BackendException.Kind.REFUSED, "e-ID codes are not used by the bench");
            }
        };
        ReceiptOutput printer = new ReceiptOutput() {
            @Override
            public void print(Receipt receipt) {
            }

            @Override
            public boolean canPrint() {
                return true;
            }
        };
        return new VisitEngine(new VisitEngine.Parts(ServiceCatalog.standard(backend, payments, receipts), identity, payments,
                printer, DocumentOutput.NONE, receipts, config.station(), new Io(io), scheduler, demo.session(), Language.ZH_CN,
                StaffCalls.NONE, Voice.silent(), config.kioskId()));
    }

    /** The bench taps a free information service: nothing is paid. */
    private static final class NoPayments implements PaymentDesk {
        @Override public Ticket start(String residentId, String residentKey, List<OrderItem> items) {
            throw new UnsupportedOperationException("the bench pays nothing");
        }
        @Override public Ticket refresh(String paymentId) {
            throw new UnsupportedOperationException();
        }
        @Override public Ticket payByCode(String paymentId, String code) {
            throw new UnsupportedOperationException();
        }
        @Override public String printed(String paymentId) {
            return null;
        }
        @Override public void printFailed(String paymentId, String reason) {
        }
        @Override public void abandon(String paymentId) {
        }
        @Override public List<Ticket> reprintable(String residentKey) {
            return List.of();
        }
        @Override public String residentKey(String idNumber) {
            return "bench";
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        io.shutdownNow();
        scheduler.shutdownNow();
    }
}
