package kiosk.app.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kiosk.app.cli.KioskCli;
import kiosk.config.PinHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ./kiosk config end to end through KioskCli: exit codes, staff words in both languages, bundles. */
class ConfigCommandTest {

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    private static final String GOOD = """
            kiosk-id: KIOSK-0042
            mode: demo
            version: %d
            backend:
              url: http://127.0.0.1:8088
              api-key: key-0042
            devices:
              - id: receipt-printer
                kind: receipt-printer
                driver: escpos-simulator
            """;

    @BeforeEach
    void reset() {
        out = new StringWriter();
        err = new StringWriter();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = new CommandLine(new KioskCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return KioskCli.configure(cli).execute(args);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void validateSummarisesAGoodFileInChineseOrEnglish() throws Exception {
        Path yaml = write("kiosk.yaml", GOOD.formatted(3));
        assertThat(run("config", "validate", yaml.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("检查通过：终端 KIOSK-0042，演示模式，版本 3，设备 1 台");
        assertThat(run("config", "validate", yaml.toString(), "--lang", "en")).isZero();
        assertThat(out.toString()).contains("is valid: kiosk KIOSK-0042, demo profile, version 3, 1 device(s)");
    }

    @Test
    void validateNamesTheLineAndTheProblemAndExitsNonZero() throws Exception {
        Path yaml = write("broken.yaml", GOOD.formatted(3).replace("driver: escpos-simulator", "driver: escpos-simulatr")
                .replace("api-key: key-0042", "api-key: key-0042\n  call-timeout: 8"));
        assertThat(run("config", "validate", yaml.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(yaml + " 无法使用：")
                .contains("第 7 行：call-timeout 应是带单位的时长，例如 500ms、8s 或 2m，而不是“8”")
                .contains("第 11 行：驱动 driver 只能是");
        assertThat(run("config", "validate", yaml.toString(), "--lang", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("line 7: call-timeout must be a duration such as 500ms, 8s or 2m, not '8'")
                .contains("line 11: driver must be one of");
        assertThat(run("config", "validate", dir.resolve("nope.yaml").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("找不到文件：").contains("nope.yaml");
    }

    @Test
    void showPrintsTheEffectiveConfigurationWithoutSecrets() throws Exception {
        Path yaml = write("kiosk.yaml", GOOD.formatted(3));
        assertThat(run("config", "show", yaml.toString())).isZero();
        assertThat(out.toString()).contains("backend.read-timeout = 8s", "backend.api-key = ****42",
                "devices.receipt-printer.write-timeout = 5s", "session.idle-timeout = 90s").doesNotContain("key-0042");
    }

    @Test
    void diffSaysWhatChangesAndExitsOneWhenSomethingDoes() throws Exception {
        Path a = write("a.yaml", GOOD.formatted(3));
        Path b = write("b.yaml", GOOD.formatted(4) + "session:\n  idle-timeout: 2m\n");
        assertThat(run("config", "diff", a.toString(), a.toString())).isZero();
        assertThat(out.toString()).contains("完全相同");
        assertThat(run("config", "diff", a.toString(), b.toString(), "--lang", "en")).isEqualTo(1);
        assertThat(out.toString()).contains("2 setting(s) differ", "- version = 3", "+ version = 4",
                "- session.idle-timeout = 90s", "+ session.idle-timeout = 2m");
    }

    @Test
    void keygenSignVerifyInstallAndEveryRefusal() throws Exception {
        Path keys = dir.resolve("keys");
        assertThat(run("config", "keygen", "--out", keys.toString(), "--name", "release")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("release.key").contains("release.pub");
        assertThat(run("config", "keygen", "--out", keys.toString(), "--name", "release")).isEqualTo(2);
        assertThat(err.toString()).contains("已存在");

        Path trust = Files.createDirectories(dir.resolve("trusted"));
        Files.copy(keys.resolve("release.pub"), trust.resolve("release.pub"));
        Path v5 = write("v5.yaml", GOOD.formatted(5));
        assertThat(run("config", "sign", v5.toString(), "--key", keys.resolve("release.key").toString())).as(err.toString()).isZero();
        Path bundle = dir.resolve("v5.yaml.bundle");
        assertThat(run("config", "verify", bundle.toString(), "--trust", trust.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("校验通过：版本 5");

        Path target = dir.resolve("etc").resolve("kiosk.yaml");
        assertThat(run("config", "install", bundle.toString(), "--trust", trust.toString(), "--to", target.toString()))
                .as(err.toString()).isZero();
        assertThat(Files.readString(target)).isEqualTo(GOOD.formatted(5));

        // tampered: the URL changed after signing
        Path tampered = write("tampered.bundle", Files.readString(bundle).replace("127.0.0.1:8088", "10.9.9.9:8088"));
        assertThat(run("config", "verify", tampered.toString(), "--trust", trust.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("配置包在签名后被改动过");
        assertThat(run("config", "install", tampered.toString(), "--trust", trust.toString(), "--to", target.toString())).isEqualTo(2);

        // signed by a key this kiosk does not trust
        assertThat(run("config", "keygen", "--out", keys.toString(), "--name", "stranger")).isZero();
        Path foreign = dir.resolve("foreign.bundle");
        assertThat(run("config", "sign", write("v9.yaml", GOOD.formatted(9)).toString(), "--key",
                keys.resolve("stranger.key").toString(), "--out", foreign.toString())).isZero();
        assertThat(run("config", "install", foreign.toString(), "--trust", trust.toString(), "--to", target.toString(), "--lang", "en"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("which this kiosk does not trust");

        // older than the installed version
        Path v4 = write("v4.yaml", GOOD.formatted(4));
        assertThat(run("config", "sign", v4.toString(), "--key", keys.resolve("release.key").toString())).isZero();
        assertThat(run("config", "install", dir.resolve("v4.yaml.bundle").toString(), "--trust", trust.toString(),
                "--to", target.toString(), "--lang", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("bundle version 4 is older than the installed version 5");
        assertThat(Files.readString(target)).contains("version: 5");

        // an invalid configuration is never signed
        Path broken = write("broken.yaml", GOOD.formatted(6).replace("mode: demo", "mode: museum"));
        assertThat(run("config", "sign", broken.toString(), "--key", keys.resolve("release.key").toString())).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("broken.yaml.bundle"))).isFalse();
    }

    @Test
    void hashPinReadsThePinAndPrintsAHashThatMatchesIt() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("246810\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("config", "hash-pin", "--iterations", "1000")).as(err.toString()).isZero();
            PinHash hash = PinHash.parse(out.toString().trim());
            assertThat(hash.matches("246810".toCharArray())).isTrue();
            assertThat(out.toString()).doesNotContain("246810");
            System.setIn(new ByteArrayInputStream("12ab\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("config", "hash-pin")).isEqualTo(2);
            assertThat(err.toString()).contains("6 到 12 位数字");
        } finally {
            System.setIn(stdin);
        }
    }
}
