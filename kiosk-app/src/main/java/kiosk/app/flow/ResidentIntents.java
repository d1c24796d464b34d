package kiosk.app.flow;

import kiosk.app.i18n.Language;

/** What a resident can do on screen: the only thing views call. */
public interface ResidentIntents {

    /** Any touch or key: the resident is still here. */
    void touch();

    void start();

    void chooseLanguage(Language language);

    void chooseService(String serviceId);

    /** Taps an option of a choice step: chooses it (single) or ticks/unticks it (multiple). */
    void choose(String optionId);

    /** Types into a form input (the keypad's whole value so far). */
    void input(String name, String value);

    /** The keypad types into this input of the form (its box was tapped). */
    void focusInput(String name);

    /** Continues: past an information page, a multiple choice, a form, or a confirmation. */
    void next();

    void openBasket();

    void removeFromBasket(String lineKey);

    /** Pays for the basket (or prints it when nothing in it costs money). */
    void pay();

    void back();

    /** "Finish" / "Home": ends the visit and wipes everything about the resident. */
    void finish();

    /** A code was scanned (keyboard-wedge burst or serial scanner): an e-ID, or a payment code while paying. */
    void codeScanned(String payload);

    /** More time to pay: the countdown starts again (as far as the order allows). */
    void extendPayment();

    /** Yes, leave the payment (after Back or Home asked first). */
    void confirmLeave();

    /** No, stay on the payment. */
    void stay();

    /** Opens help for the step on screen. */
    void help();

    void closeHelp();

    /** From help: ask for a person. */
    void callStaff();

    /** Says the screen's prompt again (the replay button). */
    void replayPrompt();

    /** Elder mode on or off, for this visit (attract screen or any step). */
    void toggleElder();

    /** The next ({@code +1}) or previous ({@code -1}) page of the screen's list. */
    void turnPage(int delta);

    /** Does nothing: for rendering screens that nobody touches (the gallery). */
    ResidentIntents NONE = new ResidentIntents() {
        @Override public void touch() { }
        @Override public void start() { }
        @Override public void chooseLanguage(Language language) { }
        @Override public void chooseService(String serviceId) { }
        @Override public void choose(String optionId) { }
        @Override public void input(String name, String value) { }
        @Override public void focusInput(String name) { }
        @Override public void next() { }
        @Override public void openBasket() { }
        @Override public void removeFromBasket(String lineKey) { }
        @Override public void pay() { }
        @Override public void back() { }
        @Override public void finish() { }
        @Override public void codeScanned(String payload) { }
        @Override public void extendPayment() { }
        @Override public void confirmLeave() { }
        @Override public void stay() { }
        @Override public void help() { }
        @Override public void closeHelp() { }
        @Override public void callStaff() { }
        @Override public void replayPrompt() { }
        @Override public void toggleElder() { }
        @Override public void turnPage(int delta) { }
    };
}
