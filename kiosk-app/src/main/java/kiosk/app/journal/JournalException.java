package kiosk.app.journal;

/** The journal could not be read or written (disk full, corrupt file): the kiosk must stop selling. */
public final class JournalException extends RuntimeException {

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
