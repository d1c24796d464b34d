package kiosk.stub;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import kiosk.stub.fault.FaultSettings;

/**
 * Command line: --port N (0 = any free port; default 8088), --db PATH|mem (default data/backend-stub),
 * --seed N, --faults FILE, --admin-token T, --residents N (generated residents, default 200),
 * --idempotency-ttl SECONDS (default 86400), --order-ttl SECONDS (default 900). Prints one
 * "backend-stub listening on URL" line when ready; stops cleanly on SIGTERM / Ctrl+C.
 */
public final class StubMain {

    private StubMain() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("kiosk.stub.access.level") == null) {
            System.setProperty("kiosk.stub.access.level", "INFO");
        }
        StubSettings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("backend-stub: " + e.getMessage());
            System.err.println("usage: StubMain [--port N] [--db PATH|mem] [--seed N] [--faults FILE] [--admin-token T]"
                    + " [--residents N] [--idempotency-ttl SECONDS] [--order-ttl SECONDS]");
            System.exit(2);
            return;
        }
        BackendStub stub = BackendStub.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stub.close();
            stopped.countDown();
        }, "backend-stub-shutdown"));
        System.out.println("backend-stub listening on " + stub.baseUrl());
        System.out.flush();
        stopped.await();
    }

    static StubSettings parse(String[] args) throws IOException {
        StubSettings.Builder b = StubSettings.builder();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> b.port(number(option, value));
                case "--db" -> b.db(value);
                case "--seed" -> b.seed(number(option, value));
                case "--faults" -> b.faults(FaultSettings.read(Path.of(value)));
                case "--admin-token" -> b.adminToken(value);
                case "--residents" -> b.generatedResidents(number(option, value));
                case "--idempotency-ttl" -> b.idempotencyTtl(Duration.ofSeconds(number(option, value)));
                case "--order-ttl" -> b.orderTtl(Duration.ofSeconds(number(option, value)));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return b.build();
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number");
        }
    }
}
