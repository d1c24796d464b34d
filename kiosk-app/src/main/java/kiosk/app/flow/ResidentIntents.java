package kiosk.app.flow;

import kiosk.app.i18n.Language;

/** What a resident can do on screen: the only thing views call. */
public interface ResidentIntents {

    void touch();

    void start();

    void chooseLanguage(Language language);

    void chooseService(Service service);

    void toggleViolation(String violationId);

    void paySelected();

    void back();

    void finish();

    /** A QR code was scanned (keyboard-wedge burst or serial scanner). */
    void codeScanned();

    /** Does nothing: for rendering screens that nobody touches (the gallery). */
    ResidentIntents NONE = new ResidentIntents() {
        @Override public void touch() { }
        @Override public void start() { }
        @Override public void chooseLanguage(Language language) { }
        @Override public void chooseService(Service service) { }
        @Override public void toggleViolation(String violationId) { }
        @Override public void paySelected() { }
        @Override public void back() { }
        @Override public void finish() { }
        @Override public void codeScanned() { }
    };
}
