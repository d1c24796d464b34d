package kiosk.app.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ./kiosk bench startup: JVM start to the first frame of the kiosk's attract screen, three ways, each in
 * fresh JVMs, headless, runs interleaved: a bare JavaFX window (the baseline), the kiosk from the class
 * path (this JDK, the Maven jars), and the kiosk from the runtime image with its AOT cache (./kiosk
 * package). Prints the medians and their ratios to the bare window, and for the kiosk also when it
 * serves (assembled behind that screen and connected to it: a tap is answered).
 */
@Command(name = "startup", description = "JVM start to the attract screen: bare JavaFX window, kiosk from the class path, kiosk from the runtime image (headless, medians, ratios).")
public final class StartupBenchCommand implements Callable<Integer> {

    @Option(names = "--runs", description = "Runs of each (default ${DEFAULT-VALUE}).", defaultValue = "5")
    int runs;

    @Option(names = "--image", description = "The runtime image built by ./kiosk package (default: target/package/kiosk).")
    Path image;

    @Option(names = "--breakdown", description = "Instead: what each dependency costs on the way to the attract screen (medians).")
    boolean breakdown;

    @Override
    public Integer call() throws Exception {
        if (breakdown) {
            return breakdown();
        }
        Optional<List<String>> imageJava = imageCommand();
        if (imageJava.isEmpty()) {
            System.out.println("runtime image: not built (" + imagePath() + "); run ./kiosk package first");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> classPath = List.of(java, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"));
        try (StubProcess stub = StubProcess.start(List.of("--port", "0", "--db", "mem"), Duration.ofSeconds(60))) {
            String url = stub.baseUrl().toString();
            List<Start> bare = new ArrayList<>();
            List<Start> kiosk = new ArrayList<>();
            List<Start> fromImage = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                bare.add(measure(classPath, "bare"));
                kiosk.add(measure(classPath, "kiosk", url));
                String line = String.format("run %d: bare JavaFX window %d ms, kiosk (class path) %s", i + 1,
                        bare.get(i).shown(), kiosk.get(i));
                if (imageJava.isPresent()) {
                    fromImage.add(measure(imageJava.get(), "kiosk", url));
                    line += ", kiosk (runtime image + AOT cache) " + fromImage.get(i);
                }
                System.out.println(line);
            }
            long b = median(bare, Start::shown);
            System.out.printf("java %s%n", Runtime.version());
            System.out.println("medians, JVM launch to the first frame (and to a kiosk serving: assembled and connected to that screen)");
            System.out.printf("bare JavaFX window:                  %5d ms%n", b);
            printKiosk("kiosk from the class path:           ", kiosk, b);
            if (!fromImage.isEmpty()) {
                System.out.println("runtime image as its unit starts it: " + String.join(" ", unitJavaOptions(imagePath())));
                printKiosk("kiosk from the runtime image + AOT:  ", fromImage, b);
            }
        }
        return imageJava.isPresent() ? 0 : 1;
    }

    private int breakdown() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"));
        java.util.Map<String, List<Long>> costs = new java.util.LinkedHashMap<>();
        try (StubProcess stub = StubProcess.start(List.of("--port", "0", "--db", "mem"), Duration.ofSeconds(60))) {
            for (int i = 0; i < runs; i++) {
                List<String> run = new ArrayList<>(command);
                // the launch time from here: the JDK's own process start time is rounded to the boot second
                run.addAll(List.of("-Dkiosk.launched=" + System.currentTimeMillis(), StartupProbe.class.getName(), "costs",
                        stub.baseUrl().toString()));
                Process p = new ProcessBuilder(run).redirectErrorStream(true).start();
                for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.startsWith("COST ")) {
                        String[] f = line.split(" ", 3);
                        costs.computeIfAbsent(f[2], k -> new ArrayList<>()).add(Long.parseLong(f[1]));
                    }
                }
                p.waitFor(30, TimeUnit.SECONDS);
            }
        }
        System.out.printf("start-up steps one after the other, medians of %d fresh JVMs (java %s):%n", runs, Runtime.version());
        long total = 0;
        for (var e : costs.entrySet()) {
            long m = median(e.getValue());
            total += m;
            System.out.printf("%6d ms  %s%n", m, e.getKey());
        }
        System.out.printf("%6d ms  in all (sequential; the real start overlaps the HTTP stack and the toolkit)%n", total);
        return 0;
    }

    private Path imagePath() {
        return image != null ? image : Path.of(System.getProperty("kiosk.image", "target/package/kiosk"));
    }

    /** The image's own JDK with its AOT cache and its class path (jpackage's order), plus Monocle last. */
    private Optional<List<String>> imageCommand() throws IOException {
        Path root = imagePath();
        Path java = root.resolve("lib/runtime/bin/java");
        Path cfg = root.resolve("lib/app/kiosk.cfg");
        if (!Files.isExecutable(java) || !Files.isRegularFile(cfg)) {
            return Optional.empty();
        }
        StringBuilder cp = new StringBuilder();
        for (String line : Files.readAllLines(cfg)) {
            if (line.startsWith("app.classpath=")) {
                cp.append(line.substring("app.classpath=".length()).replace("$APPDIR", root.resolve("lib/app").toString()))
                        .append(File.pathSeparator);
            }
        }
        cp.append(System.getProperty("kiosk.headless.classpath", ""));
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Dfile.encoding=UTF-8",
                "--enable-native-access=ALL-UNNAMED")); // as the launcher and the training run
        command.addAll(unitJavaOptions(root)); // as installed: the unit's heap and collector
        Path aot = root.resolve("lib/app/kiosk.aot");
        if (Files.isRegularFile(aot)) {
            command.add("-XX:AOTCache=" + aot);
        }
        command.addAll(List.of("-cp", cp.toString()));
        return Optional.of(command);
    }

    /** One start: JVM launch to the first frame, and to serving (the kiosk only; 0 for the bare window). */
    record Start(long shown, long serving) {
        @Override
        public String toString() {
            return shown + " ms (serving " + serving + " ms)";
        }
    }

    private static void printKiosk(String label, List<Start> starts, long bare) {
        long shown = median(starts, Start::shown);
        System.out.printf("%s%5d ms   %.2f x bare   (serving %d ms, %.2f x bare)%n", label, shown, (double) shown / bare,
                median(starts, Start::serving), (double) median(starts, Start::serving) / bare);
    }

    private static Start measure(List<String> javaAndClassPath, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaAndClassPath);
        command.add(StartupProbe.class.getName());
        command.addAll(List.of(args));
        long started = System.currentTimeMillis();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        java.util.Deque<String> last = new java.util.ArrayDeque<>();
        long shown = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("SHOWN ")) {
                    shown = Long.parseLong(line.substring(6).trim()) - started;
                    if ("bare".equals(args[0])) {
                        return new Start(shown, 0);
                    }
                } else if (line.startsWith("SERVING ") && shown > 0) {
                    return new Start(shown, Long.parseLong(line.substring(8).trim()) - started);
                }
                last.addLast(line);
                if (last.size() > 12) {
                    last.removeFirst();
                }
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS); // the next start must not share the CPU with this one's exit
        }
        throw new IOException("startup probe " + args[0] + " ended without " + (shown == 0 ? "showing a window" : "serving")
                + "; its last words:\n  " + String.join("\n  ", last));
    }

    static long median(List<Start> starts, java.util.function.ToLongFunction<Start> figure) {
        return median(starts.stream().map(figure::applyAsLong).toList());
    }

    /** KIOSK_JAVA_OPTS of the image's systemd unit (its -Xmx and collector), none if it has no unit. */
    static List<String> unitJavaOptions(Path image) throws IOException {
        Path unit = image.resolve("lib/ops/systemd/kiosk.service");
        if (!Files.isRegularFile(unit)) {
            return List.of();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Environment=\"KIOSK_JAVA_OPTS=([^\"]*)\"", java.util.regex.Pattern.MULTILINE)
                .matcher(Files.readString(unit));
        return m.find() ? List.of(m.group(1).trim().split("\\s+")) : List.of();
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
