package kiosk.app.flow;

/**
 * A dialog over the current screen, owned by the engine like the screen itself, so every view, test
 * and the gallery see the same thing: help for the step, or "leave the payment?" before a live order
 * is given up.
 */
public sealed interface Overlay {

    /**
     * Help at any hour: what this step needs ({@code stepKey}, a bundle key; {@code serviceStepKey} the
     * service's own words for the step when it has them, else null), where to get help, and whether
     * staff were called from this screen.
     */
    record Help(String stepKey, String serviceStepKey, Whereabouts where, boolean staffCalled) implements Overlay {
        public Help withStaffCalled() {
            return new Help(stepKey, serviceStepKey, where, true);
        }
    }

    /**
     * Back or Home was tapped while an order waits for its money: asks first and says what happens to
     * it. {@code home}: the visit ends after leaving (else the basket shows again).
     */
    record LeavePayment(boolean home, long amountCents) implements Overlay {
    }
}
