package kiosk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Language;
import kiosk.app.model.PaymentOrder;
import kiosk.config.KioskConfig;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.scanner.serial.sim.SerialScannerSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Payment codes are payment credentials: a visit that pays by the resident's own code, on the real stub
 * with the simulated serial scanner and every logger at TRACE (kiosk, HTTP client, Resilience4j, the
 * stub in the same process), leaves none of the codes shown in any log line or exception message, nor
 * twelve digits in a row of one, nor the scan-to-pay payload of the order. The codes: one shown by
 * mistake at identification (not an e-ID), one refused as malformed, and the one that pays.
 */
class PaymentCodesNeverLoggedTest {

    private static final String SHOWN_TOO_EARLY = "130987654321098765";
    private static final String MALFORMED = "990000111122223333";
    private static final String PAYS = "284567890123456789";

    @TempDir
    Path dir;
    private TestKiosk test;

    @AfterEach
    void stop() {
        if (test != null) {
            test.close();
        }
    }

    @Test
    void noPaymentCodeNorTheScanToPayPayloadReachesAnyLogLine() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.TRACE);
        String qrPayload;
        try {
            qrPayload = payByCode();
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
        }
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(captured.list)) {
            lines.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                lines.add(t.getClassName() + ": " + t.getMessage());
            }
        }
        assertThat(lines).as("the visit produced log lines to check").hasSizeGreaterThan(50);
        assertThat(lines).as("the payment was logged, by its id").anyMatch(line -> line != null && line.contains("Payment code shown"));
        for (String code : List.of(SHOWN_TOO_EARLY, MALFORMED, PAYS)) {
            for (int from = 0; from + 12 <= code.length(); from++) {
                String digits = code.substring(from, from + 12);
                assertThat(lines).as("lines with " + digits + " of " + code)
                        .noneMatch(line -> line != null && line.contains(digits));
            }
        }
        assertThat(lines).as("lines with the scan-to-pay payload").noneMatch(line -> line != null && line.contains(qrPayload));
    }

    /** One visit: a code at identification, then the card, the fines, a malformed code, the code that pays. */
    private String payByCode() throws Exception {
        test = TestKiosk.start(dir, new KioskConfig.Session(Duration.ofSeconds(90), Duration.ofSeconds(20), Duration.ofSeconds(120)),
                KioskAssembly.Options.DEFAULT);
        VisitEngine flow = test.kiosk.flow();
        test.awaitDevicesReady();
        SerialScannerSimulator scanner = test.kiosk.rack().first(SerialScannerSimulator.class).orElseThrow();
        flow.start();
        flow.chooseLanguage(Language.ZH_CN);
        scanner.present(SHOWN_TOO_EARLY); // taken for an e-ID code: not one
        await().atMost(Duration.ofSeconds(15)).until(() -> flow.state().model() instanceof ScreenModel.Identify i
                && i.problem() != null && !flow.state().busy());
        test.kiosk.rack().first(SamModuleSimulator.class).orElseThrow().insert(SampleCards.zhangWei());
        await().atMost(Duration.ofSeconds(15)).until(() -> flow.state().shows(ScreenModel.Menu.class));
        flow.chooseService("traffic.fines");
        await().atMost(Duration.ofSeconds(15)).until(() -> flow.state().shows(ScreenModel.Choice.class) && !flow.state().busy());
        TestKiosk.payChosen(flow);
        await().atMost(Duration.ofSeconds(15)).until(() -> flow.state().shows(ScreenModel.Payment.class) && !flow.state().busy());
        ScreenModel.Payment payment = (ScreenModel.Payment) flow.state().model();

        scanner.present(MALFORMED);
        await().atMost(Duration.ofSeconds(15)).until(() -> flow.state().model() instanceof ScreenModel.Payment p
                && p.codeProblem() != null && !flow.state().busy());
        scanner.present(PAYS);
        await().atMost(Duration.ofSeconds(20)).until(() -> flow.state().shows(ScreenModel.Done.class));
        assertThat(test.kiosk.backend().order(payment.orderId()).status()).isEqualTo(PaymentOrder.Status.PAID);
        return payment.qrPayload();
    }
}
