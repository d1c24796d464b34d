package kiosk.peripherals.scanner.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kiosk.peripherals.device.DeviceEvent;
import kiosk.peripherals.device.DeviceException;
import kiosk.peripherals.device.DeviceState;
import kiosk.peripherals.scanner.PayloadException;
import kiosk.peripherals.scanner.PayloadPolicy;
import kiosk.peripherals.scanner.ScannedCode;
import kiosk.peripherals.scanner.serial.sim.SerialScannerSimulator;
import kiosk.peripherals.sim.SimulatorRack;
import kiosk.peripherals.sim.SimulatorServer;
import kiosk.peripherals.transport.InProcessChannel;
import kiosk.peripherals.transport.TcpTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialScannerTest {

    private final SimulatorRack rack = new SimulatorRack();
    private final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
    private SerialScannerSimulator sim;
    private InProcessChannel channel;
    private SerialScanner scanner;

    private void start(Delimiter delimiter, int maxBytes) throws DeviceException {
        sim = new SerialScannerSimulator(delimiter);
        channel = rack.attach("qr", sim);
        scanner = new SerialScanner("qr", channel.hostSide(), new SerialScanner.Settings(delimiter,
                new PayloadPolicy(maxBytes), Duration.ofMillis(300), Duration.ofMillis(200)));
        scanner.subscribe(events::add);
        scanner.open();
    }

    @AfterEach
    void tearDown() {
        if (scanner != null) {
            scanner.close();
        }
        rack.close();
    }

    private List<ScannedCode> codes() {
        return events.stream().filter(e -> e instanceof DeviceEvent.Data<?>)
                .map(e -> (ScannedCode) ((DeviceEvent.Data<?>) e).payload()).toList();
    }

    private List<DeviceException> errors() {
        return events.stream().filter(e -> e instanceof DeviceEvent.Error)
                .map(e -> ((DeviceEvent.Error) e).error()).toList();
    }

    @Test
    void aPresentedCodeIsPublishedOnce() throws DeviceException {
        start(Delimiter.CR, 512);
        assertThat(scanner.status().state()).isEqualTo(DeviceState.ONLINE);
        sim.present("https://pay.example/o/9");
        await().atMost(Duration.ofSeconds(2)).until(() -> codes().size() == 1);
        assertThat(codes().get(0).text()).isEqualTo("https://pay.example/o/9");
        assertThat(codes().get(0).source()).isEqualTo(ScannedCode.Source.SERIAL);
    }

    @Test
    void fragmentedSlowCrlfCodesAndGb18030SurviveFraming() throws DeviceException {
        start(Delimiter.CRLF, 512);
        sim.present("缴费码 ABC-123".getBytes(Charset.forName("GB18030")), 3, Duration.ofMillis(15));
        sim.present("第二个".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1, Duration.ofMillis(5));
        await().atMost(Duration.ofSeconds(3)).until(() -> codes().size() == 2);
        assertThat(codes().get(0).text()).isEqualTo("缴费码 ABC-123");
        assertThat(codes().get(0).charset()).isEqualTo("GB18030");
        assertThat(codes().get(1).text()).isEqualTo("第二个");
    }

    @Test
    void garbageAndOversizedPayloadsAreTypedErrorsAndTheNextCodeStillWorks() throws DeviceException {
        start(Delimiter.CR, 64);
        sim.present(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF}, 10, Duration.ZERO);
        sim.presentOversized(500);
        sim.present("GOOD");
        await().atMost(Duration.ofSeconds(2)).until(() -> codes().size() == 1 && errors().size() == 2);
        assertThat(errors()).extracting(DeviceException::reason)
                .containsExactly("scanner.payload-undecodable", "scanner.payload-too-large");
        assertThat(errors().get(1)).isInstanceOf(PayloadException.class);
        assertThat(codes().get(0).text()).isEqualTo("GOOD");
        assertThat(scanner.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void aHalfSentCodeIsDroppedNotGluedToTheNext() throws DeviceException {
        start(Delimiter.CR, 64);
        sim.sendRaw("HALF".getBytes(), 4, Duration.ZERO);
        await().atMost(Duration.ofSeconds(2)).until(() -> errors().size() == 1);
        assertThat(errors().get(0).reason()).isEqualTo("scanner.partial-code");
        sim.present("WHOLE");
        await().atMost(Duration.ofSeconds(2)).until(() -> codes().size() == 1);
        assertThat(codes().get(0).text()).isEqualTo("WHOLE");
    }

    @Test
    void unplugIsNoDeviceAndReplugReconnectsByItself() throws DeviceException {
        start(Delimiter.CR, 64);
        channel.unplug();
        await().atMost(Duration.ofSeconds(2)).until(() -> scanner.status().state() == DeviceState.NO_DEVICE);
        assertThat(scanner.status().reason()).isEqualTo("scanner.unplugged");
        assertThat(errors()).extracting(DeviceException::reason).contains("scanner.unplugged");
        channel.replug();
        await().atMost(Duration.ofSeconds(3)).until(() -> scanner.status().state() == DeviceState.ONLINE);
        await().atMost(Duration.ofSeconds(1)).until(sim::idle);
        sim.present("AFTER-REPLUG");
        await().atMost(Duration.ofSeconds(2)).until(() -> codes().size() == 1);
        assertThat(codes().get(0).text()).isEqualTo("AFTER-REPLUG");
    }

    @Test
    void worksOverTcp() throws Exception {
        SerialScannerSimulator tcpSim = new SerialScannerSimulator(Delimiter.LF);
        try (SimulatorServer server = SimulatorServer.start(tcpSim, 0)) {
            SerialScanner tcp = new SerialScanner("tcp-qr", TcpTransport.parse(server.address(), Duration.ofSeconds(1)),
                    new SerialScanner.Settings(Delimiter.LF, PayloadPolicy.standard(), Duration.ofMillis(500),
                            Duration.ofMillis(200)));
            List<DeviceEvent> got = new CopyOnWriteArrayList<>();
            tcp.subscribe(got::add);
            try {
                tcp.open();
                tcpSim.present("OVER-TCP");
                await().atMost(Duration.ofSeconds(2)).until(() -> got.stream().anyMatch(e -> e instanceof DeviceEvent.Data<?>));
                List<ScannedCode> scanned = got.stream().filter(e -> e instanceof DeviceEvent.Data<?>)
                        .map(e -> (ScannedCode) ((DeviceEvent.Data<?>) e).payload()).toList();
                assertThat(scanned).extracting(ScannedCode::text).containsExactly("OVER-TCP");
                assertThat(((DeviceEvent.Data<?>) got.stream().filter(e -> e instanceof DeviceEvent.Data<?>)
                        .findFirst().orElseThrow()).deviceId()).isEqualTo("tcp-qr");
            } finally {
                tcp.close();
            }
        }
    }
}
