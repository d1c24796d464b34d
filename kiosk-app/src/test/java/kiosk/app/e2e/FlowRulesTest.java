package kiosk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import kiosk.app.flow.VisitEngine;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flow's rules with the real stub and simulated devices, no JavaFX. */
class FlowRulesTest {

    @TempDir
    Path dir;

    private TestKiosk test;
    private VisitEngine flow;

    @BeforeEach
    void start() {
        test = TestKiosk.start(dir, Duration.ofSeconds(90), Duration.ofSeconds(20), Duration.ofSeconds(4));
        flow = test.kiosk.flow();
        test.awaitDevicesReady();
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void languageCanChangeMidFlowWithoutLosingTheStep() {
        toViolations(Language.ZH_CN);
        flow.chooseLanguage(Language.EN);
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Choice.class);
        assertThat(flow.state().language()).isEqualTo(Language.EN);
        ScreenModel.Choice v = (ScreenModel.Choice) flow.state().model();
        assertThat(v.options()).isNotEmpty();
        assertThat(((kiosk.app.i18n.Txt.Key) v.options().get(0).detail()).args().get(1)).isInstanceOf(kiosk.app.i18n.Txt.Words.class);
        kiosk.app.i18n.Txt.Words what = (kiosk.app.i18n.Txt.Words) ((kiosk.app.i18n.Txt.Key) v.options().get(0).detail()).args().get(1);
        assertThat(what.text().in(Language.EN.locale())).matches("[\\x20-\\x7E]+");
    }

    @Test
    void backWalksOneStepAndHomeWipes() {
        toViolations(Language.ZH_CN);
        flow.back();
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Menu.class);
        flow.finish();
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Attract.class);
        assertThat(flow.holdsResidentData()).isFalse();
    }

    @Test
    void aPaymentNobodyPaysExpiresAndTheResidentLearnsNothingWasTaken() {
        toViolations(Language.ZH_CN);
        TestKiosk.payChosen(flow);
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Payment.class));
        await().atMost(Duration.ofSeconds(15)).until(() -> flow.state().shows(ScreenModel.Error.class));
        ScreenModel.Error error = (ScreenModel.Error) flow.state().model();
        assertThat(error.problem().titleKey()).isEqualTo("problem.payment-expired.title");
        assertThat(error.problem().adviceKey()).isEqualTo("problem.payment-expired.advice");
        flow.back();
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Menu.class);
    }

    @Test
    void aBackendOutageIsExplainedAndLosesNothing() {
        reachInsertCard(Language.EN);
        test.stub.close();
        test.kiosk.rack().first(SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
        await().atMost(Duration.ofSeconds(30)).until(() -> flow.state().shows(ScreenModel.Error.class));
        ScreenModel.Error error = (ScreenModel.Error) flow.state().model();
        assertThat(error.problem().titleKey()).isEqualTo("problem.offline.title");
        assertThat(error.problem().retryable()).isTrue();
        flow.back(); // "Try again": back to the card, nothing of the resident kept
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Identify.class);
        assertThat(flow.holdsResidentData()).isFalse();
    }

    @Test
    void whenTheReceiptRecordCannotBeSentTheResidentIsToldItIsQueued() throws Exception {
        toViolations(Language.ZH_CN);
        TestKiosk.payChosen(flow);
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Payment.class));
        // The receipts route fails from now on: the record must wait in the journal's queue.
        test.stub.faults().configure(kiosk.stub.fault.FaultSettings.of(1, new kiosk.stub.fault.FaultRule(
                "/api/v1/receipts", java.util.List.of("POST"), null, null, 1.0, 503, null, null, null, null, null, null,
                null, null)));
        test.kiosk.backend().simulatePayment(((ScreenModel.Payment) flow.state().model()).orderId());
        await().atMost(Duration.ofSeconds(30)).until(() -> flow.state().shows(ScreenModel.Done.class));
        ScreenModel.Done done = (ScreenModel.Done) flow.state().model();
        assertThat(done.printed()).isTrue();
        assertThat(done.noteKey()).isEqualTo("delivery.queued");
        // The link comes back: the queued record goes out.
        assertThat(test.kiosk.transactions().journal().openOperations()).hasSize(1);
        test.stub.faults().configure(kiosk.stub.fault.FaultSettings.NONE);
        test.kiosk.transactions().recover(); // a round that ignores each operation's backoff, as at start-up
        assertThat(test.kiosk.transactions().journal().openOperations()).as("operations left in the queue").isEmpty();
    }

    @Test
    void aCardReadOutsideTheInsertCardStepIsIgnored() {
        flow.start();
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.LanguageChoice.class);
        flow.cardRead(new kiosk.app.model.Identification("张伟", "330602198503151256"));
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.LanguageChoice.class);
        assertThat(flow.holdsResidentData()).isFalse();
    }

    private void reachInsertCard(Language language) {
        flow.start();
        flow.chooseLanguage(language);
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Identify.class);
    }

    private void toViolations(Language language) {
        reachInsertCard(language);
        test.kiosk.rack().first(SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Menu.class));
        flow.chooseService("traffic.fines");
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Choice.class) && !flow.state().busy());
    }
}
