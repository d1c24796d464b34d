package kiosk.app.fleet;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import kiosk.config.ConfigException;
import kiosk.config.bundle.SettingsBundle;
import kiosk.config.bundle.TrustedKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desired vs running configuration: when a heartbeat's answer names another version than the one running,
 * fetch the desired configuration, check it is signed by a trusted operations key and not older than what
 * runs, apply it, record it as running and report it. A refused configuration is remembered by version so
 * it is not fetched on every beat, logged with its reason and told to {@link Outcomes} (the assembly raises
 * an urgent event, so it shows on the fleet page and holds a staged rollout); the kiosk keeps reporting what
 * it still runs.
 */
public final class ConfigSync {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigSync.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    /** Why a desired configuration was not applied. */
    public enum Refusal {
        /** The fleet sent no signature. */
        UNSIGNED,
        /** The signature does not cover these settings or this version. */
        TAMPERED,
        /** Signed by a key this kiosk does not trust. */
        UNKNOWN_KEY,
        /** Signed, but older than the version running (a replay could undo a fix). */
        OLDER,
        /** Signed and newer, but not settings this kiosk can run. */
        INVALID
    }

    /** Told what became of each desired configuration (on the heartbeat's thread). */
    public interface Outcomes {
        Outcomes NONE = new Outcomes() {
        };

        default void applied(int version) {
        }

        /** detail names the rule or key id, never personal data. */
        default void refused(int version, Refusal reason, String detail) {
        }
    }

    private final FleetLink link;
    private final FleetStore store;
    private final ConfigApplier applier;
    private final TrustedKeys trusted;
    private final Outcomes outcomes;
    private final ObjectMapper json = new ObjectMapper();
    private volatile int desired;
    private volatile int refused = -1;
    private volatile boolean reported;

    public ConfigSync(FleetLink link, FleetStore store, ConfigApplier applier, TrustedKeys trusted, Outcomes outcomes) {
        this.link = link;
        this.store = store;
        this.applier = applier;
        this.trusted = trusted;
        this.outcomes = outcomes;
        this.desired = store.running().version();
    }

    public int runningVersion() {
        return store.running().version();
    }

    public int desiredVersion() {
        return desired;
    }

    /** The desired version refused last, -1 when none was. */
    public int refusedVersion() {
        return refused;
    }

    /** Called with each heartbeat answer, on the heartbeat's thread (it blocks on the network). */
    public void onAck(FleetLink.HeartbeatAck ack) {
        desired = ack.desiredConfigVersion();
        FleetStore.RunningConfig running0 = store.running();
        int running = running0.version();
        try {
            if (!reported && running > 0) {
                // after a start, or after a report that did not arrive: say what runs
                link.reportConfig(running, running0.config());
                reported = true;
            }
            if (ack.desiredConfigVersion() == running || ack.desiredConfigVersion() == refused) {
                return;
            }
            FleetLink.DesiredConfig offer = link.desiredConfig();
            desired = offer.version();
            if (offer.version() == running || offer.version() == refused) {
                return;
            }
            SettingsBundle bundle = offer.bundle();
            if (bundle == null) {
                refuse(offer.version(), Refusal.UNSIGNED, "no signature");
                return;
            }
            if (trusted.find(bundle.keyId()).isEmpty()) {
                refuse(offer.version(), Refusal.UNKNOWN_KEY, "key " + bundle.keyId());
                return;
            }
            String document;
            try {
                document = bundle.verify(trusted, "fleet");
            } catch (ConfigException e) {
                refuse(offer.version(), Refusal.TAMPERED, "signature does not match");
                return;
            }
            if (bundle.version() < running) {
                refuse(offer.version(), Refusal.OLDER, "version " + bundle.version() + " < running " + running);
                return;
            }
            if (bundle.version() == running) {
                return;
            }
            Map<String, Object> config;
            try {
                config = json.readValue(document, MAP);
                applier.apply(bundle.version(), config);
            } catch (IOException e) {
                refuse(offer.version(), Refusal.INVALID, "not a JSON object");
                return;
            } catch (ConfigApplier.Refused e) {
                refuse(offer.version(), Refusal.INVALID, e.getMessage());
                return;
            }
            store.running(bundle.version(), config);
            reported = false;
            LOG.info("configuration version {} applied (signed by {})", bundle.version(), bundle.keyId());
            outcomes.applied(bundle.version());
            link.reportConfig(bundle.version(), config);
            reported = true;
        } catch (FleetException e) {
            LOG.info("configuration not synchronised: {}", e.code());
        }
    }

    private void refuse(int version, Refusal reason, String detail) {
        refused = version;
        LOG.warn("configuration version {} refused ({}): {}; still running version {}", version, reason, detail, runningVersion());
        outcomes.refused(version, reason, detail);
    }
}
