package kiosk.app.flow;

import java.util.List;
import kiosk.app.model.BackendException;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaymentOrder;

/**
 * What the flow needs to take a payment safely: journaled before it is sent, never lost, never
 * charged twice. Implemented over the transaction core; every call blocks (run it off the UI thread).
 */
public interface PaymentDesk {

    /** A payment as the flow follows it: the journal's id and the backend order. */
    record Ticket(String paymentId, PaymentOrder order) {
    }

    Ticket start(String residentId, String residentKey, List<OrderItem> items) throws BackendException;

    Ticket refresh(String paymentId) throws BackendException;

    /**
     * Pays with the resident's own payment code scanned by the kiosk (never stored or logged). REFUSED
     * when the code was not accepted (nothing charged); any other failure leaves the outcome to the next poll.
     */
    Ticket payByCode(String paymentId, String code) throws BackendException;

    /**
     * The receipt is out. Returns a bundle key to tell the resident when the backend could not be told
     * yet (queued until the link returns, or refused), or null when it was recorded at once.
     */
    String printed(String paymentId);

    void printFailed(String paymentId, String reason);

    void abandon(String paymentId);

    /** Paid payments of this resident whose receipt did not print (reprint by ID card). */
    List<Ticket> reprintable(String residentKey);

    /** A keyed hash of the ID number: finds a resident's reprints without storing the number. */
    String residentKey(String idNumber);
}
