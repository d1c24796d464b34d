package kiosk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A kiosk stopped while its reader watches for a card (the resident at the card step) leaves none of
 * its threads behind: a watch that outlived it would keep polling a detached reader and tell a closed
 * flow about timeouts, visit after visit, in the same JVM.
 */
class StoppedKioskLeavesNothingRunningTest {

    @TempDir
    Path dir;

    @Test
    void stoppingAtTheCardStepEndsTheReaderWatchAndEveryKioskThread() {
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        for (int round = 0; round < 3; round++) {
            TestKiosk test = TestKiosk.start(dir.resolve("stop-" + round), Duration.ofSeconds(90), Duration.ofSeconds(20));
            test.awaitReaderReady();
            test.kiosk.flow().start();
            test.kiosk.flow().chooseLanguage(Language.EN);
            assertThat(test.kiosk.flow().state().model()).isInstanceOf(ScreenModel.Identify.class);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> watching().size() > 0);
            test.close();
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(names(kioskThreads(before))).isEmpty());
    }

    @Test
    void stoppingIsNotAnOutageAndWarnsOfNothing() throws Exception {
        TestKiosk test = TestKiosk.start(dir.resolve("quiet"), Duration.ofSeconds(90), Duration.ofSeconds(20));
        test.awaitDevicesReady();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        try {
            test.close(); // its devices close under a flow still showing the attract screen
            Thread.sleep(500); // an event handed to the I/O pool would have run by now
        } finally {
            root.detachAppender(captured);
        }
        assertThat(captured.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    private static Set<Thread> watching() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("sam-watch-"))
                .collect(Collectors.toSet());
    }

    /** Shared by the JVM, OkHttp and Awaitility, started once and kept by design. */
    private static final Set<String> LIBRARY_THREADS =
            Set.of("Java2D Disposer", "process reaper", "OkHttp TaskRunner", "Okio Watchdog", "awaitility-thread");

    /** Threads started since, other than the libraries' own. */
    private static Set<Thread> kioskThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive() && !LIBRARY_THREADS.contains(t.getName()))
                .collect(Collectors.toSet());
    }

    private static Set<String> names(Set<Thread> threads) {
        return threads.stream().map(Thread::getName).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
