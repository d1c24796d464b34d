package kiosk.app.services;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import kiosk.app.assembly.KioskAssembly;
import kiosk.app.flow.FlowState;
import kiosk.app.flow.Option;
import kiosk.app.flow.Row;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.i18n.TextRenderer;
import kiosk.app.i18n.Txt;
import kiosk.app.model.Identification;
import kiosk.config.DemoConfig;
import kiosk.config.KioskConfig;
import kiosk.config.Localized;
import kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator;
import kiosk.peripherals.printer.escpos.sim.PrintedReceipt;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;

/**
 * A whole kiosk (simulated devices, the demo configuration, journal in a temporary folder) against the real
 * backend-stub on a loopback port, driven through the engine's intents without JavaFX, the way a resident's
 * taps reach it. After identification every intent counts as a tap, except typing on a keypad, counted apart
 * ({@link #typedFields()}: one per field value typed). It renders what a screen shows in every language, and
 * on a file stub adds fixtures the seed lacks.
 */
public final class KioskOnStub implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    public final BackendStub stub;
    public final KioskAssembly kiosk;
    private final Path stubDb;
    private int taps;
    private int typed;

    private KioskOnStub(BackendStub stub, KioskAssembly kiosk, Path stubDb) {
        this.stub = stub;
        this.kiosk = kiosk;
        this.stubDb = stubDb;
    }

    /** A stub in memory, the demo devices, a long idle timeout (a loaded machine never ends a visit). */
    public static KioskOnStub start(Path dir) {
        return setup().start(dir);
    }

    /** What a test needs beyond {@link #start}: a file stub for fixtures, an A4 printer, a short idle timeout. */
    public static Setup setup() {
        return new Setup();
    }

    /** How the kiosk and its stub start. */
    public static final class Setup {

        private boolean fileDb;
        private boolean documentPrinter;
        private Duration idleTimeout = Duration.ofMinutes(5);
        private Duration idleWarning = Duration.ofSeconds(30);

        private Setup() {
        }

        /** The stub on an H2 file in the test's folder, so a test can add a fixture the seed lacks ({@link #sql}). */
        public Setup fileDb() {
            fileDb = true;
            return this;
        }

        /** An A4 document printer spooling PDFs to {@code dir/a4}. */
        public Setup documentPrinter() {
            documentPrinter = true;
            return this;
        }

        /** The resident is warned after {@code timeout - warning} without a touch and the visit ends after {@code timeout}. */
        public Setup idle(Duration timeout, Duration warning) {
            idleTimeout = timeout;
            idleWarning = warning;
            return this;
        }

        public KioskOnStub start(Path dir) {
            Path db = fileDb ? dir.resolve("stub-db").toAbsolutePath() : null;
            StubSettings.Builder settings = StubSettings.builder().port(0);
            BackendStub stub = BackendStub.start((db == null ? settings.inMemory() : settings.db(db.toString())).build());
            KioskConfig demo = DemoConfig.load();
            List<KioskConfig.DeviceConfig> devices = new ArrayList<>(demo.devices().stream().map(KioskOnStub::patientPrinter).toList());
            if (documentPrinter) {
                devices.add(new KioskConfig.DeviceConfig("document-printer", "document-printer", "a4-pdf",
                        Map.of("spool-dir", dir.resolve("a4").toString())));
            }
            KioskConfig base = new KioskConfig(demo.kioskId(), demo.mode(), demo.backend(), demo.session(),
                    devices, demo.journal(), demo.defaultLanguage(), demo.fleet(), demo.station());
            KioskConfig config = base.withBackend(base.backend().withBaseUrl(stub.baseUrl()))
                    .withJournal(new KioskConfig.Journal(dir.resolve("journal.db")))
                    .withSession(new KioskConfig.Session(idleTimeout, idleWarning, Duration.ofSeconds(120)))
                    .withFleet(new KioskConfig.Fleet(Duration.ofMinutes(5)));
            KioskOnStub test = new KioskOnStub(stub, KioskAssembly.start(config), db);
            // Devices open in the background: a lobby kiosk waits until the printer and reader are usable.
            await().atMost(WAIT).until(() -> test.kiosk.devices().devices().stream().allMatch(d -> d.status().state().isUsable())
                    && !(test.flow().state().model() instanceof ScreenModel.Attract a && a.outOfService()));
            return test;
        }
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
        Map<String, String> settings = new HashMap<>(device.settings());
        settings.putIfAbsent("status-timeout", "5s");
        return new KioskConfig.DeviceConfig(device.id(), device.kind(), device.driver(), settings);
    }

    public VisitEngine flow() {
        return kiosk.flow();
    }

    // ---- identification (taps count from the menu on)

    /** Attract, language, then the document on the reader; waits for the menu. */
    public ScreenModel.Menu identify(Language language, Identification who) {
        flow().start();
        flow().chooseLanguage(language);
        awaitScreen(ScreenModel.Identify.class);
        flow().cardRead(who);
        return menuReached();
    }

    /** Attract, language, then an e-ID code shown to the scanner (as the phone would); waits for the menu. */
    public ScreenModel.Menu identifyByCode(Language language, String payload) {
        flow().start();
        flow().chooseLanguage(language);
        awaitScreen(ScreenModel.Identify.class);
        flow().codeScanned(payload);
        return menuReached();
    }

    private ScreenModel.Menu menuReached() {
        ScreenModel.Menu menu = awaitScreen(ScreenModel.Menu.class);
        taps = 0;
        typed = 0;
        return menu;
    }

    /** The stub's admin issues the e-ID code the resident's phone would show. */
    public String identityCode(String residentId) throws Exception {
        return admin("POST", "/admin/identity-codes", "{\"residentId\":\"" + residentId + "\"}").get("payload").asText();
    }

    /** A call to the stub's admin routes (ledger, faults, identity codes); fails unless it succeeds. */
    public JsonNode admin(String method, String path, String json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(stub.baseUrl().resolve(path))
                        .header("X-Admin-Token", stub.settings().adminToken()).header("Content-Type", "application/json")
                        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                        .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode());
        }
        return new ObjectMapper().readTree(answer.body());
    }

    // ---- the resident's intents (each a tap, except typing)

    public void chooseService(String serviceId) {
        taps++;
        flow().chooseService(serviceId);
    }

    public void choose(String optionId) {
        taps++;
        flow().choose(optionId);
    }

    public void next() {
        taps++;
        flow().next();
    }

    public void back() {
        taps++;
        flow().back();
    }

    public void pay() {
        taps++;
        flow().pay();
    }

    public void removeFromBasket(String lineKey) {
        taps++;
        flow().removeFromBasket(lineKey);
    }

    /** A value typed on the keypad; the engine checks it as it is typed. */
    public void type(String field, String value) {
        typed++;
        flow().input(field, value);
    }

    public int taps() {
        return taps;
    }

    public int typedFields() {
        return typed;
    }

    /** The resident's phone pays the order on the payment screen (not a tap on the kiosk); waits for the done page. */
    public ScreenModel.Done payOnPhone() throws Exception {
        ScreenModel.Payment payment = awaitScreen(ScreenModel.Payment.class);
        kiosk.backend().simulatePayment(payment.orderId());
        return awaitScreen(ScreenModel.Done.class);
    }

    /** Ends the visit (Finish), as a resident leaving would; waits for the attract screen. */
    public void finish() {
        flow().finish();
        if (flow().state().overlay() instanceof kiosk.app.flow.Overlay.LeavePayment) {
            flow().confirmLeave(); // during a live order Home asks first: the resident confirms leaving
        }
        awaitScreen(ScreenModel.Attract.class);
    }

    // ---- waiting for screens

    /** Waits until the engine shows this screen and is not busy. */
    public <T extends ScreenModel> T awaitScreen(Class<T> type) {
        return awaitScreen(type, m -> true);
    }

    public <T extends ScreenModel> T awaitScreen(Class<T> type, Predicate<T> which) {
        try {
            await().atMost(WAIT).until(() -> {
                FlowState s = flow().state();
                return !s.busy() && type.isInstance(s.model()) && which.test(type.cast(s.model()));
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("expected a " + type.getSimpleName() + " screen, the kiosk shows " + flow().state(), e);
        }
        return type.cast(flow().state().model());
    }

    public ScreenModel.Choice awaitChoice(String stepId) {
        return awaitScreen(ScreenModel.Choice.class, c -> c.stepId().equals(stepId));
    }

    public ScreenModel.ServiceOption option(String serviceId) {
        ScreenModel.Menu menu = (ScreenModel.Menu) flow().state().model();
        return menu.groups().stream().flatMap(g -> g.services().stream()).filter(o -> o.serviceId().equals(serviceId))
                .findFirst().orElseThrow(() -> new AssertionError(serviceId + " is not on the menu"));
    }

    public PrintedReceipt lastReceipt() {
        EscPosPrinterSimulator printer = kiosk.rack().first(EscPosPrinterSimulator.class).orElseThrow();
        await().atMost(WAIT).until(() -> printer.lastReceipt() != null);
        return printer.lastReceipt();
    }

    // ---- what the resident reads

    public String render(Txt text, Language language) {
        return new TextRenderer(kiosk.messages(), language, ZoneId.of("Asia/Shanghai")).render(text);
    }

    public static String words(Localized text, Language language) {
        return text.byTag().get(language.locale().toLanguageTag());
    }

    public KioskConfig.Counter counter(String domain) {
        return kiosk.config().station().counterFor(domain).orElseThrow();
    }

    /** Every text on a screen, for checks that each renders in every language. */
    public static List<Txt> texts(ScreenModel model) {
        List<Txt> out = new ArrayList<>();
        if (model instanceof ScreenModel.Info i) {
            out.add(i.title());
            i.rows().forEach(r -> rowTexts(r, out));
            out.addAll(i.notes());
        } else if (model instanceof ScreenModel.Choice c) {
            for (Option o : c.options()) {
                out.add(o.label());
                if (o.detail() != null) {
                    out.add(o.detail());
                }
                if (o.status() != null) {
                    out.add(o.status());
                }
            }
        } else if (model instanceof ScreenModel.Confirm c) {
            c.rows().forEach(r -> rowTexts(r, out));
        } else if (model instanceof ScreenModel.Basket b) {
            b.lines().forEach(l -> out.add(l.title()));
        } else if (model instanceof ScreenModel.Done d) {
            out.addAll(d.notes());
        }
        return out;
    }

    private static void rowTexts(Row row, List<Txt> out) {
        out.add(row.label());
        out.add(row.value());
    }

    /** Renders the texts in each language and returns those a bundle lacks (shown as [key]). */
    public List<String> missingIn(ScreenModel model, Set<Language> languages) {
        Messages messages = kiosk.messages();
        List<String> missing = new ArrayList<>();
        for (Language language : languages) {
            for (Txt text : texts(model)) {
                collectMissing(text, language, messages, missing);
            }
        }
        return missing;
    }

    private static void collectMissing(Txt text, Language language, Messages messages, List<String> missing) {
        if (text instanceof Txt.Key k) {
            if (!messages.has(language, k.key())) {
                missing.add(language + ":" + k.key());
            }
            for (Object arg : k.args()) {
                if (arg instanceof Txt t) {
                    collectMissing(t, language, messages, missing);
                }
            }
        }
    }

    // ---- fixtures on the stub's own database (file stubs only)

    public void sql(String statement, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(statement)) {
            bind(ps, args);
            ps.executeUpdate();
        }
    }

    public long count(String query, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(query)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private Connection connect() throws SQLException {
        if (stubDb == null) {
            throw new IllegalStateException("fixtures need a stub started with setup().fileDb()");
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
