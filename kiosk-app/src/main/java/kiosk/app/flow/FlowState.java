package kiosk.app.flow;

import kiosk.app.i18n.Language;

/**
 * One immutable snapshot of what the kiosk shows: the screen's model, the language, whether a backend
 * call is in progress, the idle countdown (0 when not warning), the dialog over the screen (null when
 * none), whether elder mode is on for this visit (larger type, higher contrast, fewer items per screen,
 * longer timeouts), and which page of the screen's list shows ({@link Pages}).
 */
public record FlowState(ScreenModel model, Language language, boolean busy, int idleWarningSeconds, Overlay overlay,
                        boolean elder, int page) {

    public FlowState(ScreenModel model, Language language, boolean busy, int idleWarningSeconds) {
        this(model, language, busy, idleWarningSeconds, null, false, 0);
    }

    public FlowState(ScreenModel model, Language language, boolean busy, int idleWarningSeconds, Overlay overlay) {
        this(model, language, busy, idleWarningSeconds, overlay, false, 0);
    }

    public FlowState withBusy(boolean value) {
        return new FlowState(model, language, value, idleWarningSeconds, overlay, elder, page);
    }

    public FlowState withLanguage(Language value) {
        return new FlowState(model, value, busy, idleWarningSeconds, overlay, elder, page);
    }

    public FlowState withIdleWarning(int seconds) {
        return new FlowState(model, language, busy, seconds, overlay, elder, page);
    }

    public FlowState withOverlay(Overlay value) {
        return new FlowState(model, language, busy, idleWarningSeconds, value, elder, page);
    }

    public FlowState withElder(boolean value) {
        return new FlowState(model, language, busy, idleWarningSeconds, overlay, value, Math.min(page, Pages.last(model, value)));
    }

    public FlowState withPage(int value) {
        return new FlowState(model, language, busy, idleWarningSeconds, overlay, elder, value);
    }

    /** Whether the screen shows this kind of model. */
    public boolean shows(Class<? extends ScreenModel> kind) {
        return kind.isInstance(model);
    }
}
