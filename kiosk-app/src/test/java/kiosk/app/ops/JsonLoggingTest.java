package kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import kiosk.app.ops.log.KioskLogConfigurator;
import kiosk.app.ops.log.PersonalDataMask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The kiosk's real log configuration ({@link KioskLogConfigurator}): JSON lines, personal data masked, files rolled and bounded on disk. */
class JsonLoggingTest {

    private static final String ID = "110101198503151235";

    @TempDir
    Path dir;

    @Test
    void masksIdNumbersAndMobilesButLeavesOrdinaryNumbers() {
        assertThat(PersonalDataMask.mask("lookup for " + ID + " failed")).isEqualTo("lookup for 11**************35 failed");
        assertThat(PersonalDataMask.mask("old card 110101850315123")).isEqualTo("old card 11***********23");
        assertThat(PersonalDataMask.mask("id 11010519491231002X ok")).isEqualTo("id 11**************2X ok");
        assertThat(PersonalDataMask.mask("call 13812345678")).isEqualTo("call 138****5678");
        assertThat(PersonalDataMask.mask("order O-20261201-0001 of 12000 cents, 1733050000 epoch")).isEqualTo(
                "order O-20261201-0001 of 12000 cents, 1733050000 epoch");
    }

    @Test
    void writesMaskedJsonLinesRolledAndBounded() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putProperty("kiosk.log.dir", dir.toString());
        context.putProperty("kiosk.log.maxFileSize", "20KB");
        context.putProperty("kiosk.log.totalSizeCap", "100KB");
        KioskLogConfigurator.apply(context);
        Logger log = context.getLogger("kiosk.app.test");
        String padding = "x".repeat(200);
        for (int round = 0; round < 30; round++) {
            for (int i = 0; i < 60; i++) {
                log.warn("lookup failed for {} phone 13812345678 {}", ID, padding);
            }
            log.error("failed", new IllegalStateException("resident " + ID + " not found"));
            Thread.sleep(100);
        }
        context.stop();
        Thread.sleep(500);

        Path current = dir.resolve("kiosk.json");
        List<String> lines = Files.readAllLines(current, StandardCharsets.UTF_8);
        try (var listing = Files.list(dir)) {
            assertThat(lines).as("kiosk.json beside %s", listing.toList()).isNotEmpty();
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            assertThat(node.get("level").asText()).isIn("WARN", "ERROR");
            assertThat(node.get("time").asText()).endsWith("Z");
        }
        JsonNode error = lines.stream().map(l -> read(json, l)).filter(n -> n.has("error")).findFirst().orElseThrow();
        assertThat(error.get("error").get(0).get("class").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.get("error").get(0).get("message").asText()).isEqualTo("resident 11**************35 not found");

        long total = 0;
        int archives = 0;
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                total += Files.size(f);
                String text = f.toString().endsWith(".gz") ? gunzip(f) : Files.readString(f);
                assertThat(text).doesNotContain(ID, "13812345678").contains("11**************35");
                archives += f.toString().endsWith(".gz") ? 1 : 0;
            }
        }
        assertThat(archives).as("rolled files").isPositive();
        // the cap holds the archives; the live file may add one more maxFileSize
        assertThat(total).isLessThan(100 * 1024 + 2 * 20 * 1024);
    }

    @Test
    void theConsoleLineIsShortAndMasked() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putProperty("kiosk.log.dir", dir.toString());
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(console, true, StandardCharsets.UTF_8)); // the appender takes it at start
            KioskLogConfigurator.apply(context);
            context.getLogger("kiosk.app.flow.VisitEngine").warn("lookup failed for {}", ID);
            context.getLogger("io.javalin.Javalin").info("started");
        } finally {
            System.setOut(stdout);
            context.stop();
        }
        assertThat(console.toString(StandardCharsets.UTF_8))
                .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  k\\.a\\.flow\\.VisitEngine lookup failed for 11\\*{14}35\\R");
    }

    @Test
    void logbackFindsTheConfiguratorAndATestsOwnFileWins() {
        assertThat(java.util.ServiceLoader.load(Configurator.class).stream().map(java.util.ServiceLoader.Provider::type))
                .contains(KioskLogConfigurator.class);
        LoggerContext context = new LoggerContext();
        KioskLogConfigurator configurator = new KioskLogConfigurator();
        configurator.setContext(context);
        // this module's tests carry logback-test.xml: Logback is told to read it instead
        assertThat(configurator.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String gunzip(Path f) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
