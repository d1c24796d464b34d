package kiosk.config.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import kiosk.config.ConfigException;
import kiosk.config.KioskConfig;

/**
 * Installs a verified bundle as the kiosk's kiosk.yaml: never a version older than the one installed
 * (a replayed old bundle could undo a fix), the same version only with the same text, and the file
 * replaced atomically so a power cut leaves the old or the new configuration, never half of one. The
 * installed version and key live beside it in {@code kiosk.yaml.installed}.
 */
public final class BundleInstaller {

    private final Path target;
    private final TrustedKeys trusted;

    public BundleInstaller(Path target, TrustedKeys trusted) {
        this.target = target;
        this.trusted = trusted;
    }

    /** What was installed, or the version already there when nothing changed. */
    public record Installed(int version, int previousVersion, boolean changed, KioskConfig config) {
    }

    public Installed install(ConfigBundle bundle, String source) throws ConfigException, IOException {
        KioskConfig config = bundle.verify(trusted, source);
        int installed = installedVersion();
        if (bundle.version() < installed) {
            throw ConfigBundle.refused(source, "bundle.older", bundle.version(), installed);
        }
        if (bundle.version() == installed && Files.exists(target)) {
            if (Files.readString(target, StandardCharsets.UTF_8).equals(bundle.yaml())) {
                return new Installed(installed, installed, false, config);
            }
            throw ConfigBundle.refused(source, "bundle.same-version", installed);
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".kiosk-config", ".tmp");
        Files.writeString(tmp, bundle.yaml(), StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Properties state = new Properties();
        state.setProperty("version", Integer.toString(bundle.version()));
        state.setProperty("key", bundle.keyId());
        Path stateTmp = Files.createTempFile(dir, ".kiosk-config", ".tmp");
        try (var out = Files.newBufferedWriter(stateTmp, StandardCharsets.UTF_8)) {
            state.store(out, "installed configuration bundle");
        }
        Files.move(stateTmp, stateFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Installed(bundle.version(), installed, true, config);
    }

    /** The version installed last; 0 when no bundle was ever installed here. */
    public int installedVersion() throws IOException {
        if (!Files.exists(stateFile())) {
            return 0;
        }
        Properties state = new Properties();
        try (var in = Files.newBufferedReader(stateFile(), StandardCharsets.UTF_8)) {
            state.load(in);
        }
        try {
            return Integer.parseInt(state.getProperty("version", "0"));
        } catch (NumberFormatException e) {
            throw new IOException(stateFile() + " is damaged: no version");
        }
    }

    public Path stateFile() {
        return target.resolveSibling(target.getFileName() + ".installed");
    }
}
