package kiosk.config.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Locale;
import kiosk.config.ConfigException;
import kiosk.config.KioskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleTest {

    @TempDir
    Path dir;

    private final KeyPair release = SigningKeys.generate();
    private final TrustedKeys trusted = TrustedKeys.of(release.getPublic());

    private static String yaml(int version, String url) {
        return """
                kiosk-id: KIOSK-0042
                mode: demo
                version: %d
                backend:
                  url: %s
                  api-key: k
                """.formatted(version, url);
    }

    private ConfigBundle signed(int version) throws ConfigException {
        return ConfigBundle.sign(yaml(version, "http://127.0.0.1:8088"), "kiosk.yaml", release.getPrivate(), release.getPublic());
    }

    private static String reason(ConfigException e) {
        return e.problems(Locale.ENGLISH).get(0);
    }

    @Test
    void aSignedBundleVerifiesAndSurvivesItsTextForm() throws Exception {
        ConfigBundle bundle = ConfigBundle.parse(signed(3).text(), "b");
        KioskConfig config = bundle.verify(trusted, "b");
        assertThat(bundle.version()).isEqualTo(3);
        assertThat(config.version()).isEqualTo(3);
        assertThat(bundle.keyId()).isEqualTo(SigningKeys.keyId(release.getPublic())).hasSize(16);
    }

    @Test
    void aTamperedBundleIsRefused() throws Exception {
        String text = signed(3).text();
        ConfigBundle otherUrl = ConfigBundle.parse(text.replace("http://127.0.0.1:8088", "http://10.6.6.6:8088"), "b");
        assertThatThrownBy(() -> otherUrl.verify(trusted, "b")).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(reason(e)).isEqualTo("the bundle was changed after it was signed: its signature does not match"));
        ConfigBundle otherVersion = ConfigBundle.parse(text.replace("version: 3", "version: 9"), "b");
        assertThatThrownBy(() -> otherVersion.verify(trusted, "b")).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems(Locale.SIMPLIFIED_CHINESE).get(0)).isEqualTo("配置包在签名后被改动过：签名不符"));
        assertThatThrownBy(() -> ConfigBundle.parse("version: 3\nkiosk-id: x\n", "b")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("not a configuration bundle");
    }

    @Test
    void aBundleSignedByAnUnknownKeyIsRefused() throws Exception {
        KeyPair stranger = SigningKeys.generate();
        ConfigBundle foreign = ConfigBundle.sign(yaml(4, "http://127.0.0.1:8088"), "k", stranger.getPrivate(), stranger.getPublic());
        assertThatThrownBy(() -> foreign.verify(trusted, "b")).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(reason(e)).contains("signed with key " + SigningKeys.keyId(stranger.getPublic()))
                        .contains("does not trust"));
    }

    @Test
    void anInvalidConfigurationIsNeverSigned() {
        assertThatThrownBy(() -> ConfigBundle.sign(yaml(1, "ftp://x"), "kiosk.yaml", release.getPrivate(), release.getPublic()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("line 5");
    }

    @Test
    void installReplacesTheFileAndRefusesAnOlderVersion() throws Exception {
        Path target = dir.resolve("etc").resolve("kiosk.yaml");
        BundleInstaller installer = new BundleInstaller(target, trusted);
        BundleInstaller.Installed first = installer.install(signed(5), "b5");
        assertThat(first.changed()).isTrue();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(yaml(5, "http://127.0.0.1:8088"));
        assertThat(installer.installedVersion()).isEqualTo(5);

        assertThatThrownBy(() -> installer.install(signed(4), "b4")).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(reason(e)).isEqualTo("bundle version 4 is older than the installed version 5: an old configuration is never reinstalled"));
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains("version: 5");

        assertThat(installer.install(signed(5), "b5 again").changed()).isFalse();
        ConfigBundle sameVersionOtherText = ConfigBundle.sign(yaml(5, "http://127.0.0.1:9099"), "k", release.getPrivate(), release.getPublic());
        assertThatThrownBy(() -> installer.install(sameVersionOtherText, "b")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("higher version");

        assertThat(installer.install(signed(6), "b6").previousVersion()).isEqualTo(5);
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("kiosk.yaml", "kiosk.yaml.installed");
        }
    }

    @Test
    void keysRoundTripThroughPemFiles() throws Exception {
        SigningKeys.write(release, dir.resolve("release.key"), dir.resolve("release.pub"));
        ConfigBundle bundle = ConfigBundle.sign(yaml(2, "http://127.0.0.1:8088"), "k",
                SigningKeys.readPrivate(dir.resolve("release.key")), SigningKeys.readPublic(dir.resolve("release.pub")));
        assertThat(bundle.verify(TrustedKeys.load(dir), "b").version()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("release.pub"))).startsWith("-----BEGIN PUBLIC KEY-----");
    }
}
