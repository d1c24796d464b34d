package kiosk.app.transaction.crash;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kiosk.app.model.BackendException;
import kiosk.app.backend.KioskBackend;
import kiosk.app.backend.KioskBackends;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaymentOrder;
import kiosk.app.model.Resident;
import kiosk.app.model.Violation;
import kiosk.app.journal.JournaledPayment;
import kiosk.app.journal.PaymentState;
import kiosk.app.transaction.Payment;
import kiosk.app.transaction.TransactionCore;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.printer.Receipt;
import kiosk.peripherals.printer.escpos.EscPosPrinter;
import kiosk.peripherals.printer.escpos.EscPosSettings;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.sim.SimulatorRack;

/**
 * One life of the kiosk's transaction core without a UI, run as a child process by the crash harness,
 * which kills it with SIGKILL at a moment inside a phase it chose. Each phase starts with a line
 * {@code PHASE <name>} so the harness knows where it is:
 * <ol>
 *   <li>{@code late-pay}: residents whose QR code was on screen when the previous life died pay now on
 *       their phone (every other one: the rest walked away);</li>
 *   <li>{@code recover}: reconciliation (late money found, dead sessions' orders cancelled);</li>
 *   <li>{@code reprint}: unprinted receipts are printed on the ESC/POS printer and recorded (the
 *       resident came back with the ID card);</li>
 *   <li>{@code order}: lookup and order creation; {@code pay}: the phone pays, the kiosk polls (or,
 *       every fourth payment, the resident presses Back: {@code abandon}, the order is cancelled);</li>
 *   <li>{@code print}: the receipt goes through the real ESC/POS driver to the simulated printer;</li>
 *   <li>{@code record}: printed is journaled with its receipt record, which is sent.</li>
 * </ol>
 * Prints STARTED when running and DONE when the life ended on its own.
 *
 * <p>Arguments: backend base URL, journal file.
 */
public final class CrashDriver {

    /** The phases, in the order a life goes through them. */
    public static final List<String> PHASES = List.of("late-pay", "recover", "reprint", "order", "pay", "abandon",
            "print", "record");

    /** Demo residents with unpaid fines (team brief); the harness's back office makes paid fines payable again. */
    static final List<String[]> RESIDENTS = List.of(
            new String[] {"330602198503151256", "张伟"},
            new String[] {"330282196011010052", "王\uD86D\uDCE7明"});

    private CrashDriver() {
    }

    public static void main(String[] args) throws Exception {
        KioskConfig demo = DemoConfig.load();
        KioskConfig config = demo.withBackend(demo.backend().withBaseUrl(URI.create(args[0])))
                .withJournal(new KioskConfig.Journal(Path.of(args[1])));
        KioskBackend backend = KioskBackends.create(config);
        System.out.println("STARTED");
        System.out.flush();
        try (SimulatorRack rack = new SimulatorRack();
             TransactionCore core = TransactionCore.open(config, backend)) {
            EscPosPrinter printer = new EscPosPrinter("receipt", rack.attach("receipt", new EscPosPrinterSimulator())
                    .hostSide(), EscPosSettings.DEFAULT.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1),
                    Duration.ofSeconds(10)));
            printer.open();
            phase("late-pay");
            payLateOnThePhone(core, backend);
            phase("recover");
            core.recover();
            phase("reprint");
            for (JournaledPayment unprinted : core.journal().paymentsIn(PaymentState.REPRINT_AVAILABLE)) {
                print(printer, unprinted.orderId(), unprinted.amountCents());
                core.printed(unprinted.paymentId());
            }
            oneTransaction(core, backend, printer);
            printer.close();
        }
        System.out.println("DONE");
        System.out.flush();
        System.exit(0);
    }

    private static void phase(String name) {
        System.out.println("PHASE " + name);
        System.out.flush();
    }

    /** Residents who scanned the QR code before the kiosk died: every other one pays now on the phone. */
    private static void payLateOnThePhone(TransactionCore core, KioskBackend backend) {
        for (PaymentState state : List.of(PaymentState.AWAITING_PAYMENT, PaymentState.ABANDONED)) {
            for (JournaledPayment open : core.journal().paymentsIn(state)) {
                if (open.orderId() == null || (open.paymentId().hashCode() & 1) == 0) {
                    continue;
                }
                try {
                    if (backend.order(open.orderId()).status() == PaymentOrder.Status.PENDING) {
                        backend.simulatePayment(open.orderId());
                    }
                } catch (BackendException e) {
                    System.out.println("late payment not made: " + e.code());
                }
            }
        }
    }

    private static void print(EscPosPrinter printer, String orderId, long amountCents) throws DeviceException {
        printer.print(Receipt.builder().title("缴费凭证").pair("订单", orderId)
                .pair("金额", String.format("¥%d.%02d", amountCents / 100, amountCents % 100)).feed(1).build());
    }

    private static void oneTransaction(TransactionCore core, KioskBackend backend, EscPosPrinter printer)
            throws BackendException, DeviceException {
        phase("order");
        for (String[] who : RESIDENTS) {
            Resident resident = backend.lookupResident(who[0], who[1]);
            for (Violation fine : backend.violations(resident.residentId())) {
                if (!fine.payable()) {
                    continue;
                }
                Payment payment;
                try {
                    payment = core.startPayment(resident.residentId(), core.residentKey(who[0]),
                            List.of(OrderItem.trafficFine(fine.violationId())));
                } catch (BackendException e) {
                    if (e.kind() == BackendException.Kind.REFUSED) {
                        continue; // e.g. still in another pending order
                    }
                    throw e;
                }
                if (core.journal().allPayments().size() % 4 == 0) {
                    phase("abandon");
                    core.abandon(payment.paymentId()); // Back pressed: the order is cancelled
                    return;
                }
                phase("pay");
                backend.simulatePayment(payment.order().orderId());
                for (int poll = 0; poll < 20 && !core.refresh(payment.paymentId()).isPaid(); poll++) {
                    Thread.onSpinWait();
                }
                phase("print");
                print(printer, payment.order().orderId(), payment.amountCents());
                phase("record");
                core.printed(payment.paymentId());
                return;
            }
        }
        System.out.println("no payable fine left");
    }
}
