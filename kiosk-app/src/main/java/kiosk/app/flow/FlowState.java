package kiosk.app.flow;

import kiosk.app.i18n.Language;

/**
 * One immutable snapshot of what the kiosk shows: the screen and its model, the language, whether a
 * backend call is in progress, and the idle countdown (0 when not warning).
 */
public record FlowState(Screen screen, ScreenModel model, Language language, boolean busy, int idleWarningSeconds) {

    public FlowState withBusy(boolean value) {
        return new FlowState(screen, model, language, value, idleWarningSeconds);
    }

    public FlowState withLanguage(Language value) {
        return new FlowState(screen, model, value, busy, idleWarningSeconds);
    }

    public FlowState withIdleWarning(int seconds) {
        return new FlowState(screen, model, language, busy, seconds);
    }
}
