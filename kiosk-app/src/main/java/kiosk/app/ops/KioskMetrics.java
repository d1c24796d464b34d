package kiosk.app.ops;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.device.PrinterDetail;

/**
 * The kiosk's Prometheus metrics. One prefix (kiosk_), base units (seconds), counters end in _total,
 * build metadata in kiosk_build_info. Labels are device ids and enum names from the configuration and the
 * code, route templates and service names from closed lists: never a resident's data, never an unbounded
 * value. States are state sets (one series per state, 1 for the current one), so a rule can match any.
 */
public final class KioskMetrics {

    /** Transaction outcomes counted by name; any other becomes "other". */
    public static final Set<String> OUTCOMES = Set.of("completed", "refused", "failed", "abandoned", "timed_out", "cancelled");
    private static final Set<String> CALL_OUTCOMES = Set.of("ok", "refused", "unreachable", "timeout", "server_error",
            "bad_response", "unauthorized", "circuit_open", "busy");
    private static final Set<String> CIRCUIT_STATES = Set.of("closed", "open", "half_open", "disabled", "forced_open", "metrics_only");
    private static final Pattern ROUTE = Pattern.compile("[A-Z]{3,7} [a-z0-9/{}._-]{1,60}");
    private static final int MAX_ROUTES = 40;

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final OpsSources sources;
    private final Counter transactions;
    private final Histogram backendLatency;
    private final Histogram frameGaps;
    private final Set<String> routes = ConcurrentHashMap.newKeySet();

