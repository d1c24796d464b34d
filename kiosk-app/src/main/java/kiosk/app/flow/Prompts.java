package kiosk.app.flow;

/**
 * The spoken prompt of each screen: a key of the bundles' {@code voice.*} texts, from the screen's
 * model alone, so every step of every service has one and a test can check it. A form speaks the
 * keypad of the input being typed; a failed card read, an error or an outage asks the resident to read
 * the screen, whose words are longer than a prompt should be.
 */
public final class Prompts {

    private Prompts() {
    }

    public static String of(ScreenModel model) {
        if (model instanceof ScreenModel.Attract a) {
            return a.reminderKey() != null ? "card-left" : a.outOfService() ? "out-of-service" : "attract";
        } else if (model instanceof ScreenModel.LanguageChoice) {
            return "language";
        } else if (model instanceof ScreenModel.Identify i) {
            return i.problem() == null ? "card" : "read-screen";
        } else if (model instanceof ScreenModel.Menu) {
            return "menu";
        } else if (model instanceof ScreenModel.Info) {
            return "info";
        } else if (model instanceof ScreenModel.Choice c) {
            return c.multiple() ? "choose-several" : "choose";
        } else if (model instanceof ScreenModel.Form f) {
            return "keypad." + keypad(f.active().kind());
        } else if (model instanceof ScreenModel.Confirm) {
            return "confirm";
        } else if (model instanceof ScreenModel.Basket) {
            return "basket";
        } else if (model instanceof ScreenModel.Payment) {
            return "pay";
        } else if (model instanceof ScreenModel.Printing) {
            return "printing";
        } else if (model instanceof ScreenModel.Done d) {
            return d.printed() ? "receipt" : "read-screen";
        } else if (model instanceof ScreenModel.OutOfService) {
            return "unavailable";
        }
        return "read-screen";
    }

    /** The keypad's name for an input kind (its bundle keys {@code keypad.<name>.*}, {@code voice.keypad.<name>}). */
    public static String keypad(Step.InputKind kind) {
        return switch (kind) {
            case DIGITS -> "digits";
            case DATE -> "date";
            case PLATE -> "plate";
            case ENGINE_DIGITS -> "engine";
            case REFERENCE -> "reference";
            case PHONE -> "phone";
        };
    }

    /**
     * What makes two screens the same prompt: its key and the step it belongs to, so a countdown tick,
     * a ticked option or a busy spinner does not repeat it, while the next step does.
     */
    static String identity(ScreenModel model) {
        String step = "";
        if (model instanceof ScreenModel.Info i) {
            step = i.serviceId() + "/" + i.stepId();
        } else if (model instanceof ScreenModel.Choice c) {
            step = c.serviceId() + "/" + c.stepId();
        } else if (model instanceof ScreenModel.Form f) {
            step = f.serviceId() + "/" + f.stepId() + "/" + f.active().name();
        } else if (model instanceof ScreenModel.Confirm c) {
            step = c.serviceId() + "/" + c.stepId();
        } else if (model instanceof ScreenModel.Payment p) {
            step = p.orderId();
        } else if (model instanceof ScreenModel.OutOfService o) {
            step = o.serviceId();
        }
        return of(model) + "|" + step;
    }
}
