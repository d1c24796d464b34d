package kiosk.app.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosk.stub.fault.FaultRule;
import kiosk.stub.fault.FaultSettings;

/** Stub fault rules by field name (the JSON form of /admin/faults), so tests name what they inject. */
public final class StubFaults {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StubFaults() {
    }

    /** A rule for a path glob; {@code fields} alternate name, value (e.g. "resetRate", 1.0, "afterEffect", true). */
    public static FaultRule rule(String path, Object... fields) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("path", path);
        for (int i = 0; i < fields.length; i += 2) {
            rule.put((String) fields[i], fields[i + 1]);
        }
        return JSON.convertValue(rule, FaultRule.class);
    }

    public static FaultSettings settings(long seed, FaultRule... rules) {
        return new FaultSettings(seed, List.of(rules));
    }
}
