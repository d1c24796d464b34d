package kiosk.app.backend;

/** One thing to pay for; the backend prices it (the kiosk never sends amounts). */
public record OrderItem(String kind, String reference) {

    public static OrderItem trafficFine(String violationId) {
        return new OrderItem("TRAFFIC_FINE", violationId);
    }
}
