package kiosk.app.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kiosk.config.bundle.SettingsBundle;
import kiosk.config.bundle.SigningKeys;
import kiosk.config.bundle.TrustedKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk applies only a desired configuration signed by a trusted operations key and not older than the
 * one running; every other offer is refused with its reason, remembered by version (not fetched again on
 * every beat), and the kiosk keeps running and reporting what it ran.
 */
class ConfigSyncTest {

    @TempDir
    Path dir;

    private final KeyPair operations = SigningKeys.generate();
    private final List<String> applied = new ArrayList<>();
    private final List<String> outcomes = new ArrayList<>();
    private final FakeLink link = new FakeLink();
    private FleetStore store;
    private ConfigSync sync;

    @BeforeEach
    void open() {
        store = FleetStore.open(dir.resolve("fleet.db"), Clock.systemUTC());
        store.running(5, Map.of("idleTimeoutSeconds", 90));
        ConfigApplier applier = new FleetSettingsApplier(period -> { }, settings -> applied.add(settings.toString()));
        sync = new ConfigSync(link, store, applier, TrustedKeys.of(operations.getPublic()), new ConfigSync.Outcomes() {
            @Override
            public void applied(int version) {
                outcomes.add("applied " + version);
            }

            @Override
            public void refused(int version, ConfigSync.Refusal reason, String detail) {
                outcomes.add(reason + " " + version);
            }
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SettingsBundle signed(int version, String document) {
        return SettingsBundle.sign(version, document, operations.getPrivate(), operations.getPublic());
    }

    private void offer(int version, SettingsBundle bundle) {
        link.offer = new FleetLink.DesiredConfig(version, bundle);
        sync.onAck(new FleetLink.HeartbeatAck(version, true));
    }

    @Test
    void aSignedNewerConfigurationIsAppliedRecordedAndReported() {
        offer(6, signed(6, "{\"idleTimeoutSeconds\":75}"));
        assertThat(applied).containsExactly("{idleTimeoutSeconds=75}");
        assertThat(outcomes).containsExactly("applied 6");
        assertThat(store.running().version()).isEqualTo(6);
        assertThat(sync.runningVersion()).isEqualTo(6);
        assertThat(link.reports).endsWith("6 {idleTimeoutSeconds=75}");
    }

    @Test
    void anUnsignedConfigurationIsRefusedAndNotFetchedAgain() {
        offer(6, null);
        offer(6, null);
        assertThat(outcomes).containsExactly("UNSIGNED 6");
        assertThat(link.fetches).isEqualTo(1);
        assertThat(applied).isEmpty();
        assertThat(store.running().version()).isEqualTo(5);
        assertThat(sync.refusedVersion()).isEqualTo(6);
    }

    @Test
    void aTamperedConfigurationIsRefused() {
        SettingsBundle good = signed(6, "{\"idleTimeoutSeconds\":75}");
        offer(6, new SettingsBundle(6, good.keyId(), good.signature(), "{\"idleTimeoutSeconds\":600}"));
        assertThat(outcomes).containsExactly("TAMPERED 6");
        // the version is signed too
        SettingsBundle seven = signed(7, "{\"idleTimeoutSeconds\":75}");
        offer(8, new SettingsBundle(8, seven.keyId(), seven.signature(), seven.document()));
        assertThat(outcomes).containsExactly("TAMPERED 6", "TAMPERED 8");
        assertThat(applied).isEmpty();
        assertThat(store.running().version()).isEqualTo(5);
    }

    @Test
    void aConfigurationSignedByAnUnknownKeyIsRefused() {
        KeyPair stranger = SigningKeys.generate();
        offer(6, SettingsBundle.sign(6, "{\"idleTimeoutSeconds\":75}", stranger.getPrivate(), stranger.getPublic()));
        assertThat(outcomes).containsExactly("UNKNOWN_KEY 6");
        assertThat(applied).isEmpty();
    }

    @Test
    void anOlderSignedConfigurationIsRefused() {
        // a genuine old bundle replayed (by a fleet restored from a backup, or an attacker on the path)
        offer(4, signed(4, "{\"idleTimeoutSeconds\":300}"));
        assertThat(outcomes).containsExactly("OLDER 4");
        assertThat(applied).isEmpty();
        assertThat(store.running().version()).isEqualTo(5);
    }

    @Test
    void aSignedButInvalidConfigurationIsRefused() {
        offer(6, signed(6, "{\"idleTimeoutSeconds\":5}"));
        offer(7, signed(7, "[1,2]"));
        assertThat(outcomes).containsExactly("INVALID 6", "INVALID 7");
        assertThat(store.running().version()).isEqualTo(5);
        // a later good one is applied: a refusal does not stick to the versions after it
        offer(8, signed(8, "{\"idleTimeoutSeconds\":75}"));
        assertThat(outcomes).endsWith("applied 8");
    }

    /** The fleet as the kiosk sees it: offers one desired configuration, records reports. */
    private static final class FakeLink implements FleetLink {
        FleetLink.DesiredConfig offer;
        int fetches;
        final List<String> reports = new ArrayList<>();

        @Override
        public HeartbeatAck heartbeat(Heartbeat heartbeat) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean send(UrgentEvent event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DesiredConfig desiredConfig() {
            fetches++;
            return offer;
        }

        @Override
        public void reportConfig(int version, Map<String, Object> config) {
            reports.add(version + " " + config);
        }
    }
}