    public KioskMetrics(OpsSources sources) {
        this.sources = sources;
        Info.builder().name("kiosk_build_info").help("Software running on this kiosk").labelNames("version", "java_version")
                .register(registry).setLabelValues(sources.softwareVersion(), System.getProperty("java.version", "unknown"));
        GaugeWithCallback.builder().name("kiosk_device_state").help("Device state (1 for the current state of each device)")
                .labelNames("device", "kind", "state").callback(cb -> {
                    for (Device d : sources.devices().devices()) {
                        DeviceState now = d.status().state();
                        for (DeviceState s : DeviceState.values()) {
                            cb.call(s == now ? 1 : 0, d.id(), d.kind().name().toLowerCase(Locale.ROOT), s.name().toLowerCase(Locale.ROOT));
                        }
                    }
                }).register(registry);
        GaugeWithCallback.builder().name("kiosk_printer_paper_state").help("Printer paper (1 for the current state)")
                .labelNames("device", "state").callback(cb -> {
                    for (Device d : sources.devices().devices()) {
                        if (d.status().detail() instanceof PrinterDetail p) {
                            for (PrinterDetail.Paper s : PrinterDetail.Paper.values()) {
                                cb.call(s == p.paper() ? 1 : 0, d.id(), s.name().toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                }).register(registry);
        GaugeWithCallback.builder().name("kiosk_device_reconnect_attempts").help("Failed reconnects since the device was last open")
                .labelNames("device").callback(cb -> sources.devices().devices()
                        .forEach(d -> cb.call(sources.devices().reconnectAttempts(d.id()), d.id()))).register(registry);
        this.transactions = Counter.builder().name("kiosk_transactions_total").help("Resident transactions by service and outcome")
                .labelNames("service", "outcome").register(registry);
        this.backendLatency = Histogram.builder().name("kiosk_backend_request_duration_seconds")
                .help("Backend exchanges by route template and outcome").labelNames("route", "outcome").classicOnly()
                .classicUpperBounds(0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8).register(registry);
        GaugeWithCallback.builder().name("kiosk_backend_circuit_state").help("Backend circuit breaker (1 for the current state)")
                .labelNames("state").callback(cb -> {
                    String now = sources.circuitState().get().toLowerCase(Locale.ROOT);
                    CIRCUIT_STATES.forEach(s -> cb.call(s.equals(now) ? 1 : 0, s));
                }).register(registry);
        backlogGauges("kiosk_journal_backlog_operations", "kiosk_journal_oldest_operation_age_seconds",
                "Journaled backend operations waiting to be sent", "Age of the oldest waiting journal operation", sources.journalBacklog());
        backlogGauges("kiosk_urgent_events_pending", "kiosk_urgent_events_oldest_age_seconds",
                "Urgent events journaled and not yet delivered", "Age of the oldest undelivered urgent event", sources.urgentBacklog());
        GaugeWithCallback.builder().name("kiosk_call_staff_waiting_seconds").help("How long a resident's call for staff has waited (0: none)")
                .callback(cb -> cb.call(sources.callStaffSince().get().map(this::age).orElse(0.0))).register(registry);
        GaugeWithCallback.builder().name("kiosk_fleet_heartbeat_last_success_timestamp_seconds")
                .help("When the fleet last acknowledged a heartbeat (Unix time; 0: never)")
                .callback(cb -> cb.call(sources.lastHeartbeat().get().map(t -> t.toEpochMilli() / 1000.0).orElse(0.0))).register(registry);
        GaugeWithCallback.builder().name("kiosk_config_version").help("Configuration version running and desired by the fleet")
                .labelNames("which").callback(cb -> {
                    cb.call(sources.runningConfigVersion().getAsInt(), "running");
                    cb.call(sources.desiredConfigVersion().getAsInt(), "desired");
                }).register(registry);
        GaugeWithCallback.builder().name("kiosk_ui_seconds_since_last_frame").help("Time since the UI thread last rendered a frame")
                .callback(cb -> {
                    double gap = sources.pulse().secondsSinceLastPulse();
                    if (gap >= 0) {
                        cb.call(gap);
                    }
                }).register(registry);
        this.frameGaps = Histogram.builder().name("kiosk_ui_frame_gap_seconds").help("Gaps between two UI frames (pulse gaps)")
                .classicOnly().classicUpperBounds(0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 5).register(registry);
        sources.pulse().listen(nanos -> frameGaps.observe(nanos / 1e9));
    }

    private void backlogGauges(String count, String age, String countHelp, String ageHelp, java.util.function.Supplier<Backlog> backlog) {
        GaugeWithCallback.builder().name(count).help(countHelp).callback(cb -> cb.call(backlog.get().count())).register(registry);
        GaugeWithCallback.builder().name(age).help(ageHelp + " (0: none)")
                .callback(cb -> cb.call(backlog.get().oldest().map(this::age).orElse(0.0))).register(registry);
    }

    private double age(Instant since) {
        return Math.max(0, Duration.between(since, sources.clock().instant()).toMillis() / 1000.0);
    }

    /** The hook for the flow: one call per finished resident transaction. */
    public TransactionObserver transactions() {
        return (service, outcome) -> {
            String s = service != null && sources.services().contains(service) ? service.toLowerCase(Locale.ROOT) : "other";
            String o = outcome != null && OUTCOMES.contains(outcome.toLowerCase(Locale.ROOT)) ? outcome.toLowerCase(Locale.ROOT) : "other";
            transactions.labelValues(s, o).inc();
        };
    }

    /** The hook for backend clients: one call per exchange. */
    public BackendCallObserver backendCalls() {
        return (route, outcome, nanos) -> {
            String r = route != null && ROUTE.matcher(route).matches() && (routes.contains(route) || routes.size() < MAX_ROUTES)
                    ? route : "other";
            routes.add(r);
            String o = outcome != null && CALL_OUTCOMES.contains(outcome) ? outcome : "other";
            backendLatency.labelValues(r, o).observe(nanos / 1e9);
        };
    }

    public String contentType() {
        return PrometheusTextFormatWriter.CONTENT_TYPE;
    }

    public void write(OutputStream out) throws IOException {
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
    }

    /** The text exposition, as a scrape sees it. */
    public String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
