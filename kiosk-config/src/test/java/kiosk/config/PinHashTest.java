package kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PinHashTest {

    @Test
    void matchesOnlyThePinItWasMadeFrom() {
        PinHash hash = PinHash.create("246810".toCharArray(), 2_000);
        assertThat(hash.matches("246810".toCharArray())).isTrue();
        assertThat(hash.matches("246811".toCharArray())).isFalse();
        assertThat(hash.matches("".toCharArray())).isFalse();
    }

    @Test
    void theTextFormReadsBackAndIsSaltedEveryTime() {
        PinHash a = PinHash.create("246810".toCharArray(), 2_000);
        PinHash b = PinHash.create("246810".toCharArray(), 2_000);
        assertThat(a.text()).startsWith("pbkdf2-sha256:2000:").isNotEqualTo(b.text());
        assertThat(PinHash.parse(a.text())).isEqualTo(a);
        assertThat(PinHash.parse(a.text()).matches("246810".toCharArray())).isTrue();
        assertThat(a.toString()).doesNotContain(a.text().substring(20));
    }

    @Test
    void theDefaultIsSlow() {
        PinHash hash = PinHash.create("1".toCharArray(), PinHash.DEFAULT_ITERATIONS);
        long start = System.nanoTime();
        hash.matches("2".toCharArray());
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms per guess").isGreaterThanOrEqualTo(20);
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> PinHash.parse("246810")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PinHash.parse("pbkdf2-sha256:10:AAAA:BBBB")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PinHash.parse("md5:1000:AAAAAAAAAAAAAAAAAAAAAA==:AAAA")).isInstanceOf(IllegalArgumentException.class);
    }
}
