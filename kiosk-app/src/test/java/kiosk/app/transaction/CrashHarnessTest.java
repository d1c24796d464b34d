package kiosk.app.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kiosk.app.transaction.crash.CrashHarness;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small crash run: the stub in-process (it survives every kill), the kiosk core as a child JVM on the
 * test class path, killed with SIGKILL at random points. The full run is ./kiosk bench crash --cycles 100.
 */
class CrashHarnessTest {

    @TempDir
    Path dir;

    @Test
    void killedKioskNeitherLosesNorDuplicatesAnything() throws Exception {
        StubSettings settings = StubSettings.builder().port(0).db(dir.resolve("stub").toString()).seed(42)
                .generatedResidents(20).build();
        try (BackendStub stub = BackendStub.start(settings)) {
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            CrashHarness harness = new CrashHarness(stub.baseUrl(), dir, classpath, settings.adminToken());
            CrashHarness.Outcome outcome = harness.run(16, 7);
            assertThat(outcome.findings()).isEmpty();
            assertThat(outcome.summaryLine()).isEqualTo("cycles=16 lost=0 duplicated=0");
            assertThat(outcome.killed()).isPositive();
            // Aimed at each phase in turn: kills land in the late phases too, printing and the receipt record.
            assertThat(outcome.killsPerPhase().keySet()).containsExactlyElementsOf(kiosk.app.transaction.crash.CrashDriver.PHASES);
            assertThat(outcome.killsPerPhase().get("print") + outcome.killsPerPhase().get("record")).isPositive();
            assertThat(outcome.clean()).isTrue();
            assertThat(outcome.printed()).as("whole transactions completed").isPositive();
            assertThat(outcome.journalIntegrity()).isEqualTo("ok");
        }
    }
}
