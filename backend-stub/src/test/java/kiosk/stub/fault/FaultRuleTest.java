package kiosk.stub.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Path globs, method filters and the draw order of a rule. */
class FaultRuleTest {

    static FaultRule rule(String path, List<String> methods, Double errorRate, Double resetRate, Integer limit) {
        return new FaultRule(path, methods, null, null, errorRate, null, resetRate, null, null, null, null, null, null, limit);
    }

    @Test
    void singleStarIsOneSegmentDoubleStarIsAnything() {
        FaultRule one = rule("/api/v1/payments/orders/*/pay", null, 1.0, null, null);
        assertThat(one.matches("POST", "/api/v1/payments/orders/O-1/pay")).isTrue();
        assertThat(one.matches("POST", "/api/v1/payments/orders/O-1/x/pay")).isFalse();
        FaultRule any = rule("/api/v1/**", List.of("post"), 1.0, null, null);
        assertThat(any.matches("POST", "/api/v1/payments/orders/O-1/pay")).isTrue();
        assertThat(any.matches("GET", "/api/v1/health")).isFalse();
        assertThat(any.matches("POST", "/admin/reset")).isFalse();
        assertThat(rule("/api/v1/a.b", null, 1.0, null, null).matches("GET", "/api/v1/aXb")).as("dots are literal").isFalse();
    }

    @Test
    void firstMatchingRuleWinsAndLimitsCount() {
        FaultInjector injector = new FaultInjector();
        injector.configure(FaultSettings.of(1, rule("/api/v1/health", null, null, 1.0, 1), rule("/api/v1/**", null, 1.0, null, null)));
        List<FaultInjector.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            outcomes.add(injector.decide("GET", "/api/v1/health").outcome());
        }
        assertThat(outcomes).containsExactly(FaultInjector.Outcome.RESET, FaultInjector.Outcome.NONE, FaultInjector.Outcome.NONE);
        assertThat(injector.decide("GET", "/api/v1/other").outcome()).isEqualTo(FaultInjector.Outcome.ERROR);
        assertThat(injector.decide("GET", "/openapi.json").isNone()).isTrue();
        assertThat(injector.stats()).extracting(FaultInjector.RuleStats::faulted).containsExactly(1L, 1L);
    }

    @Test
    void nonsenseRulesAreRejected() {
        assertThatThrownBy(() -> rule("", null, 0.1, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule("/x", null, 1.5, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule("/x", null, 0.6, 0.6, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule("/x", null, 0.1, null, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaultRule("/x", null, -1, null, null, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaultRule("/x", null, null, null, 0.1, 404, null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
