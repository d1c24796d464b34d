package kiosk.app.flow;

/** Resident services this build offers; each is a flow of the steps above. */
public enum Service {
    TRAFFIC_FINES
}
