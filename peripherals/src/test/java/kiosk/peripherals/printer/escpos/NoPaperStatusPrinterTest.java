package kiosk.peripherals.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.printer.PrintCompletion;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.sim.SimulatorRack;
import kiosk.peripherals.transport.InProcessChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A printer that answers DLE EOT but not GS r: found at the health check, confirmed by its status. */
class NoPaperStatusPrinterTest {

    private static final EscPosSettings SETTINGS = EscPosSettings.DEFAULT.withPaperWidthDots(384)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(20));

    private final SimulatorRack rack = new SimulatorRack();
    private EscPosPrinterSimulator sim;
    private EscPosPrinter printer;

    private void start(boolean answersGsR) throws DeviceException {
        sim = new EscPosPrinterSimulator(EscPosPrinterSimulator.Config.DEFAULT.withPaperWidthDots(384));
        sim.setAnswersPaperStatus(answersGsR);
        InProcessChannel channel = rack.attach("receipt", sim);
        printer = new EscPosPrinter("receipt", channel.hostSide(), SETTINGS);
        printer.open();
        printer.checkHealth();
    }

    @AfterEach
    void tearDown() {
        if (printer != null) {
            printer.close();
        }
        rack.close();
    }

    @Test
    void theHealthCheckFindsOutHowPrintsAreConfirmed() throws DeviceException {
        start(true);
        assertThat(printer.confirmation()).isEqualTo(EscPosPrinter.Confirmation.PAPER_STATUS);
        printer.close();
        rack.close();
        start(false);
        assertThat(printer.confirmation()).isEqualTo(EscPosPrinter.Confirmation.REALTIME_STATUS);
    }

    @Test
    void aReceiptThePrinterSaysItPrintedIsConfirmedQuicklyWithoutGsR() throws DeviceException {
        start(false);
        long t0 = System.nanoTime();
        PrintCompletion done = printer.print(EscPosPrinterSimulatorTest.sample());
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(done.confirmed()).isTrue();
        assertThat(took).as("not the 20 s completion timeout").isLessThan(Duration.ofSeconds(5));
        assertThat(sim.receipts()).hasSize(1);
        assertThat(sim.lastReceipt().text()).contains("缴费凭证");
    }

    @Test
    void paperRunningOutWhilePrintingIsStillIncompleteWithoutGsR() throws DeviceException {
        start(false);
        sim.runOutOfPaperAfterMm(20);
        assertThatThrownBy(() -> printer.print(EscPosPrinterSimulatorTest.longSample()))
                .isInstanceOfSatisfying(DeviceException.class,
                        e -> assertThat(e.reason()).isEqualTo("printer.receipt-incomplete"));
    }
}
