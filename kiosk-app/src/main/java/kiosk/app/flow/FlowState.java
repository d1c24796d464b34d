package kiosk.app.flow;

import kiosk.app.i18n.Language;

/**
 * One immutable snapshot of what the kiosk shows: the screen's model, the language, whether a backend
 * call is in progress, and the idle countdown (0 when not warning).
 */
public record FlowState(ScreenModel model, Language language, boolean busy, int idleWarningSeconds) {

    public FlowState withBusy(boolean value) {
        return new FlowState(model, language, value, idleWarningSeconds);
    }

    public FlowState withLanguage(Language value) {
        return new FlowState(model, value, busy, idleWarningSeconds);
    }

    public FlowState withIdleWarning(int seconds) {
        return new FlowState(model, language, busy, seconds);
    }

    /** Whether the screen shows this kind of model. */
    public boolean shows(Class<? extends ScreenModel> kind) {
        return kind.isInstance(model);
    }
}
