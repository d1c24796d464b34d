package kiosk.app.platform;

/**
 * The service manager's notification channel (systemd's sd_notify protocol): "READY=1",
 * "WATCHDOG=1", "STOPPING=1", "STATUS=...". One method, so tests hand in a fake that records.
 */
@FunctionalInterface
public interface ServiceNotifier {

    /** Sends one state line; never throws (a lost notification is systemd's to judge). */
    void notify(String state);
}
