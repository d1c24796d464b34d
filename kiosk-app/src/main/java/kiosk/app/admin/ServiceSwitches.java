package kiosk.app.admin;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import kiosk.config.KioskConfig;
import kiosk.config.Localized;

/**
 * The services residents can use right now: the configuration's {@code services} with what staff
 * disabled in admin mode laid over it (kept in the {@link AuditStore}, so a restart keeps them). The
 * resident flow reads {@link #current()} instead of {@code config.services()}.
 */
public final class ServiceSwitches {

    private final AuditStore store;
    private final AtomicReference<KioskConfig.Services> configured;

    public ServiceSwitches(AuditStore store, KioskConfig.Services configured) {
        this.store = store;
        this.configured = new AtomicReference<>(configured);
    }

    public KioskConfig.Services current() {
        KioskConfig.Services services = configured.get();
        for (Map.Entry<String, String[]> e : store.disabledServices().entrySet()) {
            String[] r = e.getValue();
            services = services.disable(e.getKey(), Localized.of(r[0], r[1], r[2]));
        }
        return services;
    }

    public void disable(String serviceId, Localized reason) {
        store.disableService(serviceId, reason.byTag().getOrDefault("zh-CN", ""),
                reason.byTag().getOrDefault("zh-TW", reason.byTag().getOrDefault("zh-CN", "")),
                reason.byTag().getOrDefault("en", reason.byTag().getOrDefault("zh-CN", "")));
    }

    /** Enables what staff disabled; a service the configuration disables stays disabled until the file changes. */
    public void enable(String serviceId) {
        store.enableService(serviceId);
    }

    /** After a configuration reload. */
    public void configured(KioskConfig.Services services) {
        configured.set(services);
    }
}
