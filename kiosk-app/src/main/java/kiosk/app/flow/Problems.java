package kiosk.app.flow;

import java.util.List;
import kiosk.app.backend.BackendException;
import kiosk.peripherals.device.DeviceException;

/**
 * The one place where typed failures become what a resident is told: a title (what happened) and
 * advice (what to do next), both bundle keys.
 */
public final class Problems {

    private Problems() {
    }

    public static Problem of(BackendException e) {
        return switch (e.kind()) {
            case UNREACHABLE, CIRCUIT_OPEN -> Problem.of(e.code(), "problem.offline.title", "problem.offline.advice", true);
            case TIMEOUT -> Problem.of(e.code(), "problem.timeout.title", "problem.timeout.advice", true);
            case BUSY -> Problem.of(e.code(), "problem.busy.title", "problem.busy.advice", true);
            case REFUSED -> refusal(e);
            case UNAUTHORIZED -> Problem.of(e.code(), "problem.kiosk-unauthorized.title", "problem.staff.advice", false);
            case SERVER_ERROR, BAD_RESPONSE -> Problem.of(e.code(), "problem.backend.title", "problem.backend.advice", true);
        };
    }

    private static Problem refusal(BackendException e) {
        return switch (e.code()) {
            case "RESIDENT_NOT_FOUND" -> Problem.of(e.code(), "problem.resident-not-found.title", "problem.counter.advice", false);
            default -> new Problem(e.code(), "problem.refused.title", "problem.counter.advice",
                    List.of(), false);
        };
    }

    /** A card read that failed: what the resident should do with the card. */
    public static Problem ofCardRead(DeviceException e) {
        String reason = e.reason();
        if (reason.contains("wrong-card") || reason.contains("card-type")) {
            return Problem.of(reason, "problem.card.wrong.title", "problem.card.wrong.advice", true);
        }
        if (reason.contains("unsupported")) {
            return Problem.of(reason, "problem.card.unsupported.title", "problem.counter.advice", false);
        }
        if (reason.contains("auth") || reason.contains("invalid-id")) {
            return Problem.of(reason, "problem.card.invalid.title", "problem.counter.advice", false);
        }
        return Problem.of(reason, "problem.card.read.title", "problem.card.read.advice", true);
    }

    public static Problem ofPrint(DeviceException e) {
        return Problem.of(e.reason(), "problem.print.title", "problem.print.advice", false);
    }

    public static Problem unexpected(Throwable t) {
        return Problem.of("UNEXPECTED", "problem.unexpected.title", "problem.staff.advice", false);
    }

    public static Problem paymentExpired() {
        return Problem.of("PAYMENT_EXPIRED", "problem.payment-expired.title", "problem.payment-expired.advice", true);
    }

    public static Problem qrNotAccepted() {
        return Problem.of("QR_NOT_ACCEPTED", "problem.qr.title", "problem.qr.advice", true);
    }

    public static Problem readerUnavailable() {
        return Problem.of("READER_UNAVAILABLE", "problem.reader.title", "problem.staff.advice", false);
    }
}
