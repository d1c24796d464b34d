package kiosk.app.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kiosk.app.flow.ResidentIntents;
import kiosk.app.i18n.Language;

/** Records the intents a view forwards (name and argument), for view tests without an engine. */
public final class RecordingIntents implements ResidentIntents {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    public List<String> calls() {
        return List.copyOf(calls);
    }

    public void clear() {
        calls.clear();
    }

    private void record(String call) {
        calls.add(call);
    }

    @Override public void touch() { }
    @Override public void start() { record("start"); }
    @Override public void chooseLanguage(Language language) { record("chooseLanguage:" + language.tag()); }
    @Override public void chooseService(String serviceId) { record("chooseService:" + serviceId); }
    @Override public void choose(String optionId) { record("choose:" + optionId); }
    @Override public void input(String name, String value) { record("input:" + name + "=" + value); }
    @Override public void focusInput(String name) { record("focusInput:" + name); }
    @Override public void next() { record("next"); }
    @Override public void openBasket() { record("openBasket"); }
    @Override public void removeFromBasket(String lineKey) { record("removeFromBasket:" + lineKey); }
    @Override public void pay() { record("pay"); }
    @Override public void back() { record("back"); }
    @Override public void finish() { record("finish"); }
    @Override public void codeScanned(String payload) { record("codeScanned"); }
    @Override public void extendPayment() { record("extendPayment"); }
    @Override public void confirmLeave() { record("confirmLeave"); }
    @Override public void stay() { record("stay"); }
    @Override public void help() { record("help"); }
    @Override public void closeHelp() { record("closeHelp"); }
    @Override public void callStaff() { record("callStaff"); }
    @Override public void replayPrompt() { record("replayPrompt"); }
    @Override public void toggleElder() { record("toggleElder"); }
    @Override public void turnPage(int delta) { record("turnPage:" + delta); }
}
