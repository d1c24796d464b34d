package kiosk.app.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import kiosk.app.i18n.Language;
import org.junit.jupiter.api.Test;

/** Taps on the attract screen shown before the kiosk behind it is assembled reach the flow, late, in order. */
class DeferredIntentsTest {

    private final List<String> received = new ArrayList<>();
    private final ResidentIntents flow = (ResidentIntents) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ResidentIntents.class}, (proxy, method, args) -> {
                received.add(method.getName() + (args == null ? "" : List.of(args)));
                return null;
            });

    @Test
    void whatCameEarlyIsPassedOnInOrderWhenTheFlowConnects() {
        DeferredIntents intents = new DeferredIntents();
        intents.start();
        intents.chooseLanguage(Language.EN);
        intents.codeScanned("https://e.example.gov.cn/id/1");
        assertThat(received).isEmpty();

        intents.connect(flow);

        assertThat(received).containsExactly("start", "chooseLanguage[EN]", "codeScanned[https://e.example.gov.cn/id/1]");
        assertThat(intents.connected()).isTrue();
    }

    @Test
    void onceConnectedEveryIntentGoesStraightThrough() {
        DeferredIntents intents = new DeferredIntents();
        intents.connect(flow);
        intents.touch();
        intents.turnPage(-1);
        intents.input("plate", "粤B");
        assertThat(received).containsExactly("touch", "turnPage[-1]", "input[plate, 粤B]");
    }

    @Test
    void bareTouchesBeforeAVisitAreNotKept() {
        DeferredIntents intents = new DeferredIntents();
        intents.touch();
        intents.touch();
        intents.start();
        intents.connect(flow);
        assertThat(received).containsExactly("start");
    }

    @Test
    void aFlurryOfTapsKeepsOnlyTheFirstFew() {
        DeferredIntents intents = new DeferredIntents();
        for (int i = 0; i < DeferredIntents.KEPT + 10; i++) {
            intents.turnPage(i);
        }
        intents.connect(flow);
        assertThat(received).hasSize(DeferredIntents.KEPT).startsWith("turnPage[0]").endsWith("turnPage[" + (DeferredIntents.KEPT - 1) + "]");
    }

    @Test
    void itConnectsOnce() {
        DeferredIntents intents = new DeferredIntents();
        intents.connect(flow);
        assertThatThrownBy(() -> intents.connect(flow)).isInstanceOf(IllegalStateException.class);
    }
}
