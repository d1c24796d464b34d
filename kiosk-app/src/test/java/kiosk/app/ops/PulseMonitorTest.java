package kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Probes posted to the UI thread: the time one waits is the gap; none is posted while one waits. */
class PulseMonitorTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final PulseMonitor monitor = new PulseMonitor(clock::get);
    private final List<Runnable> uiQueue = new ArrayList<>(); // stands in for the FX thread's queue
    private final List<Long> gaps = new ArrayList<>();

    private void runUi() {
        List<Runnable> due = new ArrayList<>(uiQueue);
        uiQueue.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void aFrozenUiIsOneLongGapAndTheTimeSinceItRanGrows() {
        monitor.listen(gaps::add);
        assertThat(monitor.secondsSinceLastPulse()).isNegative(); // no UI answered yet
        assertThat(monitor.probe(uiQueue::add)).isTrue();
        clock.addAndGet(2_000_000L);
        runUi();
        assertThat(gaps).containsExactly(2_000_000L);
        assertThat(monitor.secondsSinceLastPulse()).isZero();

        assertThat(monitor.probe(uiQueue::add)).isTrue(); // the UI freezes with this probe waiting
        for (int i = 0; i < 30; i++) {
            clock.addAndGet(100_000_000L);
            assertThat(monitor.probe(uiQueue::add)).as("no second probe while one waits").isFalse();
        }
        assertThat(monitor.secondsSinceLastPulse()).isEqualTo(3.0);
        assertThat(uiQueue).hasSize(1);
        runUi();
        assertThat(gaps).containsExactly(2_000_000L, 3_000_000_000L);
        assertThat(monitor.probe(uiQueue::add)).isTrue();
    }

    @Test
    void aStoppedToolkitEndsProbingWithoutAnError() {
        assertThat(monitor.probe(r -> {
            throw new IllegalStateException("Toolkit not initialized");
        })).isFalse();
        assertThat(monitor.probe(uiQueue::add)).isTrue();
    }

    @Test
    void onItsOwnThreadItProbesUntilClosed() throws Exception {
        PulseMonitor real = new PulseMonitor();
        java.util.concurrent.ExecutorService ui = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            real.start(ui::execute, java.time.Duration.ofMillis(10));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> real.secondsSinceLastPulse() >= 0);
            real.close();
            Thread.sleep(100);
            assertThat(real.secondsSinceLastPulse()).isGreaterThanOrEqualTo(0.05); // no probes after close
        } finally {
            real.close();
            ui.shutdownNow();
        }
    }
}
