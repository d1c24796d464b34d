package kiosk.app.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import kiosk.app.backend.BackendTls;
import kiosk.config.KioskConfig;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * POST /api/v1/fleet/kiosks/{kioskId}/staff-actions on backend-stub, over the kiosk's own TLS identity
 * when configured. The Idempotency-Key is derived from the record's id, so a resend after a lost answer
 * is recorded once.
 */
public final class HttpAdminReporter implements AdminReporter {

    private static final MediaType JSON = MediaType.get("application/json");

    private final KioskConfig.Backend backend;
    private final OkHttpClient client;
    private final ObjectMapper json = new ObjectMapper();

    public HttpAdminReporter(KioskConfig.Backend backend, BackendTls tls) {
        this.backend = backend;
        OkHttpClient.Builder builder = new OkHttpClient.Builder().retryOnConnectionFailure(false).followRedirects(false)
                .connectTimeout(backend.connectTimeout()).readTimeout(backend.readTimeout()).callTimeout(backend.callTimeout());
        if (tls != null) {
            builder.sslSocketFactory(tls.clientCertificates().sslSocketFactory(), tls.clientCertificates().trustManager())
                    .certificatePinner(new okhttp3.CertificatePinner.Builder()
                            .add(backend.baseUrl().getHost(), tls.pins().toArray(String[]::new)).build());
        } else {
            kiosk.app.backend.PlainHttp.cleartextWhenHttp(builder, okhttp3.HttpUrl.get(backend.baseUrl().toString()));
        }
        this.client = builder.build();
    }

    /** As configured: mutual TLS from the PEM files of backend.tls, plain HTTP otherwise. */
    public static HttpAdminReporter of(KioskConfig config) throws IOException {
        KioskConfig.Tls tls = config.backend().tls();
        return new HttpAdminReporter(config.backend(),
                tls == null ? null : BackendTls.fromPemFiles(tls.identity(), tls.backendCa(), tls.pins()));
    }

    @Override
    public void send(String kioskId, AuditRecord record) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sequence", record.id());
        body.put("at", record.at().toString());
        body.put("staffId", record.staffId());
        body.put("action", record.action().name());
        body.put("subject", record.subject());
        body.put("detail", record.detail());
        String base = backend.baseUrl().toString().replaceAll("/+$", "");
        Request request = new Request.Builder()
                .url(base + "/api/v1/fleet/kiosks/" + kioskId + "/staff-actions")
                .header("X-Kiosk-Id", kioskId)
                .header("Authorization", "Bearer " + backend.apiKey())
                .header("Idempotency-Key", "staff-action-" + kioskId + "-" + record.id() + "-" + record.at().toEpochMilli())
                .post(RequestBody.create(json.writeValueAsBytes(body), JSON))
                .build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("staff action not recorded by the backend: HTTP " + response.code());
            }
        }
    }
}
