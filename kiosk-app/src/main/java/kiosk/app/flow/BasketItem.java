package kiosk.app.flow;

import java.util.List;
import kiosk.app.i18n.Txt;
import kiosk.app.model.OrderItem;

/**
 * One thing the resident takes away from this visit: a fine or fee to pay (with its order item), or a
 * free result (a certificate, an inspection mark). It carries its receipt lines, the reference its
 * verification page is found by, and the A4 document it prints, if any.
 */
public record BasketItem(String serviceId, Domain domain, Txt title, long amountCents, OrderItem orderItem,
                         String reference, List<Row> receiptLines, Document document) {

    public BasketItem {
        receiptLines = List.copyOf(receiptLines);
        if (amountCents > 0 && orderItem == null) {
            throw new IllegalArgumentException("an item with a fee needs the order item the backend prices");
        }
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
}
