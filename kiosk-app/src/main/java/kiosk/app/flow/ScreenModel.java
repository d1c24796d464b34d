package kiosk.app.flow;

import java.util.List;
import java.util.Set;
import kiosk.app.i18n.Txt;

/**
 * What one screen shows: plain, language-free data the thin views render, one record per step kind.
 * Personal data only as the resident may see it (masked).
 */
public sealed interface ScreenModel {

    record Attract(boolean outOfService, String reasonKey) implements ScreenModel {
    }

    record LanguageChoice() implements ScreenModel {
    }

    /** Asks for a document (card on the reader, or an e-ID code shown to the scanner). */
    record Identify(boolean readerReady, Problem problem) implements ScreenModel {
    }

    /** The services of every domain, built from the declarations; unavailable ones say why up front. */
    record Menu(String maskedName, List<MenuGroup> groups, int basketItems, long basketCents) implements ScreenModel {
        public Menu {
            groups = List.copyOf(groups);
        }
    }

    record MenuGroup(Domain domain, List<ServiceOption> services) {
        public MenuGroup {
            services = List.copyOf(services);
        }
    }

    /** One service on the menu; {@code reason} is null when it is available. */
    record ServiceOption(String serviceId, boolean available, Txt reason) {
    }

    /** A Show step. {@code last}: the service ends here (the button returns to the menu). */
    record Info(String serviceId, String stepId, Txt title, List<Row> rows, List<Txt> notes, boolean last)
            implements ScreenModel {
        public Info {
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }
    }

    /** A Choose step: options, what is ticked, and the total of what is ticked (for fines). */
    record Choice(String serviceId, String stepId, List<Option> options, Set<String> selected, boolean multiple,
                  long selectedCents) implements ScreenModel {
        public Choice {
            options = List.copyOf(options);
            selected = Set.copyOf(selected);
        }
    }

    /** A Form step: its inputs as typed so far. */
    record Form(String serviceId, String stepId, List<Input> inputs) implements ScreenModel {
        public Form {
            inputs = List.copyOf(inputs);
        }

        public boolean complete() {
            return inputs.stream().allMatch(Input::complete);
        }
    }

    record Input(String name, Step.InputKind kind, String value, boolean complete) {
    }

    /** "Check your answers" before anything is submitted or paid. */
    record Confirm(String serviceId, String stepId, List<Row> rows, long feeCents) implements ScreenModel {
        public Confirm {
            rows = List.copyOf(rows);
        }
    }

    /** Everything the resident is taking away from this visit, and the one payment for it. */
    record Basket(List<BasketLine> lines, long totalCents) implements ScreenModel {
        public Basket {
            lines = List.copyOf(lines);
        }
    }

    record BasketLine(String key, String serviceId, Txt title, long amountCents) {
    }

    record Payment(String orderId, String qrPayload, long amountCents, int secondsLeft) implements ScreenModel {
    }

    record Printing() implements ScreenModel {
    }

    /**
     * The visit's result. {@code printed} false: paid but the receipt did not print (reprint by ID card).
     * {@code noteKey}: what the resident should know about the record of it (queued), or null.
     * {@code notes}: how to get documents that were not printed here.
     */
    record Done(long paidCents, boolean printed, String orderId, Problem printProblem, boolean reprint, String noteKey,
                List<Txt> notes) implements ScreenModel {
        public Done {
            notes = List.copyOf(notes);
        }
    }

    /** What went wrong and what to do next; where only a counter can help, which one and when it opens. */
    record Error(Problem problem, Txt counterName, Txt counterHours, boolean identified) implements ScreenModel {
    }
}
