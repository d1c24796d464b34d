package kiosk.stub.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kiosk.stub.json.Json;

/** Fault injection settings: a seed (same seed and request order give the same faults) and rules, first match wins. */
public record FaultSettings(Long seed, List<FaultRule> rules) {

    public static final FaultSettings NONE = new FaultSettings(0L, List.of());

    public FaultSettings {
        seed = seed == null ? 0L : seed;
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public static FaultSettings of(long seed, FaultRule... rules) {
        return new FaultSettings(seed, List.of(rules));
    }

    public static FaultSettings read(Path file) throws IOException {
        return Json.mapper().readValue(Files.readAllBytes(file), FaultSettings.class);
    }
}
