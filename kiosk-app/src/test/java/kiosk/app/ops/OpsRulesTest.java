package kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceManager;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.catalog.DriverCatalog;
import kiosk.peripherals.sim.SimulatorRack;
import org.junit.jupiter.api.Test;

/**
 * ops/: the Prometheus configurations are valid, the alert rules pass their promtool unit tests, and
 * every kiosk_ metric the rules and the Grafana dashboard use is one the kiosk really exposes.
 */
class OpsRulesTest {

    private static final Path OPS = Path.of("..", "ops").toAbsolutePath().normalize();
    private static final Pattern METRIC = Pattern.compile("\\bkiosk_[a-z_]+\\b");

    static Path promtool() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(dir, "promtool");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new AssertionError("promtool is not installed: run ops/ci-prereqs.sh (apt-get install prometheus)");
    }

    private static String run(Path workDir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(promtool().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("promtool %s:%n%s", String.join(" ", args), text).isZero();
        return text;
    }

    @Test
    void configurationsAreValid() throws Exception {
        assertThat(run(OPS.resolve("prometheus"), "check", "config", "agent.yml")).contains("SUCCESS");
        assertThat(run(OPS.resolve("prometheus"), "check", "config", "central.yml")).contains("SUCCESS");
    }

    @Test
    void alertRulesPassTheirUnitTests() throws Exception {
        assertThat(run(OPS.resolve("prometheus"), "check", "rules", "kiosk-alerts.yml")).contains("SUCCESS");
        assertThat(run(OPS.resolve("prometheus"), "test", "rules", "kiosk-alerts.test.yml")).contains("SUCCESS");
    }

    @Test
    void rulesAndDashboardUseOnlyMetricsTheKioskExposes() throws IOException {
        Set<String> exposed = exposedMetrics();
        Set<String> used = new TreeSet<>();
        collect(Files.readString(OPS.resolve("prometheus/kiosk-alerts.yml")), used);
        JsonNode dashboard = new ObjectMapper().readTree(OPS.resolve("grafana/kiosk-fleet.json").toFile());
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                collect(target.get("expr").asText(), used);
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(exposed).containsAll(used);
    }

    private static void collect(String text, Set<String> into) {
        Matcher m = METRIC.matcher(text);
        while (m.find()) {
            String name = m.group().replaceAll("_(bucket|count|sum)$", "");
            into.add(name);
        }
    }

    /** The names of a real scrape (# TYPE lines), histograms and counters by their family name. */
    private static Set<String> exposedMetrics() {
        try (SimulatorRack rack = new SimulatorRack();
             DeviceManager devices = new DeviceManager(DriverCatalog.standard(rack), Duration.ofSeconds(1))) {
            devices.start(List.of(new DeviceSpec("receipt-printer", DeviceKind.RECEIPT_PRINTER, "escpos-simulator", Map.of()),
                    new DeviceSpec("id-reader", DeviceKind.ID_CARD_READER, "sam-simulator", Map.of())));
            PulseMonitor pulse = new PulseMonitor();
            pulse.pulse();
            OpsSources sources = new OpsSources("K-1", "0.1.0", devices, () -> "CLOSED", () -> Backlog.EMPTY, () -> Backlog.EMPTY,
                    Optional::empty, Optional::empty, () -> 1, () -> 1, pulse, Set.of("traffic.fines"), Clock.systemUTC());
            KioskMetrics metrics = new KioskMetrics(sources);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> metrics.scrape().contains("kiosk_printer_paper_state{"));
            metrics.transactions().finished("traffic.fines", "completed");
            metrics.backendCalls().observed("POST fleet/heartbeat", "ok", 1_000_000);
            Set<String> names = new TreeSet<>();
            for (String line : metrics.scrape().split("\n")) {
                if (line.startsWith("# TYPE ")) {
                    String name = line.split(" ")[2];
                    names.add(name);
                    names.add(name + "_total");
                }
            }
            return names;
        }
    }
}
