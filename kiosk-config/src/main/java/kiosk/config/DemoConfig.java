package kiosk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The configuration the demo and the tests start from, shipped as a resource. */
public final class DemoConfig {

    private DemoConfig() {
    }

    public static KioskConfig load() {
        try (InputStream in = DemoConfig.class.getResourceAsStream("/kiosk/config/demo.yaml")) {
            if (in == null) {
                throw new IllegalStateException("demo.yaml missing from the class path");
            }
            return ConfigLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "demo.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigException e) {
            throw new IllegalStateException("Shipped demo configuration is invalid: " + e.getMessage(), e);
        }
    }
}
