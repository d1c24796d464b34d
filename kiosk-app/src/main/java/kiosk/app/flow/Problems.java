package kiosk.app.flow;

import java.util.Map;
import kiosk.app.model.BackendException;
import kiosk.app.model.Refusal;
import kiosk.peripherals.device.DeviceException;

/**
 * The one place where typed failures become what a resident is told: a title (what happened) and advice
 * (what to do next), both bundle keys, chosen by typed codes (a backend kind and refusal code, a device's
 * completion code and reason), never by matching words.
 */
public final class Problems {

    static final String COUNTER_ADVICE = "problem.counter.advice";

    private record Words(String title, String advice, boolean retryable) {
    }

    /** Card reader reasons (peripherals SamStatus, the bridge) with words of their own. */
    private static final Map<String, Words> CARD = Map.ofEntries(
            Map.entry("sam.wrong-card-type", new Words("problem.card.wrong.title", "problem.card.wrong.advice", true)),
            Map.entry("card.unsupported-type", new Words("problem.card.unsupported.title", COUNTER_ADVICE, false)),
            Map.entry("sam.card-not-authentic", new Words("problem.card.invalid.title", COUNTER_ADVICE, false)),
            Map.entry("sam.verification-failed", new Words("problem.card.invalid.title", COUNTER_ADVICE, false)),
            Map.entry("sam.not-authorised", new Words("problem.reader.title", "problem.staff.advice", false)),
            Map.entry("sam.self-test-failed", new Words("problem.reader.title", "problem.staff.advice", false)));

    private Problems() {
    }

    public static Problem of(Throwable failure) {
        if (failure instanceof BackendException e) {
            return of(e);
        }
        if (failure instanceof DeviceException e) {
            return ofPrint(e);
        }
        return unexpected();
    }

    public static Problem of(BackendException e) {
        return switch (e.kind()) {
            case UNREACHABLE, CIRCUIT_OPEN -> Problem.of(e.code(), "problem.offline.title", "problem.offline.advice", true);
            case TIMEOUT -> Problem.of(e.code(), "problem.timeout.title", "problem.timeout.advice", true);
            case BUSY -> Problem.of(e.code(), "problem.busy.title", "problem.busy.advice", true);
            case REFUSED -> refused(new Refusal(e.code(), e.residentMessage(), e.counterRequired()));
            case UNAUTHORIZED -> Problem.of(e.code(), "problem.kiosk-unauthorized.title", "problem.staff.advice", false);
            case SERVER_ERROR, BAD_RESPONSE -> Problem.of(e.code(), "problem.backend.title", "problem.backend.advice", true);
        };
    }

    /** The backend refused: its own words lead; the advice says where to go when only a counter can help. */
    public static Problem refused(Refusal refusal) {
        if ("RESIDENT_NOT_FOUND".equals(refusal.code())) {
            return Problem.of(refusal.code(), "problem.resident-not-found.title", COUNTER_ADVICE, false);
        }
        boolean counter = refusal.counterRequired();
        return new Problem(refusal.code(), "problem.refused.title", counter ? COUNTER_ADVICE : "problem.refused.advice",
                java.util.List.of(), false, refusal.message().byLanguage().isEmpty() ? null : refusal.message(), counter);
    }

    /** A card read that failed: what the resident should do with the card. */
    public static Problem ofCardRead(DeviceException e) {
        Words words = CARD.get(e.reason());
        if (words != null) {
            return Problem.of(e.reason(), words.title(), words.advice(), words.retryable());
        }
        return switch (e.code()) {
            case FRAUD_ATTEMPT, INVALID_DATA -> Problem.of(e.reason(), "problem.card.invalid.title", COUNTER_ADVICE, false);
            case HARDWARE_ERROR, NO_DEVICE, DEVICE_NOT_READY ->
                    Problem.of(e.reason(), "problem.reader.title", "problem.staff.advice", false);
            default -> Problem.of(e.reason(), "problem.card.read.title", "problem.card.read.advice", true);
        };
    }

    public static Problem ofPrint(DeviceException e) {
        return Problem.of(e.reason(), "problem.print.title", "problem.print.advice", false);
    }

    public static Problem unexpected() {
        return Problem.of("UNEXPECTED", "problem.unexpected.title", "problem.staff.advice", false);
    }

    /** The kiosk stopped serving (see {@link KioskOutOfService}): what was paid is recorded; a counter helps now. */
    public static Problem outOfService() {
        return Problem.of("OUT_OF_SERVICE", "problem.out-of-service.title", COUNTER_ADVICE, false);
    }

    /**
     * A failure while the resident was paying (the order could not be created): the same words, with the
     * advice that says no money was taken. Only here: before anyone paid, money is not mentioned.
     */
    public static Problem whenPaying(Problem problem) {
        String advice = PAYING_ADVICE.get(problem.adviceKey());
        return advice == null ? problem : new Problem(problem.code(), problem.titleKey(), advice, problem.args(),
                problem.retryable(), problem.words(), problem.counter(), problem.reference());
    }

    private static final Map<String, String> PAYING_ADVICE = Map.of(
            "problem.offline.advice", "problem.offline.payment-advice",
            "problem.timeout.advice", "problem.timeout.payment-advice",
            "problem.busy.advice", "problem.busy.payment-advice",
            "problem.backend.advice", "problem.backend.payment-advice");

    /**
     * A payment code the resident showed was not taken: refused (malformed, expired, already used:
     * nothing was charged, show a fresh one), or no answer (the kiosk keeps asking whether the order
     * was paid). The order stays open either way.
     */
    public static Problem ofPaymentCode(Problem problem) {
        if (problem.code() != null && problem.code().startsWith("PAYMENT_CODE_")) {
            return Problem.of(problem.code(), "problem.payment-code.refused.title", "problem.payment-code.refused.advice", true);
        }
        return Problem.of(problem.code(), "problem.payment-code.unknown.title", "problem.payment-code.unknown.advice", true);
    }

    public static Problem paymentExpired() {
        return Problem.of("PAYMENT_EXPIRED", "problem.payment-expired.title", "problem.payment-expired.advice", true);
    }

    /** The health probe found the backend down: known before anyone waits for a call to fail. */
    public static Problem backendDown() {
        return Problem.of("BACKEND_DOWN", "problem.offline.title", "problem.offline.advice", true);
    }

    public static Problem readerUnavailable() {
        return Problem.of("READER_UNAVAILABLE", "problem.reader.title", "problem.staff.advice", false);
    }

    /** The service does not take the document the resident identified with. */
    public static Problem documentNotAccepted() {
        return Problem.of("DOCUMENT_NOT_ACCEPTED", "problem.document.title", "problem.document.advice", false);
    }

    /** The problem a screen shows with its reference (an identify, done or error screen), or null. */
    public static Problem shownOn(ScreenModel model) {
        if (model instanceof ScreenModel.Identify i) {
            return i.problem();
        } else if (model instanceof ScreenModel.Done d) {
            return d.printProblem();
        } else if (model instanceof ScreenModel.Error e) {
            return e.problem();
        }
        return null;
    }
}
