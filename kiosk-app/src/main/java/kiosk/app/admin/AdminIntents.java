package kiosk.app.admin;

/** What a staff member can do in admin mode; the view calls these and renders {@link AdminState}. */
public interface AdminIntents {

    /** The hidden gesture was made: ask for a PIN. */
    void begin();

    void digit(char digit);

    void deleteDigit();

    void submitPin();

    /** A staff card was read by the ID reader while the PIN pad shows. */
    void staffCard(String documentNumber);

    void show(AdminState.Section section);

    void testPrint(String deviceId);

    void testCardRead();

    void testScan();

    void paperRefilled(String deviceId);

    /** Disables a service with one of the prepared reasons residents read (admin.reason.* in the residents' bundle). */
    void disableService(String serviceId, String reasonKey);

    void enableService(String serviceId);

    void reloadConfig();

    void answerCall(long callId);

    void restart();

    /** Leave admin mode (also after admin.idle-timeout untouched). */
    void exit();
}
