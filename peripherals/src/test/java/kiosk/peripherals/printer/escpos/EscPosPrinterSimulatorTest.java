package kiosk.peripherals.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kiosk.peripherals.device.CompletionCode;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.device.PrinterDetail;
import kiosk.peripherals.printer.PrintCompletion;
import kiosk.peripherals.printer.Receipt;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.printer.escpos.sim.PrintedReceipt;
import kiosk.peripherals.sim.SimulatorRack;
import kiosk.peripherals.sim.SimulatorServer;
import kiosk.peripherals.transport.InProcessChannel;
import kiosk.peripherals.transport.TcpTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real driver against the simulated printer: happy path, TCP, and one test per fault. */
class EscPosPrinterSimulatorTest {

    private static final EscPosSettings SETTINGS = EscPosSettings.DEFAULT.withPaperWidthDots(384)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(3));

    private final SimulatorRack rack = new SimulatorRack();
    private final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
    private EscPosPrinterSimulator sim;
    private InProcessChannel channel;
    private EscPosPrinter printer;

    private EscPosPrinter start(EscPosPrinterSimulator.Config config) throws DeviceException {
        sim = new EscPosPrinterSimulator(config);
        channel = rack.attach("receipt", sim);
        printer = new EscPosPrinter("receipt", channel.hostSide(), SETTINGS.withCharset(config.charset()));
        printer.subscribe(events::add);
        printer.open();
        return printer;
    }

    private EscPosPrinter start() throws DeviceException {
        return start(EscPosPrinterSimulator.Config.DEFAULT.withPaperWidthDots(384));
    }

    @AfterEach
    void tearDown() {
        if (printer != null) {
            printer.close();
        }
        rack.close();
    }

    static Receipt sample() {
        return Receipt.builder()
                .title("缴费凭证")
                .text("繳費成功 Payment received", Receipt.Align.CENTER, false, 1)
                .rule()
                .pair("姓名", "张伟")
                .pair("金额", "¥200.00")
                .qr("https://pay.example/o/123")
                .feed(1)
                .build();
    }

    /** About 2 kB: long enough to still be printing on a slowed-down simulator. */
    static Receipt longSample() {
        Receipt.Builder b = Receipt.builder().title("缴费凭证");
        for (int i = 0; i < 40; i++) {
            b.pair("项目 " + i, "¥" + i + ".00");
        }
        return b.qr("https://pay.example/o/123").build();
    }

    @Test
    void printsAReceiptTheSimulatorDecodesBack() throws DeviceException {
        start();
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
        PrintCompletion done = printer.print(sample());
        assertThat(done.confirmed()).isTrue();
        assertThat(done.bytes()).isPositive();
        PrintedReceipt r = sim.lastReceipt();
        assertThat(r.complete()).isTrue();
        assertThat(r.text()).contains("缴费凭证").contains("繳費成功 Payment received").contains("张伟")
                .contains("[QR M] https://pay.example/o/123");
        assertThat(r.image().getWidth()).isEqualTo(384);
        assertThat(r.image().getHeight()).isGreaterThan(200);
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(DeviceEvent.Data.class,
                d -> assertThat(d.payload()).isEqualTo(done)));
        assertThat(sim.paperUsedMm()).isGreaterThan(20);
    }

    @Test
    void worksOverTcpThroughTheSimulatorServer() throws Exception {
        EscPosPrinterSimulator tcpSim = new EscPosPrinterSimulator(
                EscPosPrinterSimulator.Config.DEFAULT.withCharset(PrinterCharset.BIG5));
        try (SimulatorServer server = SimulatorServer.start(tcpSim, 0)) {
            EscPosPrinter tcp = new EscPosPrinter("tcp", TcpTransport.parse(server.address(), Duration.ofSeconds(1)),
                    SETTINGS.withCharset(PrinterCharset.BIG5).withPaperWidthDots(576));
            try {
                tcp.open();
                assertThat(tcp.checkHealth().state()).isEqualTo(DeviceState.ONLINE);
                assertThat(tcp.print(sample()).confirmed()).isTrue();
                assertThat(tcpSim.lastReceipt().text()).contains("繳費成功");
            } finally {
                tcp.close();
            }
        }
    }

    @Test
    void rareNameCharacterPrintsAsAnImageOnAGb2312Printer() throws DeviceException {
        start(EscPosPrinterSimulator.Config.DEFAULT.withPaperWidthDots(384).withCharset(PrinterCharset.GB2312));
        printer.print(Receipt.builder().pair("姓名", "刘䶮").text("王\uD86D\uDCE7明").build());
        PrintedReceipt r = sim.lastReceipt();
        assertThat(r.complete()).isTrue();
        assertThat(r.text()).doesNotContain("?").contains("[image 384x24]");
        assertThat(darkPixels(r)).isGreaterThan(100);
    }

    @Test
    void paperNearEndMidReceiptKeepsPrintingAndReportsLow() throws DeviceException {
        start();
        sim.nearEndAfterMm(5);
        printer.print(sample());
        assertThat(sim.lastReceipt().complete()).isTrue();
        await().atMost(Duration.ofSeconds(2)).until(() -> printer.status().detail()
                .equals(new PrinterDetail(PrinterDetail.Paper.LOW, false, false, false)));
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
        sim.loadPaper();
        await().atMost(Duration.ofSeconds(2)).until(() -> printer.checkHealth().detail().equals(PrinterDetail.READY));
    }

    @Test
    void paperOutMidReceiptIsAnIncompleteReceiptThenRecoversAfterReload() throws DeviceException {
        start();
        sim.runOutOfPaperAfterMm(10);
        assertThatThrownBy(() -> printer.print(sample()))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.reason()).isEqualTo("printer.receipt-incomplete");
                    assertThat(e.code()).isEqualTo(CompletionCode.USER_ERROR);
                    assertThat(e.getMessage()).contains("printer.paper-out");
                });
        assertThat(printer.status().reason()).isEqualTo("printer.paper-out");
        assertThat(((PrinterDetail) printer.status().detail()).paper()).isEqualTo(PrinterDetail.Paper.OUT);
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(DeviceEvent.Error.class));
        await().atMost(Duration.ofSeconds(2)).until(() -> sim.lastReceipt() != null && !sim.lastReceipt().complete());
        assertThatThrownBy(() -> printer.print(sample()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.reason()).isEqualTo("printer.paper-out"));
        sim.loadPaper();
        await().atMost(Duration.ofSeconds(2)).until(() -> printer.status().state() == DeviceState.ONLINE);
        assertThat(printer.print(sample()).confirmed()).isTrue();
        assertThat(sim.lastReceipt().complete()).isTrue();
    }

    @Test
    void coverOpenRefusesBeforePrintingAndAsbReportsItUnasked() throws DeviceException {
        start();
        sim.openCover();
        await().atMost(Duration.ofSeconds(2)).until(() -> events.stream().anyMatch(e ->
                e instanceof DeviceEvent.StatusChanged c && c.current().reason().equals("printer.cover-open")));
        assertThat(printer.status().reason()).isEqualTo("printer.cover-open");
        int before = sim.receipts().size();
        assertThatThrownBy(() -> printer.print(sample()))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.reason()).isEqualTo("printer.cover-open");
                    assertThat(e.code()).isEqualTo(CompletionCode.USER_ERROR);
                });
        assertThat(sim.receipts()).hasSize(before);
        sim.closeCover();
        await().atMost(Duration.ofSeconds(2)).until(() -> printer.status().state() == DeviceState.ONLINE);
        assertThat(printer.print(sample()).confirmed()).isTrue();
    }

    @Test
    void cutterErrorAtTheCutIsAHardwareErrorThenRepairRecovers() throws DeviceException {
        start();
        sim.failNextCut();
        assertThatThrownBy(() -> printer.print(sample()))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.reason()).isEqualTo("printer.receipt-incomplete");
                    assertThat(e.code()).isEqualTo(CompletionCode.HARDWARE_ERROR);
                });
        assertThat(printer.status().state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(printer.status().reason()).isEqualTo("printer.cutter-error");
        assertThat(sim.lastReceipt().complete()).isFalse();
        sim.repairCutter();
        await().atMost(Duration.ofSeconds(2)).until(() -> printer.status().state() == DeviceState.ONLINE);
        assertThat(printer.print(sample()).confirmed()).isTrue();
    }

    @Test
    void jamIsReportedAndRefusedUntilCleared() throws DeviceException {
        start();
        sim.jam();
        assertThat(printer.checkHealth().reason()).isEqualTo("printer.jammed");
        assertThat(((PrinterDetail) printer.status().detail()).mediaJammed()).isTrue();
        assertThatThrownBy(() -> printer.print(sample()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.reason()).isEqualTo("printer.jammed"));
        sim.clearJam();
        assertThat(printer.checkHealth().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(printer.print(sample()).confirmed()).isTrue();
    }

    @Test
    void unplugIsNoDeviceAndReplugRecoversWithoutRestart() throws DeviceException {
        start();
        channel.unplug();
        await().atMost(Duration.ofSeconds(2)).until(() -> printer.status().state() == DeviceState.NO_DEVICE
                && events.stream().anyMatch(e -> e instanceof DeviceEvent.Error));
        assertThatThrownBy(() -> printer.print(sample()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(CompletionCode.NO_DEVICE));
        channel.replug();
        await().atMost(Duration.ofSeconds(3)).until(() -> printer.checkHealth().state() == DeviceState.ONLINE);
        assertThat(printer.print(sample()).confirmed()).isTrue();
    }

    @Test
    void aSlowPrinterStillCompletesAndAnswersStatusMeanwhile() throws DeviceException {
        start();
        sim.setSlow(Duration.ofMillis(20), 64);
        long t0 = System.nanoTime();
        PrintCompletion done = printer.print(longSample());
        assertThat(done.confirmed()).isTrue();
        long minimumMillis = (done.bytes() / 64 - 1) * 20L; // the engine took in 64 bytes per 20 ms
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThan(Duration.ofMillis(minimumMillis));
        assertThat(minimumMillis).isGreaterThan(300);
        assertThat(sim.lastReceipt().complete()).isTrue();
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void aHungPrinterTimesOutTypedWithinTheBoundAndRecovers() throws DeviceException {
        start();
        sim.setHung(true);
        long t0 = System.nanoTime();
        assertThatThrownBy(printer::queryStatus)
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.code()).isEqualTo(CompletionCode.TIME_OUT);
                    assertThat(e.reason()).isEqualTo("printer.not-responding");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        assertThat(printer.status().state()).isEqualTo(DeviceState.OFFLINE);
        assertThatThrownBy(() -> printer.print(sample())).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.code()).isEqualTo(CompletionCode.TIME_OUT));
        sim.setHung(false);
        await().atMost(Duration.ofSeconds(3)).until(() -> printer.checkHealth().state() == DeviceState.ONLINE);
        assertThat(printer.print(sample()).confirmed()).isTrue();
    }

    @Test
    void missingPrinterIsNoDeviceWithATypedError() {
        EscPosPrinter missing = new EscPosPrinter("gone", new TcpTransport("127.0.0.1", 1, Duration.ofMillis(300)), SETTINGS);
        assertThatThrownBy(missing::open)
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.code()).isEqualTo(CompletionCode.NO_DEVICE);
                    assertThat(e.reason()).isEqualTo("printer.unavailable");
                });
        assertThat(missing.status().state()).isEqualTo(DeviceState.NO_DEVICE);
        assertThat(missing.checkHealth().state()).isEqualTo(DeviceState.NO_DEVICE);
    }

    @Test
    void aQrTooLargeForItsLevelIsATypedErrorBeforeAnythingIsSent() throws DeviceException {
        start();
        int before = sim.receipts().size();
        Receipt tooBig = Receipt.builder().qr("x".repeat(3000)).build();
        assertThatThrownBy(() -> printer.print(tooBig)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.code()).isEqualTo(CompletionCode.INVALID_DATA);
            assertThat(e.reason()).isEqualTo("printer.bad-receipt");
        });
        assertThat(sim.receipts()).hasSize(before);
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void aHealthCheckDuringAPrintDoesNoIoAndReportsBusy() throws Exception {
        sim = new EscPosPrinterSimulator(EscPosPrinterSimulator.Config.DEFAULT.withPaperWidthDots(384));
        channel = rack.attach("receipt", sim);
        WriterRecordingTransport link = new WriterRecordingTransport(channel.hostSide());
        printer = new EscPosPrinter("receipt", link, SETTINGS);
        printer.subscribe(events::add);
        printer.open();
        link.writers.clear();
        sim.setSlow(Duration.ofMillis(30), 64); // about a second for the long sample
        java.util.concurrent.CompletableFuture<PrintCompletion> printing =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return printer.print(longSample());
                    } catch (DeviceException e) {
                        throw new IllegalStateException(e);
                    }
                });
        await().atMost(Duration.ofSeconds(3)).until(() -> events.stream().anyMatch(e ->
                e instanceof DeviceEvent.StatusChanged c && c.current().state() == DeviceState.BUSY));
        assertThat(printer.checkHealth().state()).isEqualTo(DeviceState.BUSY);
        assertThat(link.writers).doesNotContain(Thread.currentThread());
        assertThat(printing.get(10, java.util.concurrent.TimeUnit.SECONDS).confirmed()).isTrue();
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
        printer.checkHealth();
        assertThat(link.writers).contains(Thread.currentThread()); // when idle it does ask the printer
    }

    /** Remembers which threads wrote, to show who did I/O. */
    private static final class WriterRecordingTransport implements kiosk.peripherals.transport.ByteTransport {
        final java.util.Set<Thread> writers = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final kiosk.peripherals.transport.ByteTransport inner;

        WriterRecordingTransport(kiosk.peripherals.transport.ByteTransport inner) {
            this.inner = inner;
        }

        @Override
        public void open() throws java.io.IOException {
            inner.open();
        }

        @Override
        public boolean isOpen() {
            return inner.isOpen();
        }

        @Override
        public void write(byte[] data, Duration timeout) throws java.io.IOException {
            writers.add(Thread.currentThread());
            inner.write(data, timeout);
        }

        @Override
        public int read(byte[] buffer, Duration timeout) throws java.io.IOException {
            return inner.read(buffer, timeout);
        }

        @Override
        public void discardInput() throws java.io.IOException {
            inner.discardInput();
        }

        @Override
        public String describe() {
            return inner.describe();
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    @Test
    void receiptsDoNotShowTheirContentInToString() {
        Receipt r = Receipt.builder().text("张伟").pair("身份证号", "110101198503151235").qr("110101198503151235").build();
        assertThat(r.toString()).doesNotContain("张伟").doesNotContain("110101").contains("身份证号");
    }

    private static int darkPixels(PrintedReceipt r) {
        int n = 0;
        for (int y = 0; y < r.image().getHeight(); y++) {
            for (int x = 0; x < r.image().getWidth(); x++) {
                if ((r.image().getRGB(x, y) & 0xFF) < 128) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theReceiptsPaperEstimateIsWithinAFifthOfWhatThePrinterFed() throws Exception {
        start();
        Receipt receipt = Receipt.builder().title("缴费凭证").text("张伟").pair("金额", "¥200.00").rule()
                .text("合计", Receipt.Align.RIGHT, true, 2).qr("https://jcy.example.gov.cn/verify/O-123456789")
                .feed(2).text("谢谢").build();
        double before = sim.paperUsedMm();
        printer.print(receipt);
        double fed = sim.paperUsedMm() - before;
        assertThat(fed).isPositive();
        assertThat(receipt.lengthMm()).as("estimate vs %.1f mm fed", fed).isBetween(fed * 0.8, fed * 1.2);
    }
}
