package kiosk.app.e2e;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Looks at the live scene on the JavaFX thread. A lookup from the test thread walks children lists
 * that the JavaFX thread may be replacing at that moment (a screen change driven by a device or the
 * backend): in CI one such walk ended in an IndexOutOfBoundsException instead of "not yet".
 */
public final class OnFx {

    private OnFx() {
    }

    /** The answer of {@code question}, asked on the JavaFX thread. */
    public static <T> T ask(Callable<T> question) {
        try {
            return WaitForAsyncUtils.asyncFx(question).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the JavaFX thread", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer within 10 s", e);
        }
    }

    /** Whether a node matching {@code query} is in the scene now. */
    public static boolean shows(FxRobot robot, String query) {
        return ask(() -> robot.lookup(query).tryQuery().isPresent());
    }
}
