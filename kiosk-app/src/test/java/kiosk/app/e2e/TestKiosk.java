package kiosk.app.e2e;

import java.nio.file.Path;
import java.time.Duration;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.VisitEngine;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;

/**
 * A whole kiosk for end-to-end tests: the real backend-stub on a loopback port (reached over HTTP
 * only), the demo configuration with simulated devices, and a journal in a temporary folder.
 */
final class TestKiosk implements AutoCloseable {

    final BackendStub stub;
    final KioskAssembly kiosk;

    private TestKiosk(BackendStub stub, KioskAssembly kiosk) {
        this.stub = stub;
        this.kiosk = kiosk;
    }

    static TestKiosk start(Path dir, Duration idleTimeout, Duration idleWarning) {
        return start(dir, idleTimeout, idleWarning, Duration.ofSeconds(120));
    }

    static TestKiosk start(Path dir, Duration idleTimeout, Duration idleWarning, Duration paymentTimeout) {
        return start(dir, new KioskConfig.Session(idleTimeout, idleWarning, paymentTimeout), KioskAssembly.Options.DEFAULT);
    }

    /** With a voice or call-staff port of the test's own (a recording fake). */
    static TestKiosk start(Path dir, KioskConfig.Session session, KioskAssembly.Options options) {
        BackendStub stub = BackendStub.start(StubSettings.builder().port(0).inMemory().build());
        KioskConfig base = DemoConfig.load();
        KioskConfig config = base.withBackend(base.backend().withBaseUrl(stub.baseUrl()))
                .withJournal(new KioskConfig.Journal(dir.resolve("journal.db")))
                .withSession(session)
                .withFleet(new KioskConfig.Fleet(Duration.ofSeconds(2)));
        return new TestKiosk(stub, KioskAssembly.start(config, options));
    }

    /** The stub's ledger entries of one kind (GET /admin/ledger), as JSON text. */
    String ledger(String kind) throws Exception {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(stub.baseUrl().resolve("/admin/ledger?kind=" + kind))
                        .header("X-Admin-Token", stub.settings().adminToken()).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return answer.body();
    }

    /** Devices open in the background: wait until every one reports usable, as a lobby kiosk would. */
    void awaitDevicesReady() {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> kiosk.devices().devices().stream()
                .allMatch(d -> d.status().state().isUsable()));
        awaitReaderReady();
    }

    /** The card reader is usable and the attract screen invites residents in. */
    void awaitReaderReady() {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() ->
                kiosk.devices().find("id-reader").orElseThrow().status().state().isUsable()
                && !(kiosk.flow().state().model() instanceof ScreenModel.Attract a && a.outOfService()));
    }

    /** Adds the ticked fines to the basket and pays for it: the order's payment screen follows. */
    static void payChosen(VisitEngine flow) {
        flow.next();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                flow.state().shows(ScreenModel.Basket.class) && !flow.state().busy());
        flow.pay();
    }

    /** A service as the menu shows it. */
    static ScreenModel.ServiceOption option(VisitEngine engine, String serviceId) {
        ScreenModel.Menu menu = (ScreenModel.Menu) engine.state().model();
        return menu.groups().stream().flatMap(g -> g.services().stream()).filter(o -> o.serviceId().equals(serviceId))
                .findFirst().orElseThrow();
    }

    static java.util.List<String> serviceIds(ScreenModel.Menu menu) {
        return menu.groups().stream().flatMap(g -> g.services().stream()).map(ScreenModel.ServiceOption::serviceId)
                .toList();
    }

    @Override
    public void close() {
        kiosk.close();
        stub.close();
    }
}
