package kiosk.app.cli.diag;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kiosk.app.cli.KioskCli;
import kiosk.peripherals.device.DeviceKind;
import kiosk.peripherals.device.DeviceSpec;
import kiosk.peripherals.catalog.DriverCatalog;
import kiosk.peripherals.idcard.CardIdentity;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.sim.SimulatorRack;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The card's side with every logger at TRACE: the SAM driver reading a card through the device layer
 * (the bytes the bridge then turns into an identification), and the CLI's diag read-card and
 * decode-id. No log line, exception message or masked CLI output carries a name, an ID number or
 * an address.
 */
class PiiNeverLoggedOnTheCardPathTest {

    private static final String[] SECRETS = {"张伟", "110101198503151235", "南池子大街", "198503151235"};

    @Test
    void noNameIdNumberOrAddressReachesALogLineOnTheCardPath() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.TRACE);
        List<String> texts = new ArrayList<>();
        try {
            readThroughTheDeviceLayer(texts);
            texts.add(cli("diag", "read-card", "--sample", "zhang-wei"));
            texts.add(cli("diag", "read-card", "--sample", "zhang-wei", "--timeout", "1ms"));
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
        }
        for (ILoggingEvent event : captured.list) {
            texts.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                texts.add(t.getClassName() + ": " + t.getMessage());
            }
        }
        // The happy card path logs little even at TRACE: every text it makes (log lines, device events and
        // statuses as a careless log line would print them, CLI output) is what is checked.
        assertThat(texts).as("device events, statuses and CLI output to check").hasSizeGreaterThan(4);
        assertThat(String.join("\n", texts)).as("the masked CLI output is part of what was checked").contains("张*");
        for (String secret : SECRETS) {
            assertThat(texts).as("texts mentioning " + secret).noneMatch(t -> t != null && t.contains(secret));
        }
    }

    /** As the kiosk runs it: the device manager opens the watching reader; card events go to a listener. */
    private static void readThroughTheDeviceLayer(List<String> texts) throws Exception {
        List<CardIdentity> cards = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (SimulatorRack rack = new SimulatorRack();
             kiosk.peripherals.device.DeviceManager devices = new kiosk.peripherals.device.DeviceManager(
                     DriverCatalog.standard(rack), Duration.ofMillis(200))) {
            devices.subscribe(event -> {
                texts.add(String.valueOf(event)); // what a careless log line would print
                if (event instanceof kiosk.peripherals.device.DeviceEvent.Data<?> data
                        && data.payload() instanceof CardIdentity card) {
                    cards.add(card);
                }
            });
            devices.start(List.of(new DeviceSpec("idcard", DeviceKind.ID_CARD_READER, "sam-simulator", Map.of())));
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> rack.first(SamModuleSimulator.class).isPresent() && devices.find("idcard").isPresent()
                            && devices.find("idcard").get().isOpen());
            SamModuleSimulator sim = rack.first(SamModuleSimulator.class).orElseThrow();
            sim.insert(SampleCards.zhangWei());
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !cards.isEmpty());
            sim.remove();
            sim.insertNonIdCard(); // a card the reader cannot read: its error goes through the same path
            Thread.sleep(600);
            texts.add(String.valueOf(devices.snapshot()));
            cards.forEach(CardIdentity::wipe);
            assertThat(cards.get(0).photo().isWiped()).isTrue();
        }
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new KioskCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        cli.execute(args);
        return out.toString();
    }
}
