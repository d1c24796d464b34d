package kiosk.app.model;

import java.time.Instant;
import java.util.Map;

/**
 * An application of any domain and where it stands (type and status are the backend's codes). When it is
 * ready, {@code collectionPointName} says where to collect it in every kiosk language ({@code collectionPoint}
 * is the backend's zh-CN name of the place).
 */
public record Application(String applicationId, String domain, String type, String status, long feeCents,
                          Map<String, Object> details, String collectionPoint, Instant createdAt, Instant updatedAt,
                          LocalizedText collectionPointName) {
    public Application {
        Model.require(applicationId, "applicationId");
        Model.require(type, "type");
        Model.require(status, "status");
        Model.check(feeCents >= 0, "negative fee");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public boolean awaitingPayment() {
        return "AWAITING_PAYMENT".equals(status) && feeCents > 0;
    }
}
