package kiosk.app.admin;

import java.time.Clock;
import kiosk.config.KioskConfig;

/**
 * How much receipt paper is left, estimated from what was printed since staff last pressed "paper
 * refilled": the printer's own near-end sensor says only "low", too late to plan a visit.
 */
public final class PaperGauge {

    private final AuditStore store;
    private final Clock clock;
    private volatile KioskConfig.Paper paper;

    public PaperGauge(AuditStore store, KioskConfig.Paper paper, Clock clock) {
        this.store = store;
        this.paper = paper;
        this.clock = clock;
    }

    /** A receipt of this length (mm) was printed. */
    public void printed(String deviceId, double mm) {
        store.printed(deviceId, mm, clock.instant());
    }

    public void refilled(String deviceId) {
        store.refilled(deviceId, clock.instant());
    }

    /** Estimated paper left on the roll, in mm (a full roll when no refill was ever recorded). */
    public int remainingMm(String deviceId) {
        double used = store.paper(deviceId).map(AuditStore.PaperState::printedMm).orElse(0.0);
        return (int) Math.max(0, paper.rollLengthMm() - used);
    }

    public boolean low(String deviceId) {
        return remainingMm(deviceId) <= paper.lowWarningMm();
    }

    void configured(KioskConfig.Paper newPaper) {
        this.paper = newPaper;
    }
}
