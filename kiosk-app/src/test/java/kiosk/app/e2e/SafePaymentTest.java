package kiosk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.flow.Overlay;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Language;
import kiosk.app.model.PaymentOrder;
import kiosk.app.voice.RecordingVoice;
import kiosk.config.KioskConfig;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.scanner.serial.sim.SerialScannerSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paying safely, engine against the real stub and simulated devices: the resident's own payment code
 * shown to the kiosk's scanner, the 30-second warning (seen and heard) and "more time", Back and Home
 * asking before a live order is given up, and "no money was taken" said only where a payment began.
 */
class SafePaymentTest {

    @TempDir
    Path dir;

    private TestKiosk test;
    private VisitEngine flow;
    private final RecordingVoice voice = new RecordingVoice();

    private void start(Duration paymentTimeout) {
        test = TestKiosk.start(dir, new KioskConfig.Session(Duration.ofSeconds(90), Duration.ofSeconds(20), paymentTimeout),
                KioskAssembly.Options.DEFAULT.withVoice(voice));
        flow = test.kiosk.flow();
        test.awaitDevicesReady();
    }

    @AfterEach
    void stop() {
        if (test != null) {
            test.close();
        }
    }

    @Test
    void theResidentsOwnPaymentCodeShownToTheScannerPaysTheOrder() throws Exception {
        start(Duration.ofSeconds(120));
        ScreenModel.Payment payment = toPayment();
        // The resident holds the phone's payment code to the kiosk's scanner (serial, simulated).
        test.kiosk.rack().first(SerialScannerSimulator.class).orElseThrow().present("284567890123456789");
        await().atMost(Duration.ofSeconds(20)).until(() -> flow.state().shows(ScreenModel.Done.class));
        ScreenModel.Done done = (ScreenModel.Done) flow.state().model();
        assertThat(done.printed()).isTrue();
        assertThat(done.orderId()).isEqualTo(payment.orderId());
        assertThat(test.kiosk.backend().order(payment.orderId()).status()).isEqualTo(PaymentOrder.Status.PAID);
        String ledger = test.ledger("PAYMENT_CODE_ACCEPTED");
        assertThat(ledger).contains(payment.orderId()).contains("ALIPAY").doesNotContain("284567890123456789");
    }

