package kiosk.app.services;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Language;
import kiosk.app.model.Identification;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.printer.escpos.sim.PrintedReceipt;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;

/**
 * A whole kiosk (simulated devices, journal in a temporary folder) against the real backend-stub on a
 * loopback port, driven through the engine's intents without JavaFX. Every intent a resident makes after
 * identification counts as a tap (typing a whole field counts as one), so tests can report taps per service.
 */
final class KioskOnStub implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    final BackendStub stub;
    final KioskAssembly kiosk;
    private final Path stubDb;
    private int taps;

    private KioskOnStub(BackendStub stub, KioskAssembly kiosk, Path stubDb) {
        this.stub = stub;
        this.kiosk = kiosk;
        this.stubDb = stubDb;
    }

    /** A stub in memory. */
    static KioskOnStub start(Path dir) {
        return start(dir, null, false);
    }

    /** A stub in memory and an A4 document printer spooling PDFs to {@code dir/a4}. */
    static KioskOnStub startWithDocumentPrinter(Path dir) {
        return start(dir, null, true);
    }

    /** A stub on an H2 file in {@code dir}, so a test can add a fixture the seed lacks ({@link #sql}). */
    static KioskOnStub startWithFileDb(Path dir) {
        return start(dir, dir.resolve("stub-db").toAbsolutePath(), false);
    }

    private static KioskOnStub start(Path dir, Path stubDb, boolean documentPrinter) {
        StubSettings.Builder settings = StubSettings.builder().port(0);
        BackendStub stub = BackendStub.start((stubDb == null ? settings.inMemory() : settings.db(stubDb.toString())).build());
        KioskConfig demo = DemoConfig.load();
        java.util.List<KioskConfig.DeviceConfig> devices = new java.util.ArrayList<>(
                demo.devices().stream().map(KioskOnStub::patientPrinter).toList());
        if (documentPrinter) {
            devices.add(new KioskConfig.DeviceConfig("document-printer", "document-printer", "a4-pdf",
                    java.util.Map.of("spool-dir", dir.resolve("a4").toString())));
        }
        KioskConfig base = new KioskConfig(demo.kioskId(), demo.mode(), demo.backend(), demo.session(),
                devices, demo.journal(), demo.defaultLanguage(), demo.fleet(), demo.station());
        KioskConfig config = base.withBackend(base.backend().withBaseUrl(stub.baseUrl()))
                .withJournal(new KioskConfig.Journal(dir.resolve("journal.db")))
                .withSession(new KioskConfig.Session(Duration.ofSeconds(120), Duration.ofSeconds(20), Duration.ofSeconds(120)))
                .withFleet(new KioskConfig.Fleet(Duration.ofSeconds(30)));
        KioskOnStub test = new KioskOnStub(stub, KioskAssembly.start(config), stubDb);
        await().atMost(WAIT).until(() -> test.kiosk.devices().devices().stream().allMatch(d -> d.status().state().isUsable())
                && !(test.flow().state().model() instanceof ScreenModel.Attract a && a.outOfService()));
        return test;
    }

    /**
     * This machine's CPUs are shared by several builds: the printer simulator, rendering a long receipt, then
     * answers the real-time status (DLE EOT) later than the driver's 1 s default, and the print fails as
     * "not responding". Five seconds keeps the tests about the services, not about the load.
     */
    private static KioskConfig.DeviceConfig patientPrinter(KioskConfig.DeviceConfig device) {
        if (!"receipt-printer".equals(device.kind())) {
            return device;
        }
        java.util.Map<String, String> settings = new java.util.HashMap<>(device.settings());
        settings.putIfAbsent("status-timeout", "5s");
        return new KioskConfig.DeviceConfig(device.id(), device.kind(), device.driver(), settings);
    }

    VisitEngine flow() {
        return kiosk.flow();
    }

    /** Attract, language, then the document on the reader; waits for the menu. Taps count from here. */
    ScreenModel.Menu identify(Language language, Identification who) {
        flow().start();
        flow().chooseLanguage(language);
        awaitScreen(ScreenModel.Identify.class);
        flow().cardRead(who);
        taps = 0;
        return awaitScreen(ScreenModel.Menu.class);
    }

    /** Attract, language, then an e-ID code shown to the scanner (as the phone would); waits for the menu. */
    ScreenModel.Menu identifyByCode(Language language, String payload) {
        flow().start();
        flow().chooseLanguage(language);
        awaitScreen(ScreenModel.Identify.class);
        flow().codeScanned(payload);
        taps = 0;
        return awaitScreen(ScreenModel.Menu.class);
    }

    /** The stub's admin issues the e-ID code the resident's phone would show. */
    String identityCode(String residentId) throws Exception {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(stub.baseUrl().resolve("/admin/identity-codes"))
                        .header("X-Admin-Token", stub.settings().adminToken()).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"residentId\":\"" + residentId + "\"}"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("identity code not issued: " + answer.statusCode());
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body()).get("payload").asText();
    }

    /** Waits until the engine shows this screen and is not busy. */
    <T extends ScreenModel> T awaitScreen(Class<T> type) {
        await().atMost(WAIT).until(() -> type.isInstance(flow().state().model()) && !flow().state().busy());
        return type.cast(flow().state().model());
    }

    ScreenModel.ServiceOption option(String serviceId) {
        ScreenModel.Menu menu = (ScreenModel.Menu) flow().state().model();
        return menu.groups().stream().flatMap(g -> g.services().stream()).filter(o -> o.serviceId().equals(serviceId))
                .findFirst().orElseThrow(() -> new AssertionError(serviceId + " is not on the menu"));
    }

    // ---- the resident's taps

    void chooseService(String serviceId) {
        taps++;
        flow().chooseService(serviceId);
    }

    void choose(String optionId) {
        taps++;
        flow().choose(optionId);
    }

    void type(String field, String value) {
        taps++;
        flow().input(field, value);
    }

    void next() {
        taps++;
        flow().next();
    }

    void back() {
        taps++;
        flow().back();
    }

    void pay() {
        taps++;
        flow().pay();
    }

    int taps() {
        return taps;
    }

    /** The resident's phone pays the order on the payment screen (not a tap on the kiosk). */
    void payOnPhone() throws Exception {
        ScreenModel.Payment payment = awaitScreen(ScreenModel.Payment.class);
        kiosk.backend().simulatePayment(payment.orderId());
    }

    PrintedReceipt lastReceipt() {
        EscPosPrinterSimulator printer = kiosk.rack().first(EscPosPrinterSimulator.class).orElseThrow();
        await().atMost(WAIT).until(() -> printer.lastReceipt() != null);
        return printer.lastReceipt();
    }

    /** Ends the visit (Finish), as a resident leaving would. */
    void finish() {
        flow().finish();
        awaitScreen(ScreenModel.Attract.class);
    }

    // ---- fixtures on the stub's own database (file stubs only)

    void sql(String statement, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    long count(String query, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Connection connect() throws SQLException {
        if (stubDb == null) {
            throw new IllegalStateException("fixtures need a stub started with startWithFileDb");
        }
        // The same JVM opens the same embedded database the stub runs on.
        return DriverManager.getConnection("jdbc:h2:file:" + stubDb + ";LOCK_TIMEOUT=10000", "stub", "");
    }

    @Override
    public void close() {
        kiosk.close();
        stub.close();
    }
}
