package kiosk.app.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on a file beside the journal, held for the journal's life: a second kiosk
 * process (or a second Journal in this one) on the same journal refuses to start instead of sending
 * the same queued operations twice. The OS drops the lock when the process dies, even by SIGKILL.
 */
final class JournalLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private JournalLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static JournalLock acquire(Path journalFile) {
        Path lockFile = journalFile.resolveSibling(journalFile.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw locked(null);
            }
            return new JournalLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw locked(e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new JournalException("cannot lock the journal", e);
        } catch (JournalException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static JournalException locked(Throwable cause) {
        return new JournalException(JournalException.Reason.LOCKED,
                "another kiosk process is using this journal", cause, null);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock failure is the one worth reporting
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock in any case
        }
    }
}
