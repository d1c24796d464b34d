package kiosk.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The watchdog pings only while the UI thread runs what is posted to it. */
class UiWatchdogTest {

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final ServiceNotifier fake = sent::add;

    @Test
    void pingsStopWhileTheUiThreadIsBlockedAndResumeAfter() throws Exception {
        ExecutorService ui = Executors.newSingleThreadExecutor(); // stands in for the FX thread
        try {
            UiWatchdog watchdog = new UiWatchdog(fake, ui::execute);
            assertThat(watchdog.tick()).isTrue();
            drain(ui);
            assertThat(watchdog.tick()).isTrue();
            drain(ui);
            assertThat(pings()).isEqualTo(2);

            CountDownLatch release = new CountDownLatch(1);
            ui.execute(() -> await(release)); // a handler that never returns, e.g. I/O on the FX thread
            watchdog.tick(); // the probe it posts waits behind the blocked handler
            int before = pings();
            for (int i = 0; i < 5; i++) {
                assertThat(watchdog.tick()).as("tick %d while blocked", i).isFalse();
            }
            assertThat(pings()).as("no ping while the UI thread is blocked").isEqualTo(before);

            release.countDown();
            drain(ui);
            assertThat(watchdog.tick()).isTrue();
            assertThat(pings()).isEqualTo(before + 1);
        } finally {
            ui.shutdownNow();
        }
    }

    @Test
    void onItsOwnTimerABlockedUiGetsNoPingForTheWholeTimeout() throws Exception {
        ExecutorService ui = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        try (UiWatchdog watchdog = new UiWatchdog(fake, ui::execute)) {
            watchdog.start(Duration.ofMillis(150)); // ticks every 50 ms
            Thread.sleep(400);
            assertThat(pings()).isGreaterThanOrEqualTo(4);
            ui.execute(() -> await(release));
            Thread.sleep(100); // the probe in flight may still have been answered
            int frozen = pings();
            Thread.sleep(600); // four timeouts
            assertThat(pings()).as("systemd would restart: no ping in 600 ms").isEqualTo(frozen);
            release.countDown();
            Thread.sleep(300);
            assertThat(pings()).isGreaterThan(frozen);
        } finally {
            release.countDown();
            ui.shutdownNow();
        }
        assertThat(sent).last().isEqualTo("STOPPING=1");
    }

    @Test
    void readyIsSentOnce() {
        UiWatchdog watchdog = new UiWatchdog(fake, Runnable::run);
        watchdog.ready();
        watchdog.ready();
        assertThat(sent).containsExactly("READY=1\nSTATUS=attract screen shown");
    }

    @Test
    void watchdogTimeoutIsReadFromSystemdsEnvironment() {
        assertThat(SystemdNotifier.watchdogTimeout(Map.of("WATCHDOG_USEC", "20000000"), 7))
                .contains(Duration.ofSeconds(20));
        assertThat(SystemdNotifier.watchdogTimeout(Map.of("WATCHDOG_USEC", "20000000", "WATCHDOG_PID", "8"), 7))
                .as("meant for another process").isEmpty();
        assertThat(SystemdNotifier.watchdogTimeout(Map.of(), 7)).isEmpty();
        assertThat(SystemdNotifier.fromEnvironment(Map.of())).as("not run by systemd").isEmpty();
    }

    private int pings() {
        return (int) sent.stream().filter("WATCHDOG=1"::equals).count();
    }

    private static void drain(ExecutorService ui) throws Exception {
        ui.submit(() -> { }).get(5, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
