package kiosk.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * backend-stub in a process of its own. kiosk-app never links to the stub's code: it starts the stub's
 * class path (given by the launcher as -Dkiosk.stub.classpath) and talks to it over HTTP only.
 */
public final class StubProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("listening on (http\\S+)");

    private final Process process;
    private final URI baseUrl;
    private final Thread stopOnExit;

    private StubProcess(Process process, URI baseUrl, Thread stopOnExit) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.stopOnExit = stopOnExit;
    }

    /** Starts the stub with the given arguments and waits until it announces its address. */
    public static StubProcess start(List<String> stubArgs, Duration startTimeout) throws IOException {
        List<String> command = new ArrayList<>(javaCommand("kiosk.stub.StubMain"));
        command.addAll(stubArgs);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // SIGTERM or Ctrl+C on this JVM runs hooks, not try-with-resources: stop the child there too.
        Thread stopOnExit = new Thread(() -> stop(process), "stub-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        CompletableFuture<URI> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> pump(process, ready), "stub-output");
        pump.setDaemon(true);
        pump.start();
        try {
            return new StubProcess(process, ready.get(startTimeout.toMillis(), TimeUnit.MILLISECONDS), stopOnExit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("Interrupted while starting backend-stub", e);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("backend-stub did not start within " + startTimeout.toSeconds() + " s", e);
        }
    }

    /** The java command line for a main class on the stub's class path. */
    public static List<String> javaCommand(String mainClass) {
        String classpath = System.getProperty("kiosk.stub.classpath");
        if (classpath == null || classpath.isBlank()) {
            throw new IllegalStateException("kiosk.stub.classpath is not set: start through ./kiosk");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", classpath, mainClass);
    }

    private static void pump(Process process, CompletableFuture<URI> ready) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = READY.matcher(line);
                if (!ready.isDone() && m.find()) {
                    ready.complete(URI.create(m.group(1)));
                }
                if (Boolean.getBoolean("kiosk.stub.echo")) {
                    System.out.println("[stub] " + line);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        if (!ready.isDone()) {
            try {
                ready.completeExceptionally(new IOException("backend-stub exited with code " + process.waitFor()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to run; stopping twice is harmless
        }
        stop(process);
    }

    /** SIGTERM, up to 5 s to exit, then SIGKILL. */
    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
