package kiosk.app.cli.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import kiosk.app.cli.KioskCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DevicesCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(StringWriter out, String... args) {
        CommandLine cli = new CommandLine(new KioskCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return KioskCli.configure(cli).execute(args);
    }

    @Test
    void theDemoDevicesAreListedOnline() {
        StringWriter captured = new StringWriter();
        int code = run(captured, "diag", "devices", "--wait", "2s");
        String out = captured.toString();
        assertThat(code).as(out + err).isZero();
        assertThat(out).contains("id-reader").contains("receipt-printer").contains("qr-scanner")
                .contains("ONLINE media=NOT_PRESENT").contains("ONLINE paper=FULL")
                .contains("设备").contains("驱动").contains("全部 3 台设备均可使用。");
    }

    @Test
    void staffReadTheProblemsInChineseByDefault() throws Exception {
        Path yaml = dir.resolve("kiosk.yaml");
        Files.writeString(yaml, "kiosk-id: KIOSK-0042\nmode: museum\nbackend:\n  url: http://x\n  api-key: k\n");
        assertThat(run(new StringWriter(), "diag", "devices", "--config", yaml.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(yaml + " 无法使用：")
                .contains("第 2 行：mode 只能是 production（正式）或 demo（演示），而不是“museum”");
    }

    @Test
    void aBrokenConfigurationIsExplainedLineByLine() throws Exception {
        Path yaml = dir.resolve("kiosk.yaml");
        Files.writeString(yaml, "kiosk-id: KIOSK-0042\nmode: museum\nbackend:\n  url: http://x\n  api-key: k\n");
        int code = run(new StringWriter(), "diag", "devices", "--config", yaml.toString(), "--lang", "en");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(yaml + " cannot be used").contains("line 2: mode must be production or demo");
    }
}
