package kiosk.app.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kiosk.app.i18n.Language;

/**
 * A resident's intents from the attract screen that is shown before the kiosk behind it has been
 * assembled (about a second after a restart). The first few are kept, in order, and passed on when the
 * flow connects: a tap on "start" in that second is answered late rather than lost. Intents beyond
 * {@link #KEPT} are dropped (the resident taps again), and so are bare touches.
 */
public final class DeferredIntents implements ResidentIntents {

    static final int KEPT = 16;

    private final List<Consumer<ResidentIntents>> early = new ArrayList<>();
    private ResidentIntents flow;

    /** Passes on what came early, then everything as it comes. Once. */
    public synchronized void connect(ResidentIntents target) {
        if (flow != null) {
            throw new IllegalStateException("already connected");
        }
        flow = target;
        early.forEach(intent -> intent.accept(target));
        early.clear();
    }

    public synchronized boolean connected() {
        return flow != null;
    }

    private synchronized void send(Consumer<ResidentIntents> intent) {
        if (flow != null) {
            intent.accept(flow);
        } else if (early.size() < KEPT) {
            early.add(intent);
        }
    }

    @Override
    public synchronized void touch() { // "still here" means nothing before a visit: not kept
        if (flow != null) {
            flow.touch();
        }
    }


    @Override public void start() { send(ResidentIntents::start); }
    @Override public void chooseLanguage(Language language) { send(f -> f.chooseLanguage(language)); }
    @Override public void chooseService(String serviceId) { send(f -> f.chooseService(serviceId)); }
    @Override public void choose(String optionId) { send(f -> f.choose(optionId)); }
    @Override public void input(String name, String value) { send(f -> f.input(name, value)); }
    @Override public void focusInput(String name) { send(f -> f.focusInput(name)); }
    @Override public void next() { send(ResidentIntents::next); }
    @Override public void openBasket() { send(ResidentIntents::openBasket); }
    @Override public void removeFromBasket(String lineKey) { send(f -> f.removeFromBasket(lineKey)); }
    @Override public void pay() { send(ResidentIntents::pay); }
    @Override public void back() { send(ResidentIntents::back); }
    @Override public void finish() { send(ResidentIntents::finish); }
    @Override public void codeScanned(String payload) { send(f -> f.codeScanned(payload)); }
    @Override public void extendPayment() { send(ResidentIntents::extendPayment); }
    @Override public void confirmLeave() { send(ResidentIntents::confirmLeave); }
    @Override public void stay() { send(ResidentIntents::stay); }
    @Override public void help() { send(ResidentIntents::help); }
    @Override public void closeHelp() { send(ResidentIntents::closeHelp); }
    @Override public void callStaff() { send(ResidentIntents::callStaff); }
    @Override public void replayPrompt() { send(ResidentIntents::replayPrompt); }
    @Override public void toggleElder() { send(ResidentIntents::toggleElder); }
    @Override public void turnPage(int delta) { send(f -> f.turnPage(delta)); }
}
