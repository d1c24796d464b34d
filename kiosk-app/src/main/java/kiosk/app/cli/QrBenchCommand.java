package kiosk.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ./kiosk bench qr: plain ZXing vs BoofCV vs the kiosk's QR pipeline on a generated corpus of phone-screen
 * frames, then JMH. BoofCV is a test-scope comparison only, so this runs the benchmark from the
 * peripherals module's test class path through Maven.
 */
@Command(name = "qr", description = "QR decoding on hard phone-screen frames: plain ZXing vs BoofCV vs the kiosk pipeline (rate, time, JMH).")
public final class QrBenchCommand implements Callable<Integer> {

    @Option(names = "--frames", description = "Frames in the corpus (default ${DEFAULT-VALUE}).", defaultValue = "300")
    int frames;

    @Option(names = "--seed", description = "Corpus seed (default: the hold-out seed ${DEFAULT-VALUE}).", defaultValue = "777")
    long seed;

    @Option(names = "--no-jmh", description = "Skip the JMH part.")
    boolean noJmh;

    @Override
    public Integer call() throws Exception {
        String home = System.getProperty("kiosk.home", ".");
        String args = "-Xmx2g -cp %classpath kiosk.peripherals.scanner.camera.QrBenchMain " + frames + " --seed " + seed
                + (noJmh ? " --no-jmh" : "");
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-f", Path.of(home, "pom.xml").toString(),
                "-pl", "peripherals", "test-compile", "org.codehaus.mojo:exec-maven-plugin:exec",
                "-Dexec.classpathScope=test", "-Dexec.executable=java", "-Dexec.args=" + args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