    @Test
    void aRefusedPaymentCodeKeepsTheOrderOpenAndSaysNothingWasCharged() throws Exception {
        start(Duration.ofSeconds(120));
        ScreenModel.Payment payment = toPayment();
        flow.codeScanned("STUBPAY-EXPIRED");
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().model() instanceof ScreenModel.Payment p
                && p.codeProblem() != null && !flow.state().busy());
        ScreenModel.Payment refused = (ScreenModel.Payment) flow.state().model();
        assertThat(refused.codeProblem().titleKey()).isEqualTo("problem.payment-code.refused.title");
        assertThat(test.kiosk.messages().get(Language.ZH_CN, refused.codeProblem().adviceKey())).contains("没有扣款");
        assertThat(test.kiosk.backend().order(payment.orderId()).status()).isEqualTo(PaymentOrder.Status.PENDING);
        // A fresh code then pays the same order.
        flow.codeScanned("STUBPAY-FRESH-1");
        await().atMost(Duration.ofSeconds(20)).until(() -> flow.state().shows(ScreenModel.Done.class));
        assertThat(test.kiosk.backend().order(payment.orderId()).status()).isEqualTo(PaymentOrder.Status.PAID);
    }

    @Test
    void thirtySecondsBeforeTheEndTheKioskWarnsOnScreenAndAloudAndMoreTimeResetsTheCountdown() throws Exception {
        start(Duration.ofSeconds(42));
        ScreenModel.Payment payment = toPayment();
        assertThat(payment.warning()).isFalse();
        assertThat(payment.secondsLeft()).isBetween(31, 42);
        await().atMost(Duration.ofSeconds(20)).until(() -> flow.state().model() instanceof ScreenModel.Payment p && p.warning());
        ScreenModel.Payment warned = (ScreenModel.Payment) flow.state().model();
        assertThat(warned.secondsLeft()).isLessThanOrEqualTo(ScreenModel.Payment.WARNING_SECONDS);
        assertThat(warned.canExtend()).as("another 42 s from now is more than 10 s beyond the deadline").isTrue();
        Thread.sleep(2100); // two more ticks: the warning is said once per deadline, not every second
        assertThat(voice.keys().stream().filter("pay-warning"::equals)).hasSize(1);
        flow.extendPayment();
        ScreenModel.Payment extended = (ScreenModel.Payment) flow.state().model();
        assertThat(extended.warning()).isFalse();
        assertThat(extended.secondsLeft()).isGreaterThan(ScreenModel.Payment.WARNING_SECONDS);
        assertThat(extended.orderId()).isEqualTo(payment.orderId());
        assertThat(test.kiosk.backend().order(payment.orderId()).status()).isEqualTo(PaymentOrder.Status.PENDING);
    }

    @Test
    void backDuringALiveOrderAsksFirstAndStayKeepsPaying() throws Exception {
        start(Duration.ofSeconds(120));
        ScreenModel.Payment payment = toPayment();
        flow.back();
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Payment.class);
        assertThat(flow.state().overlay()).isEqualTo(new Overlay.LeavePayment(false, payment.amountCents()));
        Thread.sleep(1500); // countdown ticks go on under the question, which stays
        assertThat(flow.state().overlay()).isInstanceOf(Overlay.LeavePayment.class);
        flow.stay();
        assertThat(flow.state().overlay()).isNull();
        assertThat(test.kiosk.backend().order(payment.orderId()).status()).isEqualTo(PaymentOrder.Status.PENDING);
        // Back again and yes: the basket shows, the order is cancelled at the backend.
        flow.back();
        flow.confirmLeave();
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Basket.class);
        assertThat(flow.state().overlay()).isNull();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                test.kiosk.backend().order(payment.orderId()).status() == PaymentOrder.Status.CANCELLED);
    }

    @Test
    void homeDuringALiveOrderAsksFirstThenCancelsItAndWipesTheVisit() throws Exception {
        start(Duration.ofSeconds(120));
        ScreenModel.Payment payment = toPayment();
        flow.finish();
        assertThat(flow.state().overlay()).isEqualTo(new Overlay.LeavePayment(true, payment.amountCents()));
        assertThat(flow.holdsResidentData()).isTrue();
        flow.confirmLeave();
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Attract.class);
        assertThat(flow.holdsResidentData()).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                test.kiosk.backend().order(payment.orderId()).status() == PaymentOrder.Status.CANCELLED);
    }

    @Test
    void noMoneyWasTakenIsSaidWhereAPaymentBeganAndNowhereElse() {
        start(Duration.ofSeconds(120));
        // The backend fails while paying: the order cannot be created, and the resident hears no money went.
        toViolations();
        flow.next();
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Basket.class) && !flow.state().busy());
        test.stub.close();
        flow.pay();
        await().atMost(Duration.ofSeconds(30)).until(() -> flow.state().shows(ScreenModel.Error.class));
        ScreenModel.Error whilePaying = (ScreenModel.Error) flow.state().model();
        assertThat(whilePaying.problem().adviceKey()).isEqualTo("problem.offline.payment-advice");
        for (Language language : Language.values()) {
            assertThat(test.kiosk.messages().get(language, "problem.offline.payment-advice"))
                    .containsAnyOf("没有发生扣款", "沒有發生扣款", "No money has been taken");
        }
        // Before any payment: the same outage says nothing of money.
        flow.finish();
        flow.start();
        flow.chooseLanguage(Language.ZH_CN);
        test.kiosk.rack().first(SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
        await().atMost(Duration.ofSeconds(30)).until(() -> flow.state().shows(ScreenModel.Error.class));
        ScreenModel.Error beforePaying = (ScreenModel.Error) flow.state().model();
        assertThat(beforePaying.problem().adviceKey()).isEqualTo("problem.offline.advice");
        for (Language language : Language.values()) {
            assertThat(test.kiosk.messages().get(language, beforePaying.problem().adviceKey()))
                    .doesNotContain("扣款").doesNotContainIgnoringCase("money");
        }
    }

    private void toViolations() {
        flow.start();
        flow.chooseLanguage(Language.ZH_CN);
        test.kiosk.rack().first(SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Menu.class));
        flow.chooseService("traffic.fines");
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Choice.class) && !flow.state().busy());
    }

    private ScreenModel.Payment toPayment() {
        toViolations();
        TestKiosk.payChosen(flow);
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Payment.class) && !flow.state().busy());
        return (ScreenModel.Payment) flow.state().model();
    }
}
