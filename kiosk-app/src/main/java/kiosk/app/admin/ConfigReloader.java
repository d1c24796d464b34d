package kiosk.app.admin;

import kiosk.config.ConfigException;
import kiosk.config.KioskConfig;

/** Reads the kiosk's configuration again (e.g. {@code () -> ConfigLoader.load(path)}). */
@FunctionalInterface
public interface ConfigReloader {
    KioskConfig reload() throws ConfigException, java.io.IOException;
}
