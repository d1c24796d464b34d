package kiosk.app.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class PlainHttpTest {

    @Test
    void anHttpAddressGetsACleartextClientWithNoTlsSetUp() {
        OkHttpClient client = PlainHttp.cleartextWhenHttp(new OkHttpClient.Builder(), HttpUrl.get("http://127.0.0.1:8080/")).build();

        assertThat(client.connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
        assertThatThrownBy(client::sslSocketFactory).as("no TLS was set up").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anHttpsAddressKeepsTls() {
        OkHttpClient client = PlainHttp.cleartextWhenHttp(new OkHttpClient.Builder(), HttpUrl.get("https://backend.example/")).build();

        assertThat(client.connectionSpecs()).isEqualTo(new OkHttpClient().connectionSpecs()); // OkHttp's own
        assertThat(client.sslSocketFactory()).isNotNull();
    }
}
