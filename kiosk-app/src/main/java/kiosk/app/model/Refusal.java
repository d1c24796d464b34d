package kiosk.app.model;

/**
 * The backend's refusal of a service for this resident: its stable code, its own words in every language,
 * and whether the resident must go to a counter instead.
 */
public record Refusal(String code, LocalizedText message, boolean counterRequired) {
    public Refusal {
        Model.require(code, "code");
        message = message == null ? new LocalizedText(java.util.Map.of()) : message;
    }
}
