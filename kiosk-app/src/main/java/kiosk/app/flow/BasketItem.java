package kiosk.app.flow;

import java.util.List;
import kiosk.app.i18n.Txt;
import kiosk.app.model.BackendException;
import kiosk.app.model.OrderItem;

/**
 * One thing the resident takes away from this visit: a fine or fee to pay (with its order item), or a
 * free result (a certificate, an inspection mark). It carries its receipt lines, the reference its
 * verification page is found by, the A4 document it prints, if any, and how the backend takes it back if
 * it leaves the basket unpaid ({@code withdrawal}, null when nothing needs taking back).
 */
public record BasketItem(String serviceId, Domain domain, Txt title, long amountCents, OrderItem orderItem,
                         String reference, List<Row> receiptLines, Document document, Withdrawal withdrawal) {

    public BasketItem {
        receiptLines = List.copyOf(receiptLines);
        if (amountCents > 0 && orderItem == null) {
            throw new IllegalArgumentException("an item with a fee needs the order item the backend prices");
        }
    }

    /** An item nothing needs taking back for (fines, free results). */
    public BasketItem(String serviceId, Domain domain, Txt title, long amountCents, OrderItem orderItem, String reference,
                      List<Row> receiptLines, Document document) {
        this(serviceId, domain, title, amountCents, orderItem, reference, receiptLines, document, null);
    }

    /** The same item, taken back at the backend by this call if the resident removes it or leaves without paying. */
    public BasketItem withdrawnBy(Withdrawal how) {
        return new BasketItem(serviceId, domain, title, amountCents, orderItem, reference, receiptLines, document, how);
    }

    public boolean paid() {
        return amountCents > 0;
    }

    /** An A4 document (application form, certificate): a title, rows, and a QR of its verification. */
    public record Document(Txt title, List<Row> rows, Txt note) {
        public Document {
            rows = List.copyOf(rows);
        }
    }

    /**
     * Takes the item back at the backend (an application that awaits its fee is withdrawn): a port call the
     * engine runs off the JavaFX thread, never waited for. Never run for an item that was paid.
     */
    @FunctionalInterface
    public interface Withdrawal {
        void run() throws BackendException;
    }
}
