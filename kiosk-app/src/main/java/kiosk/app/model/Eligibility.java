package kiosk.app.model;

/** Whether the backend would accept a service for this resident now, and at what fee. */
public record Eligibility(boolean eligible, long feeCents, Refusal refusal) {
    public Eligibility {
        Model.check(eligible || refusal != null, "a refusal without its reason");
        Model.check(feeCents >= 0, "negative fee");
    }
}
