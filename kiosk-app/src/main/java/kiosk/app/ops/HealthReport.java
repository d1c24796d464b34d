package kiosk.app.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import kiosk.peripherals.device.Device;
import kiosk.peripherals.device.PrinterDetail;

/**
 * The JSON health document: UP when every device is usable and the backend circuit is closed, DEGRADED
 * otherwise (HTTP 503, so a plain prober notices). Ids, states and counts only; device reasons are left
 * out as free text.
 */
public final class HealthReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HealthReport() {
    }

    /** The document and whether the kiosk is fully up. */
    public record Result(boolean up, String json) {
    }

    public static Result of(OpsSources s) {
        ObjectNode root = JSON.createObjectNode();
        boolean devicesOk = true;
        ArrayNode devices = JSON.createArrayNode();
        for (Device d : s.devices().devices()) {
            ObjectNode n = devices.addObject().put("id", d.id()).put("kind", d.kind().name()).put("state", d.status().state().name());
            if (d.status().detail() instanceof PrinterDetail p) {
                n.put("paper", p.paper().name());
            }
            devicesOk &= d.status().state().isUsable();
        }
        String circuit = s.circuitState().get();
        boolean up = devicesOk && circuit.equals("CLOSED");
        root.put("status", up ? "UP" : "DEGRADED").put("kioskId", s.kioskId()).put("version", s.softwareVersion())
                .put("time", s.clock().instant().toString());
        root.set("devices", devices);
        root.put("backendCircuit", circuit);
        backlog(root.putObject("journal"), s.journalBacklog().get(), s);
        backlog(root.putObject("urgentEvents"), s.urgentBacklog().get(), s);
        s.callStaffSince().get().ifPresent(t -> root.put("callStaffSince", t.toString()));
        s.lastHeartbeat().get().ifPresent(t -> root.put("lastHeartbeatAt", t.toString()));
        root.putObject("config").put("running", s.runningConfigVersion().getAsInt()).put("desired", s.desiredConfigVersion().getAsInt());
        double gap = s.pulse().secondsSinceLastPulse();
        if (gap >= 0) {
            root.put("uiSecondsSinceLastFrame", gap);
        }
        return new Result(up, root.toString());
    }

    private static void backlog(ObjectNode node, Backlog b, OpsSources s) {
        node.put("waiting", b.count());
        b.oldest().ifPresent(t -> node.put("oldestAgeSeconds", Duration.between(t, s.clock().instant()).toSeconds()));
    }
}
