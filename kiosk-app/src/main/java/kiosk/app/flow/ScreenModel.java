package kiosk.app.flow;

import java.util.List;
import java.util.Set;
import kiosk.app.i18n.Txt;

/**
 * What one screen shows: plain, language-free data the thin views render, one record per step kind.
 * Personal data only as the resident may see it (masked).
 */
public sealed interface ScreenModel {

    /**
     * The kind of screen as bundle keys name it ({@code help.step.<kind>}), the same for every service:
     * attract, language, identify, menu, info, choice, form, confirm, basket, payment, printing, done,
     * error.
     */
    default String kind() {
        if (this instanceof Attract) {
            return "attract";
        } else if (this instanceof LanguageChoice) {
            return "language";
        } else if (this instanceof Identify) {
            return "identify";
        } else if (this instanceof Menu) {
            return "menu";
        } else if (this instanceof Info) {
            return "info";
        } else if (this instanceof Choice) {
            return "choice";
        } else if (this instanceof Form) {
            return "form";
        } else if (this instanceof Confirm) {
            return "confirm";
        } else if (this instanceof Basket) {
            return "basket";
        } else if (this instanceof Payment) {
            return "payment";
        } else if (this instanceof Printing) {
            return "printing";
        } else if (this instanceof Done) {
            return "done";
        } else if (this instanceof OutOfService) {
            return "out-of-service";
        }
        return "error";
    }

    /**
     * The idle screen. It promises only what works now: out of service ({@code reasonKey} says why) with
     * where to go instead and, when the backend is down, when it is checked next; or in service with a
     * limit ({@code limitKey}, e.g. paying paused while the receipt printer is out), or none (null).
     */
    record Attract(boolean outOfService, String reasonKey, java.time.Instant nextCheck, Whereabouts where, String limitKey,
                   String reminderKey) implements ScreenModel {

        public Attract(boolean outOfService, String reasonKey) {
            this(outOfService, reasonKey, null, Whereabouts.NONE, null, null);
        }

        /** Without a reminder for the resident who just left. */
        public Attract(boolean outOfService, String reasonKey, java.time.Instant nextCheck, Whereabouts where, String limitKey) {
            this(outOfService, reasonKey, nextCheck, where, limitKey, null);
        }
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

    /** A Form step: its inputs as typed so far, and the one the keypad types into ({@code activeName}). */
    record Form(String serviceId, String stepId, List<Input> inputs, String activeName) implements ScreenModel {
        public Form {
            inputs = List.copyOf(inputs);
            String wanted = activeName;
            if (wanted == null || inputs.stream().noneMatch(i -> i.name().equals(wanted))) {
                activeName = inputs.stream().filter(i -> !i.complete()).findFirst().orElse(inputs.get(inputs.size() - 1)).name();
            }
        }

        /** The keypad on the first input not yet complete. */
        public Form(String serviceId, String stepId, List<Input> inputs) {
            this(serviceId, stepId, inputs, null);
        }

        public boolean complete() {
            return inputs.stream().allMatch(Input::complete);
        }

        /** The input the keypad types into. */
        public Input active() {
            return inputs.stream().filter(i -> i.name().equals(activeName)).findFirst().orElseThrow();
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

    /**
     * One payment for the basket: scan the QR with a phone, or show one's own payment code to the kiosk's
     * scanner. {@code warning}: the time is nearly up (the view and the voice say so); {@code canExtend}:
     * the order allows more time; {@code codeProblem}: why the last payment code shown was not taken, or null.
     */
    record Payment(String orderId, String qrPayload, long amountCents, int secondsLeft, boolean warning, boolean canExtend,
                   Problem codeProblem) implements ScreenModel {

        /** Seconds left at which the countdown warns (WCAG 2.2.1: time to ask for more). */
        public static final int WARNING_SECONDS = 30;

        public Payment(String orderId, String qrPayload, long amountCents, int secondsLeft) {
            this(orderId, qrPayload, amountCents, secondsLeft, secondsLeft <= WARNING_SECONDS, true, null);
        }
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

    /**
     * A service the menu marks unavailable was tapped: why (at once, without calling anything), where to
     * go instead, and when the backend is checked next (null when the reason is not the backend).
     */
    record OutOfService(String serviceId, Txt reason, java.time.Instant nextCheck, Whereabouts where) implements ScreenModel {
    }

    /** What went wrong and what to do next; where only a counter can help, which one and when it opens. */
    record Error(Problem problem, Txt counterName, Txt counterHours, boolean identified) implements ScreenModel {
    }
}
