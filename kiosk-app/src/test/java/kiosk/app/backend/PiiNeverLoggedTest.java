package kiosk.app.backend;

import kiosk.app.model.BackendException;
import kiosk.app.model.Violation;
import kiosk.app.model.Resident;
import kiosk.app.model.OrderItem;
import static org.assertj.core.api.Assertions.assertThat;

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
import kiosk.app.journal.Journal;
import kiosk.app.transaction.Payment;
import kiosk.app.transaction.QueueCaps;
import kiosk.app.transaction.TransactionCore;
import kiosk.config.KioskConfig;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import kiosk.stub.fault.FaultSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Runs lookups and payments of the demo residents through the fault suite with every logger at TRACE,
 * captures every log line (kiosk, Resilience4j, OkHttp, the in-process stub) and every exception message,
 * and looks for the residents' names and ID numbers.
 */
class PiiNeverLoggedTest {

    static final String[][] RESIDENTS = {
            {"330602198503151256", "张伟"},
            {"330106199207082463", "李娜"},
            {"330282196011010052", "王\uD86D\uDCE7明"},
            {"330603200802290017", "刘\u4DAE"}};

    @TempDir
    Path dir;

    @Test
    void noNameOrIdNumberReachesAnyLogLineOrExceptionMessage() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.TRACE);
        List<String> exceptionTexts = new ArrayList<>();
        try {
            exercise(exceptionTexts);
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
        }
        List<String> lines = new ArrayList<>(exceptionTexts);
        for (ILoggingEvent event : captured.list) {
            lines.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                lines.add(t.getClassName() + ": " + t.getMessage());
            }
        }
        assertThat(captured.list).as("the run produced log lines to check").hasSizeGreaterThan(20);
        for (String[] resident : RESIDENTS) {
            assertThat(lines).as("lines mentioning an ID number").noneMatch(line -> line != null && line.contains(resident[0]));
            assertThat(lines).as("lines mentioning a name").noneMatch(line -> line != null && line.contains(resident[1]));
        }
    }

    private void exercise(List<String> exceptionTexts) throws Exception {
        try (BackendStub stub = BackendStub.start(StubSettings.builder().port(0).inMemory().generatedResidents(5).build())) {
            KioskConfig config = TestConfigs.pointingAt(stub.baseUrl().toString(), dir.resolve("journal.db"),
                    Duration.ofMillis(500), Duration.ofMillis(900), Duration.ofMillis(2000));
            ResilientKioskBackend backend = KioskBackends.create(config, null, TestConfigs.fastPolicy());
            try (TransactionCore core = new TransactionCore(Journal.open(dir.resolve("journal.db")), backend,
                    QueueCaps.defaults())) {
                stub.faults().configure(FaultSettings.of(3, StubFaults.rule("/api/v1/**", "latencyMs", 20, "jitterMs", 20,
                        "errorRate", 0.15, "resetRate", 0.15, "stallRate", 0.05, "stallMs", 1200, "malformedRate", 0.1,
                        "truncatedRate", 0.1)));
                for (int round = 0; round < 3; round++) {
                    for (String[] resident : RESIDENTS) {
                        try {
                            Resident found = backend.lookupResident(resident[0], resident[1]);
                            exceptionTexts.add(found.toString());
                            for (Violation fine : backend.violations(found.residentId())) {
                                if (fine.payable()) {
                                    Payment p = core.startPayment(found.residentId(), core.residentKey(resident[0]),
                                            List.of(OrderItem.trafficFine(fine.violationId())));
                                    exceptionTexts.add(p.toString());
                                    break;
                                }
                            }
                        } catch (BackendException e) {
                            exceptionTexts.add(e.toString());
                        }
                        try {
                            backend.lookupResident(resident[0], resident[1] + "X"); // refused: wrong name
                        } catch (BackendException e) {
                            exceptionTexts.add(e.toString());
                        }
                    }
                    Thread.sleep(350); // let the circuit half-open again
                }
                stub.faults().configure(FaultSettings.NONE);
                core.recover();
            }
        }
    }
}
