package kiosk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import kiosk.app.flow.VisitEngine;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import kiosk.app.transaction.TransactionCore;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.transport.InProcessChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the kiosk reacts to the faults the simulator panel can cause, without JavaFX: the real drivers
 * against the simulators, the real stub over HTTP, the flow's state as the views would render it.
 */
class DeviceReactionsTest {

    @TempDir
    Path dir;

    private TestKiosk test;
    private VisitEngine flow;

    @BeforeEach
    void start() {
        test = TestKiosk.start(dir, Duration.ofSeconds(90), Duration.ofSeconds(20));
        flow = test.kiosk.flow();
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void unpluggedReaderPutsTheKioskOutOfServiceAndReplugBringsItBack() {
        test.awaitDevicesReady();
        InProcessChannel cable = test.kiosk.rack().channel("id-reader").orElseThrow();
        cable.unplug();
        await().atMost(Duration.ofSeconds(15)).until(() -> flow.state().model() instanceof ScreenModel.Attract a && a.outOfService());
        flow.start();
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Attract.class);
        cable.replug();
        await().atMost(Duration.ofSeconds(20)).until(() -> flow.state().model() instanceof ScreenModel.Attract a && !a.outOfService());
        flow.start();
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.LanguageChoice.class);
    }

    @Test
    void cardPulledMidReadTellsTheResidentAndTheNextReadWorks() {
        reachInsertCard();
        SamModuleSimulator reader = simulator(SamModuleSimulator.class);
        reader.injectOnce(SamModuleSimulator.Fault.CARD_REMOVED_MID_READ);
        reader.insert(SampleCards.zhangWei());
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().model() instanceof ScreenModel.Identify c && c.problem() != null);
        ScreenModel.Identify card = (ScreenModel.Identify) flow.state().model();
        assertThat(card.problem().titleKey()).isEqualTo("problem.card.read.title");
        reader.remove();
        reader.insert(SampleCards.zhangWei());
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Menu.class));
    }

    @Test
    void aCardLeftOnTheReaderIsReadOnlyAtTheIdCardStep() throws Exception {
        test.awaitReaderReady();
        SamModuleSimulator reader = simulator(SamModuleSimulator.class);
        reader.insert(SampleCards.zhangWei());
        Thread.sleep(1500); // several of the reader's poll intervals
        assertThat(reader.readsServed()).isZero();
        reachInsertCard();
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Menu.class));
        assertThat(reader.readsServed()).isEqualTo(1);
    }

    @Test
    void wrongCardIsExplained() {
        reachInsertCard();
        simulator(SamModuleSimulator.class).insertNonIdCard();
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().model() instanceof ScreenModel.Identify c && c.problem() != null);
        assertThat(((ScreenModel.Identify) flow.state().model()).problem().titleKey()).isEqualTo("problem.card.wrong.title");
    }

    @Test
    void aQrCodeOnTheIdCardStepIsAnsweredWithWhatToDo() {
        reachInsertCard();
        simulator(kiosk.peripherals.scanner.serial.sim.SerialScannerSimulator.class).present("https://example.gov.cn/e-id/123");
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().model() instanceof ScreenModel.Identify c && c.problem() != null);
        assertThat(((ScreenModel.Identify) flow.state().model()).problem().code()).isEqualTo("IDENTITY_CODE_MALFORMED");
        simulator(SamModuleSimulator.class).insert(SampleCards.liNa());
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Menu.class));
    }

    @Test
    void aPrinterStatusChangeWhileATappedServiceLoadsDoesNotDropTheResidentBackOnTheMenu() {
        reachMenu();
        flow.chooseService("traffic.fines"); // the violations are being fetched
        assertThat(flow.state().busy()).isTrue();
        flow.printerAvailability(); // the roll was changed meanwhile (paper low, then full): the soak met this
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Choice.class) && !flow.state().busy());
    }

    @Test
    void printerOutOfPaperPausesPaymentsBeforeTheResidentPays() {
        simulator(EscPosPrinterSimulator.class).runOutOfPaperAfterMm(0);
        reachMenu();
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().model() instanceof ScreenModel.Menu m
                && !TestKiosk.option(flow, "traffic.fines").available());
        assertThat(TestKiosk.option(flow, "traffic.fines").reason()).isEqualTo(kiosk.app.i18n.Txt.key("menu.unavailable.printer"));
    }

    @Test
    void paperRunningOutMidReceiptLeavesThePaymentSafeAndTheResidentReprintsItWithTheIdCard() throws Exception {
        reachMenu();
        flow.chooseService("traffic.fines");
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Choice.class) && !flow.state().busy());
        TestKiosk.payChosen(flow);
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Payment.class));
        EscPosPrinterSimulator printer = simulator(EscPosPrinterSimulator.class);
        printer.runOutOfPaperAfterMm(30); // mm from now: part way through the receipt
        String orderId = ((ScreenModel.Payment) flow.state().model()).orderId();
        test.kiosk.backend().simulatePayment(orderId);
        await().atMost(Duration.ofSeconds(20)).until(() -> flow.state().shows(ScreenModel.Done.class));
        ScreenModel.Done done = (ScreenModel.Done) flow.state().model();
        assertThat(done.printed()).isFalse();
        assertThat(done.printProblem().adviceKey()).isEqualTo("problem.print.advice");
        TransactionCore core = test.kiosk.transactions();
        assertThat(core.reprintable(core.residentKey("330602198503151256"))).hasSize(1);

        // Paper back in; the resident returns with the ID card and gets the receipt.
        flow.finish();
        printer.loadPaper();
        await().atMost(Duration.ofSeconds(15)).until(() -> test.kiosk.devices().find("receipt-printer").orElseThrow()
                .status().state().isUsable());
        simulator(SamModuleSimulator.class).remove();
        reachMenu();
        ScreenModel.Menu menu = (ScreenModel.Menu) flow.state().model();
        assertThat(TestKiosk.serviceIds(menu))
                .contains("traffic.fines", "general.reprint");
        int before = printer.receipts().size();
        flow.chooseService("general.reprint");
        await().atMost(Duration.ofSeconds(20)).until(() -> flow.state().shows(ScreenModel.Done.class));
        ScreenModel.Done reprinted = (ScreenModel.Done) flow.state().model();
        assertThat(reprinted.reprint()).isTrue();
        assertThat(reprinted.printed()).isTrue();
        assertThat(printer.receipts()).hasSize(before + 1);
        assertThat(printer.lastReceipt().text()).contains("补打凭证", "¥400.00", "张*").doesNotContain("张伟");
        assertThat(core.reprintable(core.residentKey("330602198503151256"))).isEmpty();
    }

    private void reachInsertCard() {
        test.awaitReaderReady();
        flow.start();
        flow.chooseLanguage(Language.ZH_CN);
        assertThat(flow.state().model()).isInstanceOf(ScreenModel.Identify.class);
    }

    private void reachMenu() {
        reachInsertCard();
        simulator(SamModuleSimulator.class).insert(SampleCards.zhangWei());
        await().atMost(Duration.ofSeconds(10)).until(() -> flow.state().shows(ScreenModel.Menu.class));
    }

    private <T extends kiosk.peripherals.sim.DeviceSimulator> T simulator(Class<T> type) {
        return test.kiosk.rack().first(type).orElseThrow();
    }
}
