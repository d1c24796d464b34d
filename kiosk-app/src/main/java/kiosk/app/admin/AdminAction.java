package kiosk.app.admin;

/** Everything done in admin mode, each journaled with time and staff id and reported to the backend. */
public enum AdminAction {
    ENTERED,
    ENTRY_REFUSED,
    LOCKED_OUT,
    TEST_PRINT,
    TEST_CARD_READ,
    TEST_SCAN,
    PAPER_REFILLED,
    SERVICE_DISABLED,
    SERVICE_ENABLED,
    CONFIG_RELOADED,
    CONFIG_RELOAD_FAILED,
    CALL_ANSWERED,
    RESTART,
    EXITED
}
