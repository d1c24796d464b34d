package kiosk.app.flow;

import kiosk.app.i18n.Language;

/**
 * One immutable snapshot of what the kiosk shows: the screen's model, the language, whether a backend
 * call is in progress, the idle countdown (0 when not warning), and the dialog over the screen (null
 * when none).
 */
public record FlowState(ScreenModel model, Language language, boolean busy, int idleWarningSeconds, Overlay overlay) {

    public FlowState(ScreenModel model, Language language, boolean busy, int idleWarningSeconds) {
        this(model, language, busy, idleWarningSeconds, null);
    }

    public FlowState withBusy(boolean value) {
        return new FlowState(model, language, value, idleWarningSeconds, overlay);
    }

    public FlowState withLanguage(Language value) {
        return new FlowState(model, value, busy, idleWarningSeconds, overlay);
    }

    public FlowState withIdleWarning(int seconds) {
        return new FlowState(model, language, busy, seconds, overlay);
    }

    public FlowState withOverlay(Overlay value) {
        return new FlowState(model, language, busy, idleWarningSeconds, value);
    }

    /** Whether the screen shows this kind of model. */
    public boolean shows(Class<? extends ScreenModel> kind) {
        return kind.isInstance(model);
    }
}
