package kiosk.app.services.receipts;

import java.util.List;
import java.util.Set;
import kiosk.app.flow.Domain;
import kiosk.app.flow.PaymentDesk;
import kiosk.app.flow.Receipts;
import kiosk.app.flow.ResidentService;
import kiosk.app.flow.ResidentService.Need;
import kiosk.app.flow.Slot;
import kiosk.app.flow.Step;
import kiosk.app.services.Services;

/**
 * Reprint of receipts the resident paid for but did not get (the printer failed or ran out of paper):
 * offered only to a resident who has one waiting, printed at once, each journaled as printed once out.
 */
public final class ReprintService {

    static final Slot<List<PaymentDesk.Ticket>> OWED = Slot.list("owed");

    private ReprintService() {
    }

    public static ResidentService declare(PaymentDesk payments, Receipts receipts) {
        return new ResidentService("general.reprint", Domain.GENERAL, Services.ANY_DOCUMENT, Set.of(Need.RECEIPT_PRINTER),
                List.of(
                        new Step.Query<>("owed", OWED, ctx -> owed(payments, ctx.identification().idNumber())),
                        new Step.Print("print", ctx -> ctx.get(OWED).stream().map(paid -> new Step.PrintJob(
                                receipts.reprint(ctx.language(), paid.order(), ctx.identification()),
                                paid.order().amountCents(), paid.order().orderId(),
                                () -> payments.printed(paid.paymentId()),
                                reason -> payments.printFailed(paid.paymentId(), reason))).toList())),
                ctx -> !owed(payments, ctx.identification().idNumber()).isEmpty());
    }

    private static List<PaymentDesk.Ticket> owed(PaymentDesk payments, String idNumber) {
        return payments.reprintable(payments.residentKey(idNumber));
    }
}
