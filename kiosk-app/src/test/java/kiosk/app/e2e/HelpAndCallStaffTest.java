package kiosk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.flow.Overlay;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.TextRenderer;
import kiosk.app.voice.RecordingVoice;
import kiosk.config.KioskConfig;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help and "call staff" on every screen of a whole visit, engine against the real stub: each screen's
 * help names its step and carries the station's hotline, nearest 24-hour site and counter hours from
 * configuration; calling staff reaches the port with the step, never the resident.
 */
class HelpAndCallStaffTest {

    @TempDir
    Path dir;

    private TestKiosk test;
    private VisitEngine flow;
    private final List<String> staffCalls = new CopyOnWriteArrayList<>();
    private final RecordingVoice voice = new RecordingVoice();

    @BeforeEach
    void start() {
        test = TestKiosk.start(dir, new KioskConfig.Session(Duration.ofSeconds(90), Duration.ofSeconds(20), Duration.ofSeconds(120)),
                KioskAssembly.Options.DEFAULT.withStaff(staffCalls::add).withVoice(voice));
        flow = test.kiosk.flow();
        test.awaitDevicesReady();
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void everyScreenOfAVisitHasHelpAndCallsStaff() throws Exception {
        helpAndCall("attract", "attract");
        flow.closeHelp();
        flow.start();
        helpAndCall("language", "language");
        flow.chooseLanguage(Language.EN);
        flow.closeHelp();
        helpAndCall("identify", "identify");
        flow.closeHelp();
        test.kiosk.rack().first(SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Menu.class));
        helpAndCall("menu", "menu");
        flow.closeHelp();
        flow.chooseService("traffic.fines");
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Choice.class) && !flow.state().busy());
        helpAndCall("choice", "traffic.fines/choose");
        flow.closeHelp();
        flow.next();
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Basket.class) && !flow.state().busy());
        helpAndCall("basket", "basket");
        flow.closeHelp();
        flow.pay();
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Payment.class) && !flow.state().busy());
        helpAndCall("payment", "payment");
        // Help stays open while the resident pays; it follows the screen that comes next.
        flow.codeScanned("STUBPAY-HELP-1");
        await().atMost(Duration.ofSeconds(20)).until(() -> flow.state().shows(ScreenModel.Done.class));
        assertThat(((Overlay.Help) flow.state().overlay()).stepKey()).isEqualTo("help.step.done");
        flow.closeHelp();
        helpAndCall("done", "done");

        assertThat(staffCalls).containsExactly("attract", "language", "identify", "menu", "traffic.fines/choose", "basket",
                "payment", "done");
        assertThat(String.join(" ", staffCalls)).doesNotContain("张").doesNotContain("330602");
        assertThat(voice.keys()).contains("call-staff");
    }

    @Test
    void helpOnTheAttractScreenClosesByItselfWhenNobodyIsThere() {
        test.close();
        test = TestKiosk.start(dir.resolve("short"), new KioskConfig.Session(Duration.ofSeconds(3), Duration.ofSeconds(1),
                Duration.ofSeconds(120)), KioskAssembly.Options.DEFAULT.withStaff(staffCalls::add));
        flow = test.kiosk.flow();
        test.awaitDevicesReady();
        flow.help();
        assertThat(flow.state().overlay()).isInstanceOf(Overlay.Help.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().overlay() == null);
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Attract.class);
    }

    /** Opens help, checks what it says, calls staff once (a second call is not sent again). */
    private void helpAndCall(String kind, String step) {
        flow.help();
        Overlay.Help help = (Overlay.Help) flow.state().overlay();
        assertThat(help.stepKey()).isEqualTo("help.step." + kind);
        assertThat(test.kiosk.messages().has(Language.EN, help.stepKey())).isTrue();
        KioskConfig.Station station = test.kiosk.config().station();
        assertThat(help.where().hotline()).isEqualTo(station.hotline());
        TextRenderer en = new TextRenderer(test.kiosk.messages(), Language.EN, java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(en.render(help.where().nearest24h())).isEqualTo(station.nearest24h().byTag().get("en"));
        assertThat(help.where().counters()).hasSize(station.counters().size());
        assertThat(en.render(help.where().counters().get(0).hours())).isEqualTo(station.counters().get(0).hours().byTag().get("en"));
        assertThat(help.staffCalled()).isFalse();
        int before = staffCalls.size();
        flow.callStaff();
        flow.callStaff();
        assertThat(((Overlay.Help) flow.state().overlay()).staffCalled()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> staffCalls.size() == before + 1);
        assertThat(staffCalls.get(before)).isEqualTo(step);
    }
}
