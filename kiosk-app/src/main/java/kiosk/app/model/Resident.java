package kiosk.app.model;

/** The backend's view of an identified resident. Holds personal data: never log it. */
public record Resident(String residentId, String name, String idNumberMasked) {

    public Resident {
        Model.require(residentId, "residentId");
    }

    @Override
    public String toString() {
        return "Resident[" + residentId + "]";
    }
}
