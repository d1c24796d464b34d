package kiosk.app.fleet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desired vs running configuration: when a heartbeat's answer names another version than the one running,
 * fetch the desired configuration, apply it, record it as running and report it. A refused configuration
 * is remembered by version so it is not fetched on every beat; the kiosk reports what it still runs.
 */
public final class ConfigSync {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigSync.class);

    private final FleetLink link;
    private final FleetStore store;
    private final ConfigApplier applier;
    private volatile int desired;
    private volatile int refused = -1;
    private volatile boolean reported;

    public ConfigSync(FleetLink link, FleetStore store, ConfigApplier applier) {
        this.link = link;
        this.store = store;
        this.applier = applier;
        this.desired = store.running().version();
    }

    public int runningVersion() {
        return store.running().version();
    }

    public int desiredVersion() {
        return desired;
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
            FleetLink.DesiredConfig config = link.desiredConfig();
            desired = config.version();
            if (config.version() == running) {
                return;
            }
            try {
                applier.apply(config.version(), config.config());
            } catch (ConfigApplier.Refused e) {
                refused = config.version();
                LOG.warn("configuration version {} refused: {}", config.version(), e.getMessage());
                return;
            }
            store.running(config.version(), config.config());
            reported = false;
            LOG.info("configuration version {} applied", config.version());
            link.reportConfig(config.version(), config.config());
            reported = true;
        } catch (FleetException e) {
            LOG.info("configuration not synchronised: {}", e.code());
        }
    }
}
