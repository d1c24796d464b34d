package kiosk.app.backend;

/** The backend's view of an identified resident. Holds personal data: never log it. */
public record Resident(String residentId, String name, String idNumberMasked) {

    @Override
    public String toString() {
        return "Resident[" + residentId + "]";
    }
}
