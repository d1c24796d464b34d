package kiosk.app.transaction.crash;

import java.net.URI;
import java.nio.file.Path;
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

/**
 * One life of the kiosk's transaction core without a UI, run as a child process by the crash harness,
 * which kills it with SIGKILL at a random moment. Each life: recovery first; residents whose phone paid
 * after the previous life died are reconciled; unprinted receipts are reprinted (the resident came back
 * with the ID card); then one whole new transaction: lookup, create order, simulated pay, confirm,
 * print. Prints STARTED when running and DONE when the life ended on its own.
 *
 * <p>Arguments: backend base URL, journal file.
 */
public final class CrashDriver {

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
        try (TransactionCore core = TransactionCore.open(config, backend)) {
            core.recover();
            payLateOnThePhone(core, backend);
            for (JournaledPayment unprinted : core.journal().paymentsIn(PaymentState.REPRINT_AVAILABLE)) {
                core.printed(unprinted.paymentId());
            }
            oneTransaction(core, backend);
        }
        System.out.println("DONE");
        System.out.flush();
        System.exit(0);
    }

    /** A resident scanned the QR code before the kiosk died and pays now: recovery finds the money. */
    private static void payLateOnThePhone(TransactionCore core, KioskBackend backend) {
        boolean paidAny = false;
        for (JournaledPayment open : core.journal().paymentsIn(PaymentState.ABANDONED)) {
            try {
                if (backend.order(open.orderId()).status() == PaymentOrder.Status.PENDING) {
                    backend.simulatePayment(open.orderId());
                    paidAny = true;
                }
            } catch (BackendException e) {
                System.out.println("late payment not made: " + e.code());
            }
        }
        if (paidAny) {
            core.recover();
        }
    }

    private static void oneTransaction(TransactionCore core, KioskBackend backend) throws BackendException {
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
                backend.simulatePayment(payment.order().orderId());
                for (int poll = 0; poll < 20 && !core.refresh(payment.paymentId()).isPaid(); poll++) {
                    Thread.onSpinWait();
                }
                core.printed(payment.paymentId());
                return;
            }
        }
        System.out.println("no payable fine left");
    }
}
