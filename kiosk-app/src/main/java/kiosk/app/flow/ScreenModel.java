package kiosk.app.flow;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import kiosk.app.backend.LocalizedText;

/** What one screen shows: plain data the thin views render. Personal data only as the resident may see it. */
public sealed interface ScreenModel {

    record Attract(boolean outOfService, String reasonKey) implements ScreenModel {
    }

    record LanguageChoice() implements ScreenModel {
    }

    /** {@code problem} is set after a failed read, so the resident knows what to do next. */
    record InsertCard(boolean readerReady, Problem problem) implements ScreenModel {
    }

    record Menu(String maskedName, List<ServiceOption> services) implements ScreenModel {
    }

    /** One service on the menu; unavailable ones say why instead of failing at the end. */
    record ServiceOption(Service service, boolean available, String reasonKey) {
    }

    record Violations(List<ViolationRow> rows, Set<String> selected, long selectedCents) implements ScreenModel {
        public boolean anyPayable() {
            return rows.stream().anyMatch(ViolationRow::payable);
        }
    }

    record ViolationRow(String id, String plate, Instant occurredAt, String location, LocalizedText description,
                        long fineCents, int points, boolean payable) {
    }

    record Payment(String orderId, String qrPayload, long amountCents, int secondsLeft) implements ScreenModel {
    }

    record Printing() implements ScreenModel {
    }

    /** {@code printed} false means paid but the receipt did not print: it can be reprinted by ID card. */
    /** {@code noteKey}: what the resident should know about the record of it (queued until online), or null. */
    record Done(long paidCents, boolean printed, String orderId, Problem printProblem, boolean reprint, String noteKey)
            implements ScreenModel {
    }

    record Error(Problem problem) implements ScreenModel {
    }
}
