package kiosk.app.flow;

import java.util.List;
import kiosk.app.i18n.Language;
import kiosk.app.model.Identification;
import kiosk.app.model.PaymentOrder;
import kiosk.peripherals.printer.Receipt;

/** Composes the one receipt of a visit's basket (implemented in kiosk.app.receipt). */
public interface Receipts {

    /** {@code order} is null when nothing in the basket cost money. */
    Receipt basket(Language language, PaymentOrder order, List<BasketItem> items, Identification who);

    /** An A4 document of a basket item (its title, rows and a QR of its verification page). */
    Receipt document(Language language, BasketItem item, Identification who);

    /** The receipt of an earlier payment whose receipt did not print, marked as a reprint. */
    Receipt reprint(Language language, PaymentOrder order, Identification who);
}
