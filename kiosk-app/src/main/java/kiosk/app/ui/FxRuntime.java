package kiosk.app.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Starting the JavaFX toolkit outside Application.launch: headless (Monocle) for renders and benchmarks. */
public final class FxRuntime {

    private static boolean started;
    // JavaFX warns that it runs from the class path, which is how this kiosk runs on purpose; kept
    // referenced so the level sticks.
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private FxRuntime() {
    }

    /** Selects Monocle's headless screen; must run before the toolkit starts. */
    public static void useHeadless(int width, int height) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", width + "x" + height + "-32");
    }

    /**
     * Starts the toolkit and loads the shipped faces on another thread, so both come up while the kiosk
     * reads its configuration; {@link #start()} and {@link FxFonts#load()} then wait for them.
     */
    public static void startInBackground() {
        Thread starter = new Thread(() -> {
            try {
                start();
                FxFonts.load();
            } catch (RuntimeException e) {
                // the caller's own start() or FxFonts.load() meets the same failure and reports it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fx-start");
        starter.setDaemon(true);
        starter.start();
    }

    public static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        boundTextLayoutCache();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Platform.startup(() -> ready.complete(null));
        try {
            ready.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
        Platform.setImplicitExit(false);
        started = true;
        FxServiceHooks.install(); // systemd readiness and the FX-thread watchdog, when systemd runs us
    }

    /**
     * JavaFX keeps the layout of every short text it has drawn until 65,536 characters are cached, then
     * drops them all. The kiosk's changing texts (countdowns, amounts, references, times) fill that over
     * thousands of visits: bounded, but a 3 MB sawtooth in a 160 MB heap, which hides a real leak in a
     * soak. 4,096 characters still hold every fixed label of a screen, at a sixteenth of the memory.
     * Read once, when JavaFX's font factory loads; an explicit -Dprism.cacheLayoutSize wins.
     */
    static final String TEXT_LAYOUT_CACHE_CHARS = "4096";

    private static void boundTextLayoutCache() {
        if (System.getProperty("prism.cacheLayoutSize") == null) {
            System.setProperty("prism.cacheLayoutSize", TEXT_LAYOUT_CACHE_CHARS);
        }
    }

    /** Runs on the FX thread and waits for the result (never call this from the FX thread). */
    public static <T> T call(Supplier<T> work) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("FX work timed out", e);
        }
    }
}
