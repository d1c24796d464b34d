package kiosk.app.flow;

/** The three business domains of a police self-service area, plus services that span them. */
public enum Domain {
    HOUSEHOLD("household"),
    TRAFFIC("traffic"),
    EXIT_ENTRY("exit-entry"),
    GENERAL("general");

    private final String configName;

    Domain(String configName) {
        this.configName = configName;
    }

    /** The name used in kiosk.yaml (station counters) and in bundle keys. */
    public String configName() {
        return configName;
    }
}
