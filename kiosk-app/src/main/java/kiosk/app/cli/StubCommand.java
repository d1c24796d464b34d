package kiosk.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** ./kiosk stub: backend-stub alone, in the foreground, its output on this terminal. */
@Command(name = "stub", description = "Run backend-stub alone (police backend stand-in) until Ctrl+C.")
public final class StubCommand implements Callable<Integer> {

    @Option(names = "--port", description = "TCP port (default 8088; 0 picks a free one).")
    int port = 8088;

    @Unmatched
    List<String> passThrough = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> command = new ArrayList<>(StubProcess.javaCommand("kiosk.stub.StubMain"));
        command.add("--port");
        command.add(Integer.toString(port));
        command.addAll(passThrough);
        Process process = new ProcessBuilder(command).inheritIO().start();
        // SIGTERM or Ctrl+C: the stub stops (and is waited for) before this JVM exits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> StubProcess.stop(process), "stub-stop"));
        return process.waitFor();
    }
}
