package kiosk.app.model;

/** One thing to pay for; the backend prices it (the kiosk never sends amounts). */
public record OrderItem(String kind, String reference) {

    public static final String TRAFFIC_FINE = "TRAFFIC_FINE";
    public static final String APPLICATION_FEE = "APPLICATION_FEE";

    public static OrderItem trafficFine(String violationId) {
        return new OrderItem(TRAFFIC_FINE, violationId);
    }

    public static OrderItem applicationFee(String applicationId) {
        return new OrderItem(APPLICATION_FEE, applicationId);
    }
}
