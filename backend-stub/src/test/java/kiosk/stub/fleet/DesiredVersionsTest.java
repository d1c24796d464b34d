package kiosk.stub.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache in front of desired versions: read once, forgotten on a change, never keeping a read that raced one. */
class DesiredVersionsTest {

    private final DesiredVersions cache = new DesiredVersions();
    private final AtomicInteger inH2 = new AtomicInteger(1);
    private final AtomicInteger reads = new AtomicInteger();

    private int answer(String kioskId) throws Exception {
        return cache.of(kioskId, id -> {
            reads.incrementAndGet();
            return inH2.get();
        });
    }

    @Test
    void readsOnceAndAgainAfterAChange() throws Exception {
        assertThat(answer("K-1")).isEqualTo(1);
        assertThat(answer("K-1")).isEqualTo(1);
        assertThat(reads).hasValue(1);
        inH2.set(2);
        cache.changed("K-1");
        assertThat(answer("K-1")).isEqualTo(2);
        inH2.set(3);
        cache.changedAll();
        assertThat(answer("K-1")).isEqualTo(3);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aReadThatRacedAChangeIsNotKept() throws Exception {
        // The read sees the old version; the change commits and is announced before the read is cached.
        int stale = cache.of("K-1", id -> {
            int old = inH2.get();
            inH2.set(2);
            cache.changedAll();
            return old;
        });
        assertThat(stale).isEqualTo(1); // answered as read: the beat came before the change
        assertThat(answer("K-1")).isEqualTo(2); // but not kept
    }
}
