package kiosk.peripherals.idcard.sam;

import java.time.Duration;
import java.util.Objects;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceSpec;

/**
 * Tuning of a SAM reader.
 *
 * @param commandTimeout timeout of the short commands (reset, status, find, select)
 * @param readTimeout timeout of reading the card (base info, appended address)
 * @param pollInterval pause between find-card polls in watch mode
 * @param reconnectInterval pause between reconnect attempts of the watcher after the link is lost
 * @param attemptsPerCard reads tried on one card after retryable failures before waiting for removal
 * @param timeoutsBeforeOffline consecutive timeouts after which the device reports OFFLINE
 * @param watch whether open() starts watch mode (a card presented is read and published as Data)
 */
public record SamReaderOptions(Duration commandTimeout, Duration readTimeout, Duration pollInterval, Duration reconnectInterval,
        int attemptsPerCard, int timeoutsBeforeOffline, boolean watch) {

    public SamReaderOptions {
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(reconnectInterval, "reconnectInterval");
        if (attemptsPerCard < 1 || timeoutsBeforeOffline < 1) {
            throw new IllegalArgumentException("attempts and timeouts must be at least 1");
        }
    }

    public static SamReaderOptions defaults() {
        return new SamReaderOptions(Duration.ofMillis(500), Duration.ofSeconds(3), Duration.ofMillis(200), Duration.ofSeconds(1), 3, 3, true);
    }

    public SamReaderOptions withTimeouts(Duration command, Duration read) {
        return new SamReaderOptions(command, read, pollInterval, reconnectInterval, attemptsPerCard, timeoutsBeforeOffline, watch);
    }

    public SamReaderOptions withPollInterval(Duration interval) {
        return new SamReaderOptions(commandTimeout, readTimeout, interval, reconnectInterval, attemptsPerCard, timeoutsBeforeOffline, watch);
    }

    public SamReaderOptions withReconnectInterval(Duration interval) {
        return new SamReaderOptions(commandTimeout, readTimeout, pollInterval, interval, attemptsPerCard, timeoutsBeforeOffline, watch);
    }

    public SamReaderOptions withWatch(boolean watchOnOpen) {
        return new SamReaderOptions(commandTimeout, readTimeout, pollInterval, reconnectInterval, attemptsPerCard, timeoutsBeforeOffline, watchOnOpen);
    }

    /** Settings: timeout, read-timeout, poll, reconnect (durations, {@link DeviceSpec#duration}), watch (true/false). */
    public static SamReaderOptions fromSpec(DeviceSpec spec) throws DeviceException {
        SamReaderOptions d = defaults();
        return new SamReaderOptions(
                spec.duration("timeout", d.commandTimeout),
                spec.duration("read-timeout", d.readTimeout),
                spec.duration("poll", d.pollInterval),
                spec.duration("reconnect", d.reconnectInterval),
                d.attemptsPerCard, d.timeoutsBeforeOffline,
                Boolean.parseBoolean(spec.setting("watch", "true")));
    }
}
