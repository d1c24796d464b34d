package kiosk.app.fleet;

/** What an urgent event is about: a closed list, so the fleet counts problems and alert rules match them. */
public enum EventKind {
    PAPER_LOW,
    PAPER_OUT,
    READER_ERROR,
    DEVICE_ERROR,
    CALL_STAFF,
    OUT_OF_SERVICE,
    /** The fleet sent a configuration this kiosk will not run (unsigned, tampered, unknown key, older, invalid). */
    CONFIG_REFUSED
}
