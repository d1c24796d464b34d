package kiosk.app.cli;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.assembly.Operations;
import kiosk.app.ops.PulseMonitor;
import kiosk.app.ui.FxFonts;
import kiosk.app.ui.FxRuntime;
import kiosk.app.ui.KioskWindow;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;

/**
 * One measured idle kiosk, in a fresh JVM: the whole kiosk (demo devices, a stub backend) on its attract
 * screen with the UI liveness hook of the given mode, then the process's CPU time over a window. Modes:
 * {@code none} (no hook), {@code timer} (an AnimationTimer pulsing the monitor every frame, as before),
 * {@code probe} (PulseMonitor's probes). Prints "CPU cpuNanos wallNanos samples maxSinceLastNanos" (the
 * monitor's seconds-since-last-answer, sampled twice a second: what the ops port would report) and exits.
 */
public final class IdleCpuProbe {

    private IdleCpuProbe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        URI backend = URI.create(args[1]);
        Duration warmup = Duration.parse(args[2]);
        Duration window = Duration.parse(args[3]);
        if (!Boolean.getBoolean("kiosk.bench.display")) {
            FxRuntime.useHeadless(1280, 800);
        }
        Path dir = Files.createTempDirectory("kiosk-idle");
        KioskConfig base = DemoConfig.load();
        KioskConfig config = base.withBackend(base.backend().withBaseUrl(backend))
                .withJournal(new KioskConfig.Journal(dir.resolve("journal.db")));
        KioskAssembly kiosk = KioskAssembly.start(config, new Operations.Settings(java.net.InetAddress.getLoopbackAddress(), 0,
                dir.resolve("fleet.db"), Duration.ofSeconds(5)));
        FxRuntime.start();
        FxFonts.load();
        PulseMonitor pulse = kiosk.operations().pulse();
        AtomicLong samples = new AtomicLong();
        AtomicLong maxGap = new AtomicLong();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            KioskWindow.show(new Stage(), kiosk.messages(), kiosk.flow(), kiosk.admin().model(), false, "idle");
            switch (mode) {
                case "timer" -> new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        pulse.pulse();
                    }
                }.start();
                case "probe" -> pulse.start(Platform::runLater,
                        Duration.ofMillis(Long.getLong("kiosk.bench.probe-period", PulseMonitor.DEFAULT_PERIOD.toMillis())));
                case "none" -> { }
                default -> throw new IllegalArgumentException("mode none, timer or probe");
            }
            shown.countDown();
        });
        shown.await();
        Thread.sleep(warmup.toMillis());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        // what the ops port would report: the time since the UI last answered, sampled twice a second
        long deadline = wall0 + window.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            double s = pulse.secondsSinceLastPulse();
            if (s >= 0) {
                samples.incrementAndGet();
                maxGap.accumulateAndGet((long) (s * 1e9), Math::max);
            }
        }
        long cpu = os.getProcessCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        System.out.printf("CPU %d %d %d %d%n", cpu, wall, samples.get(), maxGap.get());
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
