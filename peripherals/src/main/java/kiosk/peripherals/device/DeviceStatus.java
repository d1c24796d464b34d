package kiosk.peripherals.device;

import java.time.Instant;
import java.util.Objects;

/**
 * One snapshot of a device's health: the device-level state, per-kind detail and, when not
 * online, a stable machine-readable reason (for operators and for choosing resident messages).
 */
public record DeviceStatus(DeviceState state, StatusDetail detail, String reason, Instant at) {

    public DeviceStatus {
        Objects.requireNonNull(state, "state");
        detail = detail == null ? StatusDetail.NONE : detail;
        reason = reason == null ? "" : reason;
        at = at == null ? Instant.now() : at;
    }

    public static DeviceStatus online(StatusDetail detail) {
        return new DeviceStatus(DeviceState.ONLINE, detail, "", Instant.now());
    }

    public static DeviceStatus of(DeviceState state, StatusDetail detail, String reason) {
        return new DeviceStatus(state, detail, reason, Instant.now());
    }

    public static DeviceStatus noDevice(String reason) {
        return new DeviceStatus(DeviceState.NO_DEVICE, StatusDetail.NONE, reason, Instant.now());
    }

    /** Same state, detail and reason: the time alone does not make a change worth publishing. */
    public boolean sameAs(DeviceStatus other) {
        return other != null && state == other.state && detail.equals(other.detail) && reason.equals(other.reason);
    }

    /** Compact operator form with the XFS codes, e.g. "USER_ERROR paper=OUT cover=open (printer.paper-out)". */
    public String summary() {
        StringBuilder out = new StringBuilder(state.name());
        if (detail instanceof PrinterDetail p) {
            out.append(" paper=").append(p.paper());
            if (p.coverOpen()) {
                out.append(" cover=open");
            }
            if (p.cutterError()) {
                out.append(" cutter=error");
            }
            if (p.mediaJammed()) {
                out.append(" media=jammed");
            }
        } else if (detail instanceof CardReaderDetail c) {
            out.append(" media=").append(c.media()).append(" chip=").append(c.chip());
        } else if (detail instanceof ScannerDetail sc) {
            out.append(" scanner=").append(sc.scanner());
        }
        if (!reason.isEmpty()) {
            out.append(" (").append(reason).append(')');
        }
        return out.toString();
    }
}
