package kiosk.app.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import kiosk.app.assembly.OutageRule.Verdict;
import org.junit.jupiter.api.Test;

class OutageRuleTest {

    private final OutageRule rule = new OutageRule();

    @Test
    void oneLostAnswerIsLookedAtAgainNotReportedAsAnOutage() {
        assertThat(rule.look(true)).isEqualTo(Verdict.UP);
        assertThat(rule.look(false)).isEqualTo(Verdict.LOOK_AGAIN);
        assertThat(rule.look(true)).isEqualTo(Verdict.UP);
        assertThat(rule.look(false)).as("the count starts again after a good answer").isEqualTo(Verdict.LOOK_AGAIN);
    }

    @Test
    void twoFailedLooksInARowAreAnOutageAndItLastsUntilTheFirstGoodAnswer() {
        rule.look(false);
        assertThat(rule.look(false)).isEqualTo(Verdict.DOWN);
        assertThat(rule.look(false)).as("known down: every further failure says so at once").isEqualTo(Verdict.DOWN);
        assertThat(rule.look(true)).isEqualTo(Verdict.UP);
        assertThat(rule.look(false)).isEqualTo(Verdict.LOOK_AGAIN);
    }

    @Test
    void aKioskStartingWithTheBackendDownAlsoLooksTwice() {
        assertThat(rule.look(false)).isEqualTo(Verdict.LOOK_AGAIN);
        assertThat(rule.look(false)).isEqualTo(Verdict.DOWN);
    }
}
