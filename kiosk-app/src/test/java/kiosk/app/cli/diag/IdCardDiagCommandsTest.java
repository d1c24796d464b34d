package kiosk.app.cli.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import kiosk.app.cli.KioskCli;
import kiosk.peripherals.idcard.sam.BaseInfo;
import kiosk.peripherals.idcard.sam.SamCodec;
import kiosk.peripherals.idcard.sam.SamStatus;
import kiosk.peripherals.idcard.sam.sim.SamModuleSimulator;
import kiosk.peripherals.idcard.sam.sim.SampleCards;
import kiosk.peripherals.idcard.sam.sim.TextBlockEncoder;
import kiosk.peripherals.sim.SimulatorServer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class IdCardDiagCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new KioskCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String frameHex(kiosk.peripherals.idcard.CardIdentity card) {
        byte[] frame = SamCodec.reply(SamStatus.SUCCESS,
                BaseInfo.encode(TextBlockEncoder.encode(card), card.photo().bytes()));
        return SamCodec.toHex(frame);
    }

    @Test
    void decodeIdPrintsMaskedFields() {
        String hex = frameHex(SampleCards.zhangWei());
        // split over several arguments and lines, as pasted from a terminal
        int cut = hex.length() / 2;
        int code = run("diag", "decode-id", hex.substring(0, cut), "\n" + hex.substring(cut));

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("card type: RESIDENT_ID", "name: 张*", "ID number: 3306**********1256", "nation: 01 汉",
                        "valid: 2015-06-01 .. 2035-06-01", "photo: 1024 bytes")
                .doesNotContain("张伟", "330602198503151256", "南池子");
    }

    @Test
    void decodeIdRevealsOnRequestAndKeepsRareCharacters() {
        int code = run("diag", "decode-id", "--reveal", frameHex(SampleCards.wangMing()));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("name: 王\uD86D\uDCE7明", "ID number: 330282196011010052", "nation: 03 回",
                "长期 (no expiry)");
    }

    @Test
    void decodeIdOfAForeignersCard() {
        assertThat(run("diag", "decode-id", frameHex(SampleCards.foreignResident()))).isZero();
        assertThat(out.toString()).contains("FOREIGN_PERMANENT_RESIDENCE", "nationality: DEU", "card number: DE***********12");
    }

    @Test
    void badFramesPrintTheTypedErrorAndExitNonZero() {
        String hex = frameHex(SampleCards.liNa());
        String badChecksum = hex.substring(0, hex.length() - 2) + (hex.endsWith("00") ? "01" : "00");
        assertThat(run("diag", "decode-id", badChecksum)).isEqualTo(1);
        assertThat(err.toString()).contains("sam.bad-checksum", "PROTOCOL_ERROR");

        assertThat(run("diag", "decode-id", hex.substring(0, 600))).isEqualTo(1);
        assertThat(err.toString()).contains("sam.truncated-frame");

        assertThat(run("diag", "decode-id", "AA AA AA 96 69 00 04 00 00 41 45")).isEqualTo(1);
        assertThat(err.toString()).contains("sam.read-failed");

        assertThat(run("diag", "decode-id", "not hex")).isEqualTo(1);
        assertThat(err.toString()).contains("sam.bad-hex");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void readCardOverTcpFromTheSimulator() throws Exception {
        SamModuleSimulator simulator = new SamModuleSimulator();
        simulator.insert(SampleCards.liNa());
        try (SimulatorServer server = SimulatorServer.start(simulator, 0)) {
            int code = run("diag", "read-card", "--to", "tcp:" + server.address(), "--timeout", "3s");
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("tcp:" + server.address(), "name: 李*", "ID number: 3301**********2463")
                    .doesNotContain("李娜", "330106199207082463");
        }
    }

    @Test
    void readCardWithoutACardTimesOutWithAClearError() throws Exception {
        try (SimulatorServer server = SimulatorServer.start(new SamModuleSimulator(), 0)) {
            assertThat(run("diag", "read-card", "--to", "tcp:" + server.address(), "--timeout", "300ms")).isEqualTo(1);
            assertThat(err.toString()).contains("sam.no-card");
        }
    }

    @Test
    void readCardFromNowhereIsNoDevice() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(run("diag", "read-card", "--to", "tcp:127.0.0.1:" + port, "--timeout", "1s")).isEqualTo(1);
        assertThat(err.toString()).contains("sam.no-device", "NO_DEVICE");
    }

    @Test
    void readCardFromTheInProcessSimulatorRevealed() {
        assertThat(run("diag", "read-card", "--sample", "liu-yan", "--reveal", "--lang", "en")).isZero();
        assertThat(out.toString()).contains("in-process simulator", "name: 刘䶮", "ID number: 330603200802290017");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("diag", "read-card", "--to", "http://x", "--lang", "en")).isEqualTo(2);
        assertThat(run("diag", "read-card", "--timeout", "soon", "--lang", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("--to must look like", "not a duration");
        assertThat(ReadCardCommand.parseDuration("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThatThrownBy(() -> ReadCardCommand.parseDuration("PT2S")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadCardCommand.parseDuration("10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadCardCommand.parseDuration("0s")).isInstanceOf(IllegalArgumentException.class);
    }
}
