package kiosk.app.flow;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import kiosk.app.model.BackendException;
import kiosk.app.i18n.Txt;
import kiosk.app.model.Eligibility;
import kiosk.peripherals.printer.Receipt;

/**
 * The reusable steps a resident service is declared from. A declaration names the steps in order; the
 * engine runs them: it goes off the JavaFX thread for every call, turns failures into resident words,
 * and owns everything around them (identification, language, idle timer, basket, payment, wipe).
 * Every step has an id, unique within its service, that names its strings ({@code service.<id>.<step>}).
 */
public sealed interface Step {

    String id();

    /** A backend call whose answer later steps use. Runs behind "one moment"; shows nothing itself. */
    record Query<T>(String id, Slot<T> into, Call<T> call) implements Step {
    }

    /** Shows what the run found: a title, rows and notes. The last step of an information service. */
    record Show(String id, Function<ServiceContext, Info> screen) implements Step {
    }

    /**
     * One choice (a tap continues) or several (ticks, then continue). {@code skipWhenOne}: a single
     * enabled option is taken without asking (one permit, one vehicle).
     */
    record Choose(String id, Slot<ChoiceSet> into, Function<ServiceContext, List<Option>> options, boolean multiple,
                  boolean skipWhenOne) implements Step {
    }

    /** Inputs the resident types on a keypad, each validated as they type. */
    record Form(String id, List<Field> fields) implements Step {
    }

    /**
     * Asks the backend whether it would accept the service now, before anything is filled in or paid.
     * A refusal ends the service with the backend's own code and words and the counter to go to.
     */
    record Check(String id, Slot<Eligibility> into, Call<Eligibility> call) implements Step {
    }

    /** "Check your answers": what will be submitted and what it costs, before the resident commits. */
    record Confirm(String id, Function<ServiceContext, List<Row>> rows, Function<ServiceContext, Long> feeCents)
            implements Step {
    }

    /** Adds to the basket: a mutating call (if any) that yields the items; then the basket shows. */
    record AddToBasket(String id, Call<List<BasketItem>> call) implements Step {
    }

    /** Prints outside the basket (reprints of earlier receipts); each job reports back when out. */
    record Print(String id, Call<List<PrintJob>> jobs) implements Step {
    }

    /** A backend call made off the JavaFX thread; it may refuse with a typed failure. */
    @FunctionalInterface
    interface Call<T> {
        T run(ServiceContext context) throws BackendException;
    }

    /** What a Show step displays. */
    record Info(Txt title, List<Row> rows, List<Txt> notes) {
        public Info {
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }
    }

    /** One input of a form: its name, the keypad it needs, and the rule a complete value meets. */
    record Field(String name, Slot<String> into, InputKind kind, Predicate<String> complete) {
    }

    /** The keypads the kiosk offers (no physical keyboard in a lobby), each with its as-you-type rule. */
    enum InputKind {
        DIGITS, DATE, PLATE, ENGINE_DIGITS, REFERENCE, PHONE;

        /** The keypad and its rule: which keys show, which are refused as the value is typed. */
        public kiosk.app.input.EntryKind entry() {
            return switch (this) {
                case DIGITS -> kiosk.app.input.Entries.digits(1, 18);
                case DATE -> kiosk.app.input.Entries.date();
                case PLATE -> kiosk.app.input.Entries.plate();
                case ENGINE_DIGITS -> kiosk.app.input.Entries.engineTail();
                case REFERENCE -> kiosk.app.input.Entries.reference();
                case PHONE -> kiosk.app.input.Entries.mobile();
            };
        }
    }

    /** A receipt to print and what to record once it is out (or not). */
    record PrintJob(Receipt receipt, long amountCents, String reference, Runnable printed,
                    java.util.function.Consumer<String> failed) {
    }
}
