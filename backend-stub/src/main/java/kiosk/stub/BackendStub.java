package kiosk.stub;

import io.javalin.Javalin;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import kiosk.stub.api.AdminApi;
import kiosk.stub.api.Applications;
import kiosk.stub.api.EligibilityApi;
import kiosk.stub.api.ExitEntryApi;
import kiosk.stub.api.FleetAdminApi;
import kiosk.stub.api.FleetApi;
import kiosk.stub.api.HealthApi;
import kiosk.stub.api.HouseholdApi;
import kiosk.stub.api.IdentityApi;
import kiosk.stub.api.OpenApiRoute;
import kiosk.stub.api.PaymentApi;
import kiosk.stub.api.PaymentCodeApi;
import kiosk.stub.api.ReceiptApi;
import kiosk.stub.api.ResidentApi;
import kiosk.stub.api.StationApi;
import kiosk.stub.api.StaffActionApi;
import kiosk.stub.api.TrafficApi;
import kiosk.stub.api.VerifyApi;
import kiosk.stub.db.Database;
import kiosk.stub.db.Sql;
import kiosk.stub.fault.FaultInjector;
import kiosk.stub.fleet.DesiredVersions;
import kiosk.stub.fleet.FleetPage;
import kiosk.stub.fleet.HeartbeatIntake;
import kiosk.stub.http.KioskAuth;
import kiosk.stub.http.Route;
import kiosk.stub.http.Router;
import kiosk.stub.idempotency.IdempotencyStore;
import kiosk.stub.seed.Seeder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The backend stub: an HTTP(S) server on Javalin with its H2 database. Start with start(), stop with close(). */
public final class BackendStub implements AutoCloseable {

    private final StubSettings settings;
    private final Database db;
    private final Javalin app;
    private final Router router;
    private final KioskAuth auth;
    private final FaultInjector faults;
    private final HeartbeatIntake heartbeats;
    private final DesiredVersions desiredVersions = new DesiredVersions();

    private BackendStub(StubSettings settings) {
        this.settings = settings;
        this.db = Database.open(settings.db());
        this.auth = new KioskAuth(db);
        this.faults = new FaultInjector();
        faults.configure(settings.faults());
        IdempotencyStore idempotency = new IdempotencyStore(db, settings.idempotencyTtl());
        idempotency.releaseAbandoned();
        if (!db.inTransaction(Seeder::isCurrent)) {
            db.dropAll();
            db.createSchema();
        }
        seed(settings.seed());
        this.heartbeats = new HeartbeatIntake(db, settings.heartbeatFlush());
        this.router = new Router(db, auth, idempotency, faults, settings.clock(), settings.adminToken(), settings.maxBodyBytes());
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxBodyBytes() * 2L;
            config.http.disableCompression();
            config.jetty.defaultHost = settings.host();
            if (settings.tlsEnabled()) {
                config.jetty.addConnector((server, httpConfig) -> httpsConnector(server, httpConfig));
            }
        });
        app.error(404, Router::notFound);
        router.register(app, allRoutes());
        FleetPage.register(app);
    }

    private ServerConnector httpsConnector(org.eclipse.jetty.server.Server server, HttpConfiguration httpConfig) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setSslContext(settings.tls());
        ssl.setNeedClientAuth(settings.requireClientAuth());
        HttpConfiguration https = new HttpConfiguration(httpConfig);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        customizer.setSniHostCheck(false);
        https.addCustomizer(customizer);
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        return connector;
    }

    private List<Route> allRoutes() {
        List<Route> routes = new ArrayList<>();
        routes.addAll(HealthApi.routes());
        routes.addAll(OpenApiRoute.routes());
        routes.addAll(ResidentApi.routes());
        routes.addAll(TrafficApi.routes());
        routes.addAll(new PaymentApi(settings.orderTtl()).routes());
        routes.addAll(ReceiptApi.routes());
        routes.addAll(HouseholdApi.routes());
        routes.addAll(ExitEntryApi.routes());
        routes.addAll(Applications.routes());
        routes.addAll(EligibilityApi.routes());
        routes.addAll(StationApi.routes());
        routes.addAll(IdentityApi.routes());
        routes.addAll(PaymentCodeApi.routes());
        routes.addAll(VerifyApi.routes());
        routes.addAll(new FleetApi(heartbeats, desiredVersions,
                settings.configSigning() == null ? null : new kiosk.stub.fleet.ConfigSigner(settings.configSigning())).routes());
        routes.addAll(StaffActionApi.routes());
        routes.addAll(new FleetAdminApi(heartbeats, desiredVersions).routes());
        routes.addAll(new AdminApi(faults, new AdminApi.Resetter() {
            @Override
            public long reset(Long seed) {
                return BackendStub.this.reset(seed == null ? settings.seed() : seed);
            }

            @Override
            public long residents() {
                return db.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM resident"));
            }
        }, auth, heartbeats, desiredVersions).routes());
        return routes;
    }

    public static BackendStub start(StubSettings settings) {
        BackendStub stub = new BackendStub(settings);
        try {
            stub.app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            stub.heartbeats.close();
            stub.db.close();
            throw e;
        }
        return stub;
    }

    private void seed(long seed) {
        db.inTransaction(c -> {
            Seeder.seed(c, seed, settings.clock().instant(), settings.generatedResidents());
            return null;
        });
    }

    /** Drops all data and seeds again (tests and demos). */
    synchronized long reset(long seed) {
        heartbeats.replaceDatabase(() -> {
            db.dropAll();
            db.createSchema();
            seed(seed);
        });
        desiredVersions.changedAll();
        auth.forget();
        return seed;
    }

    public int port() {
        return app.port();
    }

    public URI baseUrl() {
        return URI.create((settings.tlsEnabled() ? "https" : "http") + "://" + settings.host() + ":" + port());
    }

    /** Every route the stub serves (the OpenAPI contract test compares them with the document). */
    public List<Route> routes() {
        return router.routes();
    }

    public FaultInjector faults() {
        return faults;
    }

    public StubSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            try {
                heartbeats.close(); // the beats of the last flush period
            } finally {
                db.close();
            }
        }
    }
}
