package kiosk.app.cli.soak;

import java.time.Duration;
import java.util.function.Predicate;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.VisitEngine;
import kiosk.app.services.traffic.TrafficServices;
import kiosk.app.i18n.Language;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.printer.escpos.sim.PrintedReceipt;
import kiosk.peripherals.scanner.serial.sim.SerialScannerSimulator;

/**
 * One complete resident visit through the real flow, the way a resident and the payer's phone would
 * drive it: card, traffic fines, pay (the resident's payment code shown to the scanner, or every
 * twentieth visit the phone scanning the kiosk's code), receipt printed, finish. The only place the soak bench touches
 * the flow's API, so a change of the flow changes this class alone. After the visit a back office
 * refunds the order, so the demo resident's fines are payable again next visit.
 */
public final class SoakVisit {

    private static final Duration STEP = Duration.ofSeconds(30);
    /** One visit in this many pays by phone (the kiosk polls every 2 s); the others by payment code. */
    private static final int PHONE_EVERY = 20;
    private static final String FINES = TrafficServices.fines(null).id();

    private final KioskAssembly kiosk;
    private final SamModuleSimulator reader;
    private final EscPosPrinterSimulator printer;
    private final SerialScannerSimulator scanner;
    private final java.util.Map<String, Long> stepNanos = new java.util.LinkedHashMap<>();
    private int count;

    public SoakVisit(KioskAssembly kiosk) {
        this.kiosk = kiosk;
        this.reader = kiosk.rack().first(SamModuleSimulator.class).orElseThrow();
        this.printer = kiosk.rack().first(EscPosPrinterSimulator.class).orElseThrow();
        this.scanner = kiosk.rack().first(SerialScannerSimulator.class).orElseThrow();
    }

    /** Runs one visit; throws if any step does not happen within 30 s or the receipt is missing. */
    public void run() throws Exception {
        VisitEngine flow = kiosk.flow();
        await(s -> s.model() instanceof ScreenModel.Attract a && !a.outOfService(), "attract screen in service");
        flow.start();
        await(s -> s.shows(ScreenModel.LanguageChoice.class), "language choice");
        flow.chooseLanguage(Language.values()[count++ % Language.values().length]);
        await(s -> s.shows(ScreenModel.Identify.class) && !s.busy(), "insert card");
        reader.insert(SampleCards.zhangWei());
        await(s -> s.shows(ScreenModel.Menu.class) && !s.busy(), "menu");
        flow.chooseService(FINES);
        await(s -> s.shows(ScreenModel.Choice.class) && !s.busy(), "violations");
        flow.next();
        await(s -> s.shows(ScreenModel.Basket.class) && !s.busy(), "basket");
        flow.pay();
        await(s -> s.model() instanceof ScreenModel.Payment && !s.busy(), "payment code");
        String orderId = ((ScreenModel.Payment) flow.state().model()).orderId();
        PrintedReceipt before = printer.lastReceipt();
        if (count % PHONE_EVERY == 0) {
            kiosk.backend().simulatePayment(orderId); // the resident's phone pays the QR code; the kiosk polls
        } else {
            // the resident's own payment code (WeChat Pay form, spent once) held to the kiosk's scanner
            scanner.present(String.format(java.util.Locale.ROOT, "13%016d", count));
        }
        await(s -> s.shows(ScreenModel.Done.class), "done");
        if (!(flow.state().model() instanceof ScreenModel.Done done) || !done.printed()) {
            throw new IllegalStateException("visit " + count + ": the done screen says no receipt was printed");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (printer.lastReceipt() == before) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("visit " + count + ": the printer received no receipt");
            }
            Thread.sleep(2);
        }
        kiosk.backend().refund(orderId, "SOAK_RECYCLE", "soak-" + orderId);
        flow.finish();
        await(s -> s.shows(ScreenModel.Attract.class), "back to attract");
        reader.remove();
        if (printer.paperNearEnd()) {
            printer.loadPaper(); // staff change the roll
        }
    }

    /** Milliseconds spent waiting for each step so far, summed over the visits: where a visit's time goes. */
    public java.util.Map<String, Long> stepMillis() {
        java.util.Map<String, Long> millis = new java.util.LinkedHashMap<>();
        stepNanos.forEach((step, nanos) -> millis.put(step, nanos / 1_000_000));
        return millis;
    }

    private void await(Predicate<FlowState> condition, String what) throws InterruptedException {
        long began = System.nanoTime();
        try {
            awaitUntil(condition, what);
        } finally {
            stepNanos.merge(what, System.nanoTime() - began, Long::sum);
        }
    }

    private void awaitUntil(Predicate<FlowState> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (!condition.test(kiosk.flow().state())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("visit " + count + ": no " + what + " within " + STEP.toSeconds()
                        + " s (" + describe(kiosk.flow().state()) + ")");
            }
            Thread.sleep(2);
        }
    }

    /** What the screen shows, for a failed visit's message: no personal data (names are masked on the menu). */
    private static String describe(FlowState state) {
        StringBuilder out = new StringBuilder("screen ").append(state.model().getClass().getSimpleName());
        out.append(state.busy() ? ", busy" : "");
        if (state.overlay() != null) {
            out.append(", overlay ").append(state.overlay().getClass().getSimpleName());
        }
        if (state.model() instanceof ScreenModel.Menu menu) {
            menu.groups().forEach(group -> group.services().stream().filter(o -> !o.available())
                    .forEach(o -> out.append(", ").append(o.serviceId()).append(" unavailable: ").append(o.reason())));
        }
        return out.toString();
    }
}
