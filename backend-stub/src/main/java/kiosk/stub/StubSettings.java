package kiosk.stub;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import kiosk.stub.fault.FaultSettings;
import okhttp3.tls.HandshakeCertificates;

/**
 * How to start the stub. db: "mem" or a file path; tls: when set, the only connector is HTTPS with this
 * context (server certificate, and the trusted client CAs when client auth is required); heartbeatFlush: how
 * often heartbeats held in memory are written to H2; configSigning: the operations key the desired
 * configuration is signed with when a kiosk fetches it (null: served unsigned, which kiosks refuse).
 */
public record StubSettings(String host, int port, String db, long seed, int generatedResidents, FaultSettings faults,
                           String adminToken, Duration idempotencyTtl, Duration orderTtl, int maxBodyBytes, Clock clock,
                           SSLContext tls, boolean requireClientAuth, Duration heartbeatFlush,
                           java.security.KeyPair configSigning) {

    public static final String DEFAULT_DB = "data/backend-stub";

    public StubSettings {
        Objects.requireNonNull(host);
        Objects.requireNonNull(db);
        Objects.requireNonNull(faults);
        Objects.requireNonNull(adminToken);
        Objects.requireNonNull(clock);
        if (heartbeatFlush.isNegative() || heartbeatFlush.isZero()) {
            throw new IllegalArgumentException("the heartbeat flush period is positive");
        }
        if (requireClientAuth && tls == null) {
            throw new IllegalArgumentException("client authentication needs TLS");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean tlsEnabled() {
        return tls != null;
    }

    @Override
    public String toString() {
        return "StubSettings[port=" + port + ", db=" + db + ", seed=" + seed + ", tls=" + tlsEnabled()
                + ", clientAuth=" + requireClientAuth + "]";
    }

    /** Defaults: port 8088, the H2 file under ./data/, seed 42, 200 generated residents, no faults. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8088;
        private String db = DEFAULT_DB;
        private long seed = 42;
        private int generatedResidents = 200;
        private FaultSettings faults = FaultSettings.NONE;
        private String adminToken = "stub-admin";
        private Duration idempotencyTtl = Duration.ofHours(24);
        private Duration orderTtl = Duration.ofMinutes(15);
        private int maxBodyBytes = 64 * 1024;
        private Clock clock = Clock.systemUTC();
        private SSLContext tls;
        private boolean requireClientAuth;
        private Duration heartbeatFlush = Duration.ofMillis(200);
        private java.security.KeyPair configSigning = kiosk.stub.fleet.ConfigSigner.demoKey();

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder db(String db) {
            this.db = db;
            return this;
        }

        public Builder inMemory() {
            return db("mem");
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder generatedResidents(int count) {
            this.generatedResidents = count;
            return this;
        }

        public Builder faults(FaultSettings faults) {
            this.faults = faults;
            return this;
        }

        public Builder adminToken(String token) {
            this.adminToken = token;
            return this;
        }

        public Builder idempotencyTtl(Duration ttl) {
            this.idempotencyTtl = ttl;
            return this;
        }

        public Builder orderTtl(Duration ttl) {
            this.orderTtl = ttl;
            return this;
        }

        public Builder maxBodyBytes(int bytes) {
            this.maxBodyBytes = bytes;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** HTTPS with this context (its key manager holds the server certificate, its trust manager the client CAs). */
        public Builder tls(SSLContext context, boolean requireClientAuth) {
            this.tls = context;
            this.requireClientAuth = requireClientAuth;
            return this;
        }

        /** HTTPS from okhttp-tls certificates: held certificate = server, trusted certificates = client CAs. */
        public Builder tls(HandshakeCertificates certificates, boolean requireClientAuth) {
            return tls(certificates.sslContext(), requireClientAuth);
        }

        /** How often heartbeats held in memory are written to H2: the most a crash can lose (default 200 ms). */
        public Builder heartbeatFlush(Duration period) {
            this.heartbeatFlush = period;
            return this;
        }

        /** The key that signs desired configurations (default: the demo operations key); null serves them unsigned. */
        public Builder configSigning(java.security.KeyPair key) {
            this.configSigning = key;
            return this;
        }

        public StubSettings build() {
            return new StubSettings(host, port, db, seed, generatedResidents, faults, adminToken, idempotencyTtl, orderTtl,
                    maxBodyBytes, clock, tls, requireClientAuth, heartbeatFlush, configSigning);
        }
    }
}
