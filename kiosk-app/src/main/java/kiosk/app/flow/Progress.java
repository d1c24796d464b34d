package kiosk.app.flow;

/**
 * Where a visit stands, for the step bar on every flow screen: identify → choose → confirm → pay →
 * take the receipt. Derived from the screen alone; screens off the way (attract, errors, outages) have none.
 */
public enum Progress {
    IDENTIFY, CHOOSE, CONFIRM, PAY, RECEIPT;

    /** The bar's step of this screen, or null when the screen shows no bar. */
    public static Progress of(ScreenModel model) {
        if (model instanceof ScreenModel.LanguageChoice || model instanceof ScreenModel.Identify) {
            return IDENTIFY;
        } else if (model instanceof ScreenModel.Menu || model instanceof ScreenModel.Info || model instanceof ScreenModel.Choice
                || model instanceof ScreenModel.Form) {
            return CHOOSE;
        } else if (model instanceof ScreenModel.Confirm || model instanceof ScreenModel.Basket) {
            return CONFIRM;
        } else if (model instanceof ScreenModel.Payment) {
            return PAY;
        } else if (model instanceof ScreenModel.Printing || model instanceof ScreenModel.Done) {
            return RECEIPT;
        }
        return null;
    }

    /** Its bundle key ({@code progress.identify} ...). */
    public String key() {
        return "progress." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
