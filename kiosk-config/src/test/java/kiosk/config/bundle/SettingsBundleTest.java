package kiosk.config.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.Locale;
import kiosk.config.ConfigException;
import org.junit.jupiter.api.Test;

/** Fleet settings signed by an operations key: verified, or refused when changed or signed by a stranger. */
class SettingsBundleTest {

    private final KeyPair operations = SigningKeys.generate();
    private final TrustedKeys trusted = TrustedKeys.of(operations.getPublic());
    private final String document = "{\"idleTimeoutSeconds\":75}";

    private static String reason(ConfigException e) {
        return e.problems(Locale.ENGLISH).get(0);
    }

    @Test
    void aSignedDocumentVerifies() throws Exception {
        SettingsBundle bundle = SettingsBundle.sign(7, document, operations.getPrivate(), operations.getPublic());
        assertThat(bundle.verify(trusted, "fleet")).isEqualTo(document);
        assertThat(bundle.keyId()).isEqualTo(SigningKeys.keyId(operations.getPublic()));
    }

    @Test
    void aChangedDocumentOrVersionIsRefused() {
        SettingsBundle bundle = SettingsBundle.sign(7, document, operations.getPrivate(), operations.getPublic());
        SettingsBundle otherDocument = new SettingsBundle(7, bundle.keyId(), bundle.signature(), "{\"idleTimeoutSeconds\":600}");
        SettingsBundle otherVersion = new SettingsBundle(70, bundle.keyId(), bundle.signature(), document);
        for (SettingsBundle tampered : new SettingsBundle[] {otherDocument, otherVersion}) {
            assertThatThrownBy(() -> tampered.verify(trusted, "fleet")).isInstanceOfSatisfying(ConfigException.class,
                    e -> assertThat(reason(e)).contains("signature does not match"));
        }
    }

    @Test
    void aDocumentSignedByAnUnknownKeyIsRefused() {
        KeyPair stranger = SigningKeys.generate();
        SettingsBundle bundle = SettingsBundle.sign(7, document, stranger.getPrivate(), stranger.getPublic());
        assertThatThrownBy(() -> bundle.verify(trusted, "fleet")).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems().get(0)).contains(SigningKeys.keyId(stranger.getPublic())));
    }

    @Test
    void aKioskYamlBundleSignatureNeverPassesAsFleetSettings() throws Exception {
        String yaml = "kiosk-id: KIOSK-0042\nmode: demo\nversion: 7\nbackend:\n  url: http://127.0.0.1:8088\n  api-key: k\n";
        ConfigBundle yamlBundle = ConfigBundle.sign(yaml, "kiosk.yaml", operations.getPrivate(), operations.getPublic());
        SettingsBundle replayed = new SettingsBundle(7, yamlBundle.keyId(), yamlBundle.signature(), yaml);
        assertThatThrownBy(() -> replayed.verify(trusted, "fleet")).isInstanceOf(ConfigException.class);
    }

    @Test
    void theDemoKeyIsTheOneBackendStubSignsWith() {
        assertThat(TrustedKeys.demo().ids()).containsExactly("126e953b140a1017");
    }
}
