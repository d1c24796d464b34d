package kiosk.peripherals.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InProcessChannelTest {

    private final InProcessChannel channel = new InProcessChannel("test");

    @Test
    void aPayloadLargerThanThePipeArrivesWholeAndInOrderWhileTheDeviceReads() throws Exception {
        ByteTransport host = channel.hostSide();
        ByteTransport device = channel.deviceSide();
        host.open();
        device.open();
        byte[] receipt = new byte[3 * 1024 * 1024 + 17]; // three times the pipe's limit: it must wrap and wait
        new Random(7).nextBytes(receipt);
        CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buffer = new byte[1000]; // odd reads, so the ring's ends move around
            try {
                while (got.size() < receipt.length) {
                    int n = device.read(buffer, Duration.ofSeconds(5));
                    assertThat(n).as("bytes keep coming").isPositive();
                    got.write(buffer, 0, n);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return got.toByteArray();
        });

        host.write(receipt, Duration.ofSeconds(30));

        assertThat(received.get(30, TimeUnit.SECONDS)).isEqualTo(receipt);
    }

    @Test
    void bothDirectionsAreIndependent() throws Exception {
        channel.hostSide().open();
        channel.deviceSide().open();
        channel.hostSide().write(new byte[] {1, 2, 3}, Duration.ofSeconds(1));
        channel.deviceSide().write(new byte[] {9}, Duration.ofSeconds(1));

        byte[] buffer = new byte[16];
        assertThat(channel.hostSide().read(buffer, Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(buffer[0]).isEqualTo((byte) 9);
        assertThat(channel.deviceSide().read(buffer, Duration.ofSeconds(1))).isEqualTo(3);
        assertThat(buffer).startsWith(1, 2, 3);
    }

    @Test
    void aReadWithNothingToReadReturnsNothingAfterItsTimeout() throws Exception {
        channel.hostSide().open();
        long began = System.nanoTime();
        assertThat(channel.hostSide().read(new byte[8], Duration.ofMillis(50))).isZero();
        assertThat(System.nanoTime() - began).isGreaterThanOrEqualTo(Duration.ofMillis(45).toNanos());
    }

    @Test
    void aWriteIntoAFullPipeThatNobodyReadsTimesOut() throws Exception {
        channel.hostSide().open();
        assertThatThrownBy(() -> channel.hostSide().write(new byte[1024 * 1024 + 1], Duration.ofMillis(100)))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("write timed out");
    }

    @Test
    void pullingTheCableLosesWhatWasInFlightAndFailsBothEnds() throws Exception {
        channel.hostSide().open();
        channel.deviceSide().open();
        channel.hostSide().write(new byte[] {1, 2, 3}, Duration.ofSeconds(1));

        channel.unplug();

        assertThatThrownBy(() -> channel.deviceSide().read(new byte[8], Duration.ofMillis(10)))
                .isInstanceOf(TransportException.class).hasMessageContaining("unplugged");
        channel.replug();
        assertThat(channel.deviceSide().read(new byte[8], Duration.ofMillis(10))).isZero();
    }
}
