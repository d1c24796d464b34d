package kiosk.app.backend;

import kiosk.config.KioskConfig;

/** Builds the backend the kiosk uses: the plain HTTP client wrapped in its resilience decorator. */
public final class KioskBackends {

    private KioskBackends() {
    }

    /** Plain HTTP (the demo on loopback). */
    public static ResilientKioskBackend create(KioskConfig config) {
        return create(config, null, ResiliencePolicy.kioskDefaults());
    }

    /** Mutual TLS when {@code tls} is given. */
    public static ResilientKioskBackend create(KioskConfig config, BackendTls tls, ResiliencePolicy policy) {
        HttpKioskBackend http = new HttpKioskBackend(config.backend(), config.kioskId(), tls);
        return new ResilientKioskBackend(http, policy, http.callTimeout());
    }
}
