package kiosk.app.backend;

import java.io.IOException;
import kiosk.config.KioskConfig;

/** Builds the backend the kiosk uses: the plain HTTP client wrapped in its resilience decorator. */
public final class KioskBackends {

    private KioskBackends() {
    }

    /** As configured: mutual TLS when backend.tls is set, plain HTTP otherwise (the demo on loopback). */
    public static ResilientKioskBackend create(KioskConfig config) {
        KioskConfig.Tls tls = config.backend().tls();
        if (tls == null) {
            return create(config, null, ResiliencePolicy.kioskDefaults());
        }
        try {
            return create(config, BackendTls.fromPemFiles(tls.identity(), tls.backendCa(), tls.pins()),
                    ResiliencePolicy.kioskDefaults());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("backend.tls: cannot load the kiosk certificate or the backend CA ("
                    + tls.identity() + ", " + tls.backendCa() + "): " + e.getMessage(), e);
        }
    }

    /**
     * A plain client for the health probe: the same backend and TLS, short timeouts of its own, no
     * retry and no circuit breaker, so each probe is one quick honest look.
     */
    public static HttpKioskBackend probe(KioskConfig config, java.time.Duration timeout) {
        KioskConfig.Backend b = config.backend();
        KioskConfig.Backend quick = new KioskConfig.Backend(b.baseUrl(), b.apiKey(), timeout, timeout, timeout, b.tls());
        KioskConfig.Tls tls = b.tls();
        if (tls == null) {
            return new HttpKioskBackend(quick, config.kioskId());
        }
        try {
            return new HttpKioskBackend(quick, config.kioskId(), BackendTls.fromPemFiles(tls.identity(), tls.backendCa(), tls.pins()));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("backend.tls: cannot load the kiosk certificate or the backend CA: " + e.getMessage(), e);
        }
    }

    /** Mutual TLS when {@code tls} is given. */
    public static ResilientKioskBackend create(KioskConfig config, BackendTls tls, ResiliencePolicy policy) {
        HttpKioskBackend http = new HttpKioskBackend(config.backend(), config.kioskId(), tls);
        return new ResilientKioskBackend(http, policy, http.callTimeout());
    }
}
