package kiosk.app.journal;

import java.nio.file.Path;

/**
 * The journal could not be read or written: the kiosk must stop selling until it can. {@link #reason()}
 * says why, so the kiosk can tell staff what to do ({@link #staffMessageKey()}); nothing committed
 * before the failure is lost.
 */
public final class JournalException extends RuntimeException {

    /** Why the journal failed. */
    public enum Reason {
        /** The disk (or the journal's page limit) is full: the write was rolled back. */
        DISK_FULL,
        /** The file is damaged: it was moved aside untouched ({@link #quarantined()}) for staff. */
        CORRUPT,
        /** Another kiosk process holds this journal: this one must not start. */
        LOCKED,
        /** Any other I/O or SQL failure. */
        IO
    }

    private final Reason reason;
    private final transient Path quarantined;

    public JournalException(String message, Throwable cause) {
        this(Reason.IO, message, cause, null);
    }

    public JournalException(Reason reason, String message, Throwable cause, Path quarantined) {
        super(message, cause);
        this.reason = reason;
        this.quarantined = quarantined;
    }

    public Reason reason() {
        return reason;
    }

    /** Where a damaged journal was moved (its money records are kept there byte for byte), or null. */
    public Path quarantined() {
        return quarantined;
    }

    /** Bundle key of the words staff read on the out-of-service screen. */
    public String staffMessageKey() {
        return "journal.fault." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
