package kiosk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --config FILE}, the kiosk session's command line, starts without picocli's command tree;
 * it must mean, and fail, exactly as picocli would.
 */
class KioskStartCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheKioskSessionsSpellingsTakeTheShortWay() {
        assertThat(KioskCli.kioskStart("run", "--config", "/etc/kiosk/kiosk.yaml")).contains(Path.of("/etc/kiosk/kiosk.yaml"));
        assertThat(KioskCli.kioskStart("run", "--config=/etc/kiosk/kiosk.yaml")).contains(Path.of("/etc/kiosk/kiosk.yaml"));
        // everything else is picocli's: help, other options, other commands, a missing value
        assertThat(KioskCli.kioskStart("run", "--config", "--help")).isEmpty();
        assertThat(KioskCli.kioskStart("run", "--config=")).isEmpty();
        assertThat(KioskCli.kioskStart("run", "--config")).isEmpty();
        assertThat(KioskCli.kioskStart("run", "--config", "a.yaml", "--lang", "en")).isEmpty();
        assertThat(KioskCli.kioskStart("config", "--config", "a.yaml")).isEmpty();
        assertThat(KioskCli.kioskStart("run")).isEmpty();
        assertThat(KioskCli.kioskStart()).isEmpty();
    }

    @Test
    void aMissingConfigurationFileIsExplainedAsPicocliExplainsItAndExitsTwo() {
        String missing = dir.resolve("nowhere.yaml").toString();
        Run shortWay = run("run", "--config", missing);
        assertThat(shortWay.exit()).isEqualTo(2);
        assertThat(shortWay.err()).contains("kiosk run: ").contains(missing);
    }

    @Test
    void aBrokenConfigurationListsItsProblemsWithLineNumbersAndExitsTwo() throws Exception {
        Path broken = Files.writeString(dir.resolve("kiosk.yaml"), "kiosk-id: [unclosed\n");
        Run shortWay = run("run", "--config=" + broken);
        assertThat(shortWay.exit()).isEqualTo(2);
        assertThat(shortWay.err()).startsWith("kiosk run: ").contains(broken.toString()).contains("1");
    }

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = KioskCli.run(args);
            return new Run(exit, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }
}
