package kiosk.app.transaction;

/**
 * What happened to a store-and-forward operation (receipt record, refund): the UI turns it into the
 * resident's words, e.g. QUEUED: "your receipt record will be sent when the connection returns".
 *
 * @param status     SENT (the backend confirmed), QUEUED (journaled, sent when the link returns) or
 *                   REFUSED (not accepted: the queue is full or the backend said no)
 * @param reasonCode why it was queued or refused (a BackendException code, QUEUE_FULL...), null if SENT
 */
public record Delivery(Status status, String reasonCode) {

    public enum Status { SENT, QUEUED, REFUSED }

    public static Delivery sent() {
        return new Delivery(Status.SENT, null);
    }

    /** Resource bundle key of the resident message for this outcome. */
    public String messageKey() {
        return "delivery." + status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
