package kiosk.app.services;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;

/**
 * A whole kiosk on the real backend-stub (loopback HTTP, simulated devices, the demo configuration) driven
 * through the engine's intents without JavaFX, the way a resident's taps reach it. Counts the taps after
 * identification (typing on a keypad is counted apart) and renders what a screen shows in every language.
 */
public final class EngineOnStub implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    public final BackendStub stub;
    public final KioskAssembly kiosk;
    public final VisitEngine flow;
    private int taps;
    private int typed;

    private EngineOnStub(BackendStub stub, KioskAssembly kiosk) {
        this.stub = stub;
        this.kiosk = kiosk;
        this.flow = kiosk.flow();
    }

    public static EngineOnStub start(Path dir) {
        BackendStub stub = BackendStub.start(StubSettings.builder().port(0).inMemory().build());
        KioskConfig base = DemoConfig.load();
        KioskConfig config = base.withBackend(base.backend().withBaseUrl(stub.baseUrl()))
                .withJournal(new KioskConfig.Journal(dir.resolve("journal.db")))
                .withSession(new KioskConfig.Session(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(60)))
                .withFleet(new KioskConfig.Fleet(Duration.ofMinutes(5)));
        EngineOnStub test = new EngineOnStub(stub, KioskAssembly.start(config));
        // Devices open in the background: a lobby kiosk waits until the printer and reader are usable.
        await().atMost(WAIT).until(() -> test.kiosk.devices().devices().stream().allMatch(d -> d.status().state().isUsable())
                && !(test.flow.state().model() instanceof ScreenModel.Attract a && a.outOfService()));
        return test;
    }

    /** Starts a visit in the language and identifies with the document; waits for the menu; taps count from here. */
    public ScreenModel.Menu identify(Language language, Identification who) {
        flow.start();
        flow.chooseLanguage(language);
        awaitModel(ScreenModel.Identify.class);
        flow.cardRead(who);
        ScreenModel.Menu menu = awaitModel(ScreenModel.Menu.class);
        taps = 0;
        typed = 0;
        return menu;
    }

    // ---- the resident's intents (each a tap, except typing)

    public void service(String id) {
        taps++;
        flow.chooseService(id);
    }

    public void choose(String optionId) {
        taps++;
        flow.choose(optionId);
    }

    public void next() {
        taps++;
        flow.next();
    }

    public void pay() {
        taps++;
        flow.pay();
    }

    public void back() {
        taps++;
        flow.back();
    }

    /** A value typed on the keypad; the engine checks it as it is typed. */
    public void type(String field, String value) {
        typed++;
        flow.input(field, value);
    }

    public int taps() {
        return taps;
    }

    public int typedFields() {
        return typed;
    }

    // ---- waiting for screens

    public <T extends ScreenModel> T awaitModel(Class<T> type) {
        return awaitModel(type, m -> true);
    }

    public <T extends ScreenModel> T awaitModel(Class<T> type, Predicate<T> which) {
        try {
            await().atMost(WAIT).until(() -> {
                FlowState s = flow.state();
                return !s.busy() && type.isInstance(s.model()) && which.test(type.cast(s.model()));
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("expected a " + type.getSimpleName() + " screen, the kiosk shows " + flow.state(), e);
        }
        return type.cast(flow.state().model());
    }

    public ScreenModel.Choice awaitChoice(String stepId) {
        return awaitModel(ScreenModel.Choice.class, c -> c.stepId().equals(stepId));
    }

    /** Pays the basket's order as the resident's phone would and waits for the receipt to be out. */
    public ScreenModel.Done payOrder() throws Exception {
        ScreenModel.Payment payment = awaitModel(ScreenModel.Payment.class);
        kiosk.backend().simulatePayment(payment.orderId());
        return awaitModel(ScreenModel.Done.class);
    }

    // ---- what the resident reads

    public String render(Txt text, Language language) {
        return new TextRenderer(kiosk.messages(), language, java.time.ZoneId.of("Asia/Shanghai")).render(text);
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

    @Override
    public void close() {
        kiosk.close();
        stub.close();
    }
}
