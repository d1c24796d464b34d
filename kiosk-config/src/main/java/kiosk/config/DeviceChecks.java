package kiosk.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** The kiosk.yaml rules for a device given in code (tests, tools): same checks, no line numbers. */
final class DeviceChecks {

    private DeviceChecks() {
    }

    static DriverSettings typed(String id, String kind, String driver, Map<String, String> settings) {
        YamlReader in = new YamlReader();
        List<NodeTuple> tuples = new ArrayList<>();
        settings.forEach((k, v) -> tuples.add(new NodeTuple(scalar(k), scalar(v))));
        MappingNode device = new MappingNode(Tag.MAP, List.of(
                new NodeTuple(scalar("id"), scalar(id)), new NodeTuple(scalar("kind"), scalar(kind)),
                new NodeTuple(scalar("driver"), scalar(driver)),
                new NodeTuple(scalar("settings"), new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK))), FlowStyle.BLOCK);
        KioskConfig.DeviceConfig checked = new DeviceReader(in).read(device);
        if (!in.problems().isEmpty() || checked == null) {
            throw new IllegalArgumentException("device '" + id + "': " + in.problems().stream()
                    .map(p -> p.text(Locale.ENGLISH)).findFirst().orElse("invalid"));
        }
        return checked.driverSettings();
    }

    private static ScalarNode scalar(String value) {
        return new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN);
    }
}
