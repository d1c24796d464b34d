package kiosk.app.flow;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import kiosk.app.model.BackendException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the engine leaves its lock and the JavaFX thread: a task runs on the I/O executor; its
 * result is applied under the engine's lock only if the visit it belongs to is still the current one (a
 * resident who timed out never sees the previous resident's data); every failure becomes a {@link Problem}.
 */
public final class Io {

    private static final Logger LOG = LoggerFactory.getLogger(Io.class);

    private final Executor executor;

    public Io(Executor executor) {
        this.executor = executor;
    }

    /** Work that may block (backend, journal, printer). */
    @FunctionalInterface
    public interface Task<T> {
        T run() throws BackendException;
    }

    <T> void run(long visit, VisitEngine engine, Task<T> task, Consumer<T> onOk, Consumer<Problem> onProblem) {
        executor.execute(() -> {
            T value;
            try {
                value = task.run();
            } catch (BackendException e) {
                LOG.info("Backend call failed: {} {}", e.kind(), e.code());
                Problem problem = Problems.of(e);
                engine.applyIf(visit, () -> onProblem.accept(problem));
                return;
            } catch (KioskOutOfService e) {
                LOG.error("The kiosk goes out of service: {}", e.staffKey(), e.getCause());
                engine.outOfService(e.staffKey());
                engine.applyIf(visit, () -> onProblem.accept(Problems.outOfService()));
                return;
            } catch (RuntimeException e) {
                LOG.error("A step failed unexpectedly", e);
                engine.applyIf(visit, () -> onProblem.accept(Problems.unexpected()));
                return;
            }
            engine.applyIf(visit, () -> {
                try {
                    onOk.accept(value);
                } catch (RuntimeException e) {
                    // A declaration that breaks (a slot nothing filled) must not leave "one moment" on screen.
                    LOG.error("A step could not use its answer", e);
                    onProblem.accept(Problems.unexpected());
                }
            });
        });
    }

    /**
     * Work the resident never waits for and whose outcome changes no screen (an unpaid application withdrawn
     * after the visit ended): run on the executor, a failure logged by its kind and code only (never its
     * message, which may carry personal data).
     */
    void background(String what, Task<?> task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                    LOG.info("{}: done", what);
                } catch (BackendException e) {
                    LOG.warn("{}: not done ({} {})", what, e.kind(), e.code());
                } catch (RuntimeException e) {
                    LOG.error("{}: failed unexpectedly ({})", what, e.getClass().getName());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("{}: not run, the kiosk is closing", what);
        }
    }

    void execute(Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Background work failed unexpectedly", e);
            }
        });
    }
}
