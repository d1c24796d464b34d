package kiosk.app.backend;

import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A client of an http:// address speaks cleartext only. Otherwise OkHttp sets up TLS anyway when the
 * client is built (the platform's trust store read and parsed): about 0.15 s on the way to the first
 * screen, for a connection that never uses it. https:// addresses keep TLS, with the kiosk's own
 * certificates where backend.tls gives them.
 */
public final class PlainHttp {

    private PlainHttp() {
    }

    public static OkHttpClient.Builder cleartextWhenHttp(OkHttpClient.Builder builder, HttpUrl base) {
        return base.isHttps() ? builder : builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
    }
}
