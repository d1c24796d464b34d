package kiosk.app.platform;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * sd_notify through libsystemd (JNA): JDK 17 cannot send on an AF_UNIX datagram socket itself, and
 * running systemd-notify as a child for every ping would be attributed to the wrong process.
 * Present only when systemd started this process with Type=notify (NOTIFY_SOCKET set), so no other
 * command loads JNA.
 */
public final class SystemdNotifier implements ServiceNotifier {

    /** Looked up when used, not when the class loads: it runs before the first frame, Logback starts after it. */
    private static Logger log() {
        return LoggerFactory.getLogger(SystemdNotifier.class);
    }

    interface LibSystemd extends Library {
        int sd_notify(int unsetEnvironment, String state);
    }

    private final LibSystemd lib;

    private SystemdNotifier(LibSystemd lib) {
        this.lib = lib;
    }

    /** The notifier when systemd waits for our notifications; empty otherwise or without libsystemd. */
    public static Optional<SystemdNotifier> fromEnvironment(Map<String, String> env) {
        if (env.getOrDefault("NOTIFY_SOCKET", "").isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SystemdNotifier(Native.load("systemd", LibSystemd.class)));
        } catch (UnsatisfiedLinkError e) {
            log().warn("NOTIFY_SOCKET is set but libsystemd cannot be loaded: no readiness or watchdog pings ({})",
                    e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The watchdog timeout systemd enforces (WATCHDOG_USEC), if it is meant for this process
     * (WATCHDOG_PID absent or ours).
     */
    public static Optional<Duration> watchdogTimeout(Map<String, String> env, long pid) {
        String usec = env.get("WATCHDOG_USEC");
        String forPid = env.get("WATCHDOG_PID");
        if (usec == null || usec.isBlank() || forPid != null && !forPid.equals(Long.toString(pid))) {
            return Optional.empty();
        }
        try {
            long micros = Long.parseLong(usec.trim());
            return micros > 0 ? Optional.of(Duration.ofNanos(micros * 1000)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void notify(String state) {
        int rc = lib.sd_notify(0, state);
        if (rc < 0) {
            log().warn("sd_notify failed with {}", rc);
        }
    }
}
