package kiosk.app.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Txt;
import kiosk.app.model.DocumentType;
import kiosk.app.model.Eligibility;
import kiosk.app.model.Identification;
import kiosk.app.model.LocalizedText;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaymentOrder;
import kiosk.app.model.Resident;
import kiosk.app.session.IdleTimer;
import kiosk.app.voice.Voice;
import kiosk.config.KioskConfig;
import kiosk.config.Localized;
import kiosk.peripherals.device.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a resident's visit without JavaFX: the engine owns the visit (identification, language, idle
 * timer, basket, one payment, one receipt, wipe) and runs the steps of the declared services. Intents
 * come in from the views; immutable {@link FlowState} snapshots go out to listeners. Every call goes
 * through {@link Io} (off the JavaFX thread, failures turned into {@link Problem}s, results of an ended
 * visit discarded).
 *
 * <p>Thread-safe: every state change happens under this object's lock. Listeners are called under the
 * lock and must not block (the JavaFX view hands the snapshot to Platform.runLater).
 */
public final class VisitEngine implements ResidentIntents, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VisitEngine.class);
    private static final Duration PAYMENT_POLL = Duration.ofSeconds(2);
    private static final Duration COUNTDOWN_TICK = Duration.ofSeconds(1);
    /** Extending must give at least this much more time to be offered. */
    private static final Duration MIN_EXTENSION = Duration.ofSeconds(10);
    /** Elder mode: idle and payment times multiplied by this. */
    private static final int ELDER_TIME = 2;

    /** What the engine is built from; the assembly supplies the real ports, tests supply fakes. */
    public record Parts(List<ResidentService> services, IdentityPort identity, PaymentDesk payments,
                        ReceiptOutput printer, DocumentOutput documents, Receipts receipts, KioskConfig.Station station,
                        Io io, ScheduledExecutorService scheduler, KioskConfig.Session session, Language defaultLanguage,
                        StaffCalls staff, Voice voice, String kioskId) {
        public Parts {
            services = List.copyOf(services);
        }
    }

    private final Parts parts;
    private final Map<String, ResidentService> services = new LinkedHashMap<>();
    private final IdleTimer idle;
    private final List<Consumer<FlowState>> listeners = new CopyOnWriteArrayList<>();

    private FlowState state;
    private long visit; // increases whenever a visit ends; stale async results compare against it
    private boolean readerReady = true;
    private String outOfService; // staff words' key once a port said the kiosk must stop serving
    private volatile ServiceSwitchboard switchboard = ServiceSwitchboard.ALL_ON;
    private boolean backendUp = true;
    /** A card was read this visit: it may still lie on the reader when the visit ends. */
    private boolean cardRead;
    /** Until then the attract screen reminds the resident who just left to take their card. */
    private Instant takeCardUntil;
    private static final Duration TAKE_CARD_REMINDER = Duration.ofSeconds(20);
    private Instant nextHealthCheck;

    // The visit's data: personal, dropped by endVisit().
    private Identification identification;
    private Resident resident;
    private Set<String> offered = Set.of();
    private ServiceRun run;
    private final Map<String, BasketItem> basket = new LinkedHashMap<>();
    private PaymentDesk.Ticket ticket;
    private ScheduledFuture<?> paymentTimer;
    private ScheduledFuture<?> countdownTimer;
    private Instant paymentUntil;
    private boolean paymentWarned;
    private Problem codeProblem;
    private final Whereabouts where;
    private String spokenFor; // the prompt identity last spoken (Prompts.identity + language)
    /** The step bar's step of the last flow screen: where a problem happened, for its reference. */
    private Progress lastStep = Progress.IDENTIFY;
    /** The last problem stamped and its stamped copy: a screen shown again (a tick, a language) keeps its reference. */
    private Problem lastRaw;
    private Problem lastStamped;

    public VisitEngine(Parts parts) {
        this.parts = parts;
        for (ResidentService service : parts.services()) {
            if (services.put(service.id(), service) != null) {
                throw new IllegalArgumentException("service id '" + service.id() + "' is declared twice");
            }
        }
        this.idle = new IdleTimer(parts.scheduler(), Runnable::run, parts.session().idleTimeout(),
                parts.session().idleWarning(), this::idleWarning, this::idleTimeout);
        this.where = whereabouts(parts.station());
        this.state = new FlowState(attract(), parts.defaultLanguage(), false, 0);
        this.spokenFor = Prompts.identity(state.model()) + "|" + state.language().tag(); // nobody is there at start
    }

    private static Whereabouts whereabouts(KioskConfig.Station station) {
        return new Whereabouts(station.hotline(), words(station.nearest24h()), station.counters().stream()
                .map(c -> new Whereabouts.Counter(words(c.name()), words(c.hours()))).toList());
    }

    public List<ResidentService> services() {
        return List.copyOf(services.values());
    }

    // ---- observation

    public synchronized FlowState state() {
        return state;
    }

    /** Subscribes and immediately delivers the current state. */
    public synchronized Runnable subscribe(Consumer<FlowState> listener) {
        listeners.add(listener);
        listener.accept(state);
        return () -> listeners.remove(listener);
    }

    /** Whether any of the resident's data is still held (for tests of the wipe). */
    public synchronized boolean holdsResidentData() {
        return identification != null || resident != null || run != null || !basket.isEmpty() || ticket != null
                || !offered.isEmpty();
    }

    // ---- the visit

    @Override
    public synchronized void touch() {
        idle.activity();
        if (state.idleWarningSeconds() > 0) {
            publish(state.withIdleWarning(0));
        }
    }

    @Override
    public synchronized void start() {
        if (!state.shows(ScreenModel.Attract.class)) {
            return;
        }
        if (!readerReady || !backendUp || outOfService != null) {
            show(attract());
            return;
        }
        idle.arm();
        show(new ScreenModel.LanguageChoice());
    }

    @Override
    public synchronized void chooseLanguage(Language language) {
        touch();
        if (run != null) {
            run.language(language);
        }
        if (state.shows(ScreenModel.LanguageChoice.class)) {
            state = state.withLanguage(language); // published with the next screen: one prompt, in the chosen language
            show(new ScreenModel.Identify(readerReady, backendUp ? null : Problems.backendDown()));
        } else {
            publish(state.withLanguage(language));
        }
    }

    /** The card reader produced an identity. Ignored unless the kiosk is asking for one. */
    public synchronized void cardRead(Identification who) {
        if (!state.shows(ScreenModel.Identify.class) || state.busy()) {
            return;
        }
        touch();
        LOG.info("Document read: {}", who);
        cardRead = true;
        if (!backendUp) {
            fail(Problems.backendDown(), Domain.GENERAL); // known before the card came: said at once
            return;
        }
        identify(who, () -> new IdentityPort.Identified(who, parts.identity().lookup(who)));
    }

    /** The card reader failed to read a card: tell the resident what to do with it. */
    public synchronized void cardFailed(DeviceException error) {
        if (state.shows(ScreenModel.Identify.class)) {
            show(new ScreenModel.Identify(readerReady, Problems.ofCardRead(error)));
        }
    }

    /**
     * A code was scanned. On the identification step it is an electronic ID shown on a phone; anywhere
     * else no step takes one, so it is ignored (the payload is not kept).
     */
    @Override
    public synchronized void codeScanned(String payload) {
        if (state.shows(ScreenModel.Payment.class) && ticket != null && !state.busy()
                && !(state.overlay() instanceof Overlay.LeavePayment)) {
            touch();
            payByCode(payload);
            return;
        }
        if (!state.shows(ScreenModel.Identify.class) || state.busy()) {
            return;
        }
        touch();
        if (!backendUp) {
            fail(Problems.backendDown(), Domain.GENERAL);
            return;
        }
        identify(null, () -> parts.identity().fromCode(payload));
    }

    private void identify(Identification who, Io.Task<IdentityPort.Identified> lookup) {
        busy();
        Language language = state.language();
        parts.io().run(visit, this, () -> {
            IdentityPort.Identified found = lookup.run();
            Set<String> shownTo = new LinkedHashSet<>();
            for (ResidentService service : services.values()) {
                ServiceRun probe = new ServiceRun(service, found.identification(), found.resident(), language);
                if (service.offeredWhen() == null || service.offeredWhen().run(probe)) {
                    shownTo.add(service.id());
                }
            }
            return new Welcome(found, Set.copyOf(shownTo));
        }, (Welcome welcome) -> {
            identification = welcome.found().identification();
            resident = welcome.found().resident();
            offered = welcome.offered();
            showMenu();
        }, problem -> {
            if (who == null && !"RESIDENT_NOT_FOUND".equals(problem.code()) && !problem.retryable()) {
                show(new ScreenModel.Identify(readerReady, problem)); // a code that is not an e-ID
            } else {
                fail(problem, Domain.GENERAL);
            }
        });
    }

    /** Who was identified and which services the menu offers them. */
    private record Welcome(IdentityPort.Identified found, Set<String> offered) {
    }

    @Override
    public synchronized void chooseService(String serviceId) {
        ResidentService service = services.get(serviceId);
        if (!state.shows(ScreenModel.Menu.class) || state.busy() || resident == null || service == null) {
            return;
        }
        touch();
        ScreenModel.ServiceOption option = option(service);
        if (!option.available()) {
            // Known before anyone started: said at once, with where to go instead, without calling anything.
            boolean backend = !backendUp && service.needs().contains(ResidentService.Need.BACKEND);
            show(new ScreenModel.OutOfService(serviceId, option.reason(), backend ? nextHealthCheck : null, where));
            return;
        }
        run = new ServiceRun(service, identification, resident, state.language());
        runStep();
    }

    // ---- running a service's steps

    private void runStep() {
        ServiceRun current = run;
        Step step = current.current();
        if (step instanceof Step.Query<?> query) {
            runQuery(current, query);
        } else if (step instanceof Step.Show s) {
            Step.Info info = s.screen().apply(current);
            shown(current);
            show(new ScreenModel.Info(current.service.id(), s.id(), info.title(), info.rows(), info.notes(), current.atLastStep()));
        } else if (step instanceof Step.Choose c) {
            List<Option> options = c.options().apply(current);
            List<Option> enabled = options.stream().filter(Option::enabled).toList();
            if (c.skipWhenOne() && !c.multiple() && enabled.size() == 1) {
                current.put(c.into(), new ChoiceSet(List.of(enabled.get(0).id())));
                advance();
                return;
            }
            ChoiceSet before = current.find(c.into());
            Set<String> selected = new LinkedHashSet<>(before != null ? before.ids()
                    : c.multiple() ? enabled.stream().map(Option::id).toList() : List.of());
            shown(current);
            showChoice(current, c, options, selected);
        } else if (step instanceof Step.Form f) {
            shown(current);
            showForm(current, f);
        } else if (step instanceof Step.Check check) {
            busy();
            parts.io().run(visit, this, () -> check.call().run(current), (Eligibility answer) -> {
                current.put(check.into(), answer);
                if (answer.eligible()) {
                    advance();
                } else {
                    LOG.info("Service {} refused before anything was filled in: {}", current.service.id(),
                            answer.refusal().code());
                    fail(Problems.refused(answer.refusal()), current.service.domain());
                }
            }, problem -> fail(problem, current.service.domain()));
        } else if (step instanceof Step.Confirm c) {
            shown(current);
            show(new ScreenModel.Confirm(current.service.id(), c.id(), c.rows().apply(current), c.feeCents().apply(current)));
        } else if (step instanceof Step.AddToBasket add) {
            busy();
            parts.io().run(visit, this, () -> add.call().run(current), (List<BasketItem> items) -> {
                for (BasketItem item : items) {
                    basket.put(lineKey(item), item);
                }
                endRun();
                showBasket();
            }, problem -> fail(problem, current.service.domain()));
        } else if (step instanceof Step.Print print) {
            busy();
            parts.io().run(visit, this, () -> print.jobs().run(current), this::printJobs,
                    problem -> fail(problem, current.service.domain()));
        }
    }

    private <T> void runQuery(ServiceRun current, Step.Query<T> query) {
        busy();
        parts.io().run(visit, this, () -> query.call().run(current), (T value) -> {
            current.put(query.into(), value);
            advance();
        }, problem -> fail(problem, current.service.domain()));
    }

    private void shown(ServiceRun current) {
        if (current.shown.isEmpty() || current.shown.peek() != current.index) {
            current.shown.push(current.index);
        }
    }

    private void advance() {
        if (run == null) {
            return;
        }
        if (run.atLastStep()) {
            endRun();
            showMenu();
            return;
        }
        run.index++;
        runStep();
    }

    private void showChoice(ServiceRun current, Step.Choose c, List<Option> options, Set<String> selected) {
        long cents = options.stream().filter(o -> selected.contains(o.id())).mapToLong(Option::amountCents).sum();
        show(new ScreenModel.Choice(current.service.id(), c.id(), options, selected, c.multiple(), cents));
    }

    private void showForm(ServiceRun current, Step.Form f) {
        List<ScreenModel.Input> inputs = new ArrayList<>();
        for (Step.Field field : f.fields()) {
            String value = current.inputs.getOrDefault(field.name(), "");
            inputs.add(new ScreenModel.Input(field.name(), field.kind(), value, field.complete().test(value)));
        }
        show(new ScreenModel.Form(current.service.id(), f.id(), inputs, current.activeInput));
    }

    @Override
    public synchronized void choose(String optionId) {
        if (!(state.model() instanceof ScreenModel.Choice choice) || state.busy() || run == null) {
            return;
        }
        touch();
        Step.Choose step = (Step.Choose) run.current();
        Option option = choice.options().stream().filter(o -> o.id().equals(optionId) && o.enabled()).findFirst().orElse(null);
        if (option == null) {
            return;
        }
        if (!step.multiple()) {
            run.put(step.into(), new ChoiceSet(List.of(optionId)));
            advance();
            return;
        }
        Set<String> selected = new LinkedHashSet<>(choice.selected());
        if (!selected.remove(optionId)) {
            selected.add(optionId);
        }
        run.put(step.into(), new ChoiceSet(List.copyOf(selected)));
        showChoice(run, step, choice.options(), selected);
    }

    @Override
    public synchronized void input(String name, String value) {
        if (!state.shows(ScreenModel.Form.class) || run == null || !(run.current() instanceof Step.Form form)) {
            return;
        }
        touch();
        Step.Field field = form.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
        String typed = value == null ? "" : value;
        if (field == null || !field.kind().entry().rule().isPrefix(typed.toUpperCase(java.util.Locale.ROOT))) {
            return; // not on the way to anything valid: no keypad would have sent it
        }
        run.inputs.put(name, typed);
        run.activeInput = name;
        showForm(run, form);
    }

    @Override
    public synchronized void focusInput(String name) {
        if (state.model() instanceof ScreenModel.Form form && run != null
                && form.inputs().stream().anyMatch(i -> i.name().equals(name))) {
            touch();
            run.activeInput = name;
            showForm(run, (Step.Form) run.current());
        }
    }

    @Override
    public synchronized void next() {
        if (state.busy()) {
            return;
        }
        touch();
        ScreenModel model = state.model();
        if (run == null) {
            return;
        }
        if (model instanceof ScreenModel.Info) {
            advance();
        } else if (model instanceof ScreenModel.Choice choice && choice.multiple()) {
            if (!choice.selected().isEmpty()) {
                run.put(((Step.Choose) run.current()).into(), new ChoiceSet(List.copyOf(choice.selected())));
                advance();
            }
        } else if (model instanceof ScreenModel.Form form && form.active().complete()
                && form.inputs().stream().anyMatch(i -> !i.complete())) {
            // OK on a complete input: the keypad moves on to the next input still to type.
            run.activeInput = form.inputs().stream().filter(i -> !i.complete()).findFirst().orElseThrow().name();
            showForm(run, (Step.Form) run.current());
        } else if (model instanceof ScreenModel.Form form && form.complete()) {
            for (Step.Field field : ((Step.Form) run.current()).fields()) {
                run.put(field.into(), run.inputs.getOrDefault(field.name(), ""));
            }
            advance();
        } else if (model instanceof ScreenModel.Confirm) {
            advance();
        }
    }

    private void endRun() {
        if (run != null) {
            run.wipe();
            run = null;
        }
    }

    // ---- the menu and the basket

    private void showMenu() {
        endRun();
        Map<Domain, List<ScreenModel.ServiceOption>> groups = new LinkedHashMap<>();
        for (ResidentService service : services.values()) {
            if (!offered.contains(service.id())) {
                continue;
            }
            groups.computeIfAbsent(service.domain(), d -> new ArrayList<>()).add(option(service));
        }
        List<ScreenModel.MenuGroup> menu = groups.entrySet().stream()
                .map(e -> new ScreenModel.MenuGroup(e.getKey(), e.getValue())).toList();
        show(new ScreenModel.Menu(identification == null ? "" : identification.maskedName(), menu, basket.size(), basketCents()));
    }

    /** Where the menu learns which services staff switched off (admin mode); any thread. */
    public void useSwitchboard(ServiceSwitchboard board) {
        this.switchboard = java.util.Objects.requireNonNull(board);
    }

    private ScreenModel.ServiceOption option(ResidentService service) {
        Optional<LocalizedText> off = switchboard.offReason(service.id());
        if (off.isPresent()) {
            return new ScreenModel.ServiceOption(service.id(), false, Txt.words(off.get()));
        }
        DocumentType document = identification == null ? DocumentType.RESIDENT_ID : identification.type();
        if (!service.accepts(document)) {
            return new ScreenModel.ServiceOption(service.id(), false, Txt.key("menu.unavailable.document"));
        }
        if (!backendUp && service.needs().contains(ResidentService.Need.BACKEND)) {
            return new ScreenModel.ServiceOption(service.id(), false, Txt.key("menu.unavailable.backend"));
        }
        if (service.needs().contains(ResidentService.Need.RECEIPT_PRINTER) && !parts.printer().canPrint()) {
            return new ScreenModel.ServiceOption(service.id(), false, Txt.key("menu.unavailable.printer"));
        }
        return new ScreenModel.ServiceOption(service.id(), true, null);
    }

    @Override
    public synchronized void openBasket() {
        if (state.shows(ScreenModel.Menu.class) && !state.busy() && !basket.isEmpty()) {
            touch();
            showBasket();
        }
    }

    @Override
    public synchronized void removeFromBasket(String lineKey) {
        BasketItem removed = state.shows(ScreenModel.Basket.class) && !state.busy() ? basket.remove(lineKey) : null;
        if (removed != null) {
            touch();
            withdraw(removed);
            if (basket.isEmpty()) {
                showMenu();
            } else {
                showBasket();
            }
        }
    }

    private void showBasket() {
        List<ScreenModel.BasketLine> lines = basket.entrySet().stream()
                .map(e -> new ScreenModel.BasketLine(e.getKey(), e.getValue().serviceId(), e.getValue().title(),
                        e.getValue().amountCents())).toList();
        show(new ScreenModel.Basket(lines, basketCents()));
    }

    /** An item leaves the basket unpaid: the backend takes back what awaited its fee; nobody waits for it. */
    private void withdraw(BasketItem item) {
        BasketItem.Withdrawal withdrawal = item.withdrawal();
        if (withdrawal != null) {
            parts.io().background("Withdrawal of an unpaid " + item.serviceId(), () -> {
                withdrawal.run();
                return null;
            });
        }
    }

    private long basketCents() {
        return basket.values().stream().mapToLong(BasketItem::amountCents).sum();
    }

    private static String lineKey(BasketItem item) {
        return item.orderItem() != null ? item.orderItem().kind() + ":" + item.orderItem().reference()
                : item.serviceId() + ":" + item.reference();
    }

    // ---- paying and printing the basket

    @Override
    public synchronized void pay() {
        if (!state.shows(ScreenModel.Basket.class) || state.busy() || basket.isEmpty()) {
            return;
        }
        touch();
        List<OrderItem> items = basket.values().stream().filter(BasketItem::paid).map(BasketItem::orderItem).toList();
        if (items.isEmpty()) {
            printBasket(null); // nothing costs money: certificates and marks print at once
            return;
        }
        String residentId = resident.residentId();
        String residentKey = parts.payments().residentKey(identification.idNumber());
        busy();
        parts.io().run(visit, this, () -> parts.payments().start(residentId, residentKey, items), this::showPayment,
                problem -> fail(Problems.whenPaying(problem), Domain.GENERAL));
    }

    private void showPayment(PaymentDesk.Ticket started) {
        ticket = started;
        idle.disarm(); // the payment screen has its own countdown
        paymentUntil = paymentDeadline();
        paymentWarned = false;
        codeProblem = null;
        show(paymentModel());
        long myVisit = visit;
        paymentTimer = parts.scheduler().scheduleWithFixedDelay(() -> pollPayment(myVisit),
                PAYMENT_POLL.toMillis(), PAYMENT_POLL.toMillis(), TimeUnit.MILLISECONDS);
        countdownTimer = parts.scheduler().scheduleAtFixedRate(() -> countdown(myVisit),
                COUNTDOWN_TICK.toMillis(), COUNTDOWN_TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The payment timeout from now, never beyond the order's own expiry. */
    private Instant paymentDeadline() {
        Instant deadline = Instant.now().plus(parts.session().paymentTimeout().multipliedBy(state.elder() ? ELDER_TIME : 1));
        Instant expires = ticket.order().expiresAt();
        return expires != null && expires.isBefore(deadline) ? expires : deadline;
    }

    private int secondsLeft() {
        long millis = Duration.between(Instant.now(), paymentUntil).toMillis();
        return (int) Math.max(0, (millis + 999) / 1000);
    }

    private ScreenModel.Payment paymentModel() {
        int left = secondsLeft();
        PaymentOrder order = ticket.order();
        boolean canExtend = paymentDeadline().isAfter(paymentUntil.plus(MIN_EXTENSION));
        return new ScreenModel.Payment(order.orderId(), order.qrPayload(), order.amountCents(), left,
                left <= ScreenModel.Payment.WARNING_SECONDS, canExtend, codeProblem);
    }

    /** Every second: the countdown, the warning (seen and heard once per deadline), and the end of time. */
    private void countdown(long myVisit) {
        synchronized (this) {
            if (myVisit != visit || ticket == null || !state.shows(ScreenModel.Payment.class)) {
                return;
            }
            int left = secondsLeft();
            if (left <= 0) {
                timeUp();
                return;
            }
            if (left <= ScreenModel.Payment.WARNING_SECONDS && !paymentWarned) {
                paymentWarned = true;
                say("pay-warning");
            }
            replaceModel(paymentModel());
        }
    }

    /** Time is up: one last look at the order (it may have been paid a moment ago), then it is given up. */
    private void timeUp() {
        stopPaymentTimer();
        String paymentId = ticket.paymentId();
        busy();
        parts.io().run(visit, this, () -> parts.payments().refresh(paymentId), now -> {
            if (ticket == null) {
                return;
            }
            ticket = now;
            if (now.order().isPaid()) {
                printBasket(now);
            } else {
                expired();
            }
        }, problem -> {
            if (ticket != null) {
                expired();
            }
        });
    }

    private void expired() {
        abandonPayment();
        fail(Problems.paymentExpired(), Domain.GENERAL);
    }

    private void pollPayment(long myVisit) {
        String paymentId;
        synchronized (this) {
            if (myVisit != visit || ticket == null || !state.shows(ScreenModel.Payment.class)) {
                return;
            }
            paymentId = ticket.paymentId();
        }
        parts.io().run(myVisit, this, () -> parts.payments().refresh(paymentId), now -> orderNow(now, false),
                problem -> LOG.warn("Payment poll failed ({}); trying again", problem.code()));
    }

    /** What the backend says of the order now: a poll ({@code byCode} false) or the answer to a payment code. */
    private void orderNow(PaymentDesk.Ticket now, boolean byCode) {
        if (!state.shows(ScreenModel.Payment.class) || ticket == null || !ticket.paymentId().equals(now.paymentId())) {
            return; // the resident left the payment meanwhile
        }
        ticket = now;
        switch (now.order().status()) {
            case PAID -> printBasket(now);
            case EXPIRED, CANCELLED, REFUNDED -> expired();
            default -> {
                if (byCode) { // answered, yet not paid: the next poll tells
                    codeProblem = Problem.of("PAYMENT_CODE_NOT_SETTLED", "problem.payment-code.unknown.title",
                            "problem.payment-code.unknown.advice", true);
                    show(paymentModel());
                }
            }
        }
    }

    /** The resident showed their own payment code to the scanner: the order is paid with it. */
    private void payByCode(String code) {
        String paymentId = ticket.paymentId();
        codeProblem = null;
        busy();
        LOG.info("Payment code shown for payment {}", paymentId); // never the code: it is a payment credential
        parts.io().run(visit, this, () -> parts.payments().payByCode(paymentId, code), now -> orderNow(now, true), problem -> {
            if (ticket == null || !state.shows(ScreenModel.Payment.class)) {
                return;
            }
            LOG.info("Payment code not taken: {}", problem.code());
            codeProblem = Problems.ofPaymentCode(problem);
            show(paymentModel());
        });
    }

    @Override
    public synchronized void extendPayment() {
        if (!state.shows(ScreenModel.Payment.class) || ticket == null) {
            return;
        }
        touch();
        Instant longer = paymentDeadline();
        if (longer.isAfter(paymentUntil)) {
            paymentUntil = longer;
            paymentWarned = false;
        }
        replaceModel(paymentModel());
    }

    @Override
    public synchronized void confirmLeave() {
        if (!(state.overlay() instanceof Overlay.LeavePayment leave) || !state.shows(ScreenModel.Payment.class)) {
            return;
        }
        touch();
        abandonPayment();
        if (leave.home()) {
            endVisit();
        } else {
            showBasket();
        }
    }

    @Override
    public synchronized void stay() {
        if (state.overlay() instanceof Overlay.LeavePayment) {
            touch();
            publish(state.withOverlay(null));
        }
    }

    /** Back or Home on a live order: ask first, saying what happens to the money. */
    private void askBeforeLeaving(boolean home) {
        publish(state.withOverlay(new Overlay.LeavePayment(home, ticket.order().amountCents())));
    }

    // ---- help at any hour

    @Override
    public synchronized void help() {
        touch();
        if (state.shows(ScreenModel.Attract.class)) {
            idle.arm(); // nobody may be there: the help closes with the idle timeout
        }
        publish(state.withOverlay(helpFor(state.model(), false)));
    }

    @Override
    public synchronized void closeHelp() {
        if (state.overlay() instanceof Overlay.Help) {
            touch();
            publish(state.withOverlay(null));
        }
    }

    @Override
    public synchronized void callStaff() {
        if (!(state.overlay() instanceof Overlay.Help help) || help.staffCalled()) {
            return;
        }
        touch();
        String step = kioskStep();
        parts.io().execute(() -> parts.staff().callStaff(step));
        publish(state.withOverlay(help.withStaffCalled()));
        say("call-staff");
    }

    private Overlay.Help helpFor(ScreenModel model, boolean staffCalled) {
        String serviceStepKey = null;
        if (run != null && (model instanceof ScreenModel.Info || model instanceof ScreenModel.Choice
                || model instanceof ScreenModel.Form || model instanceof ScreenModel.Confirm)) {
            serviceStepKey = run.service.stepKey(run.current(), "help");
        }
        return new Overlay.Help("help.step." + model.kind(), serviceStepKey, where, staffCalled);
    }

    /** Where the resident is, for staff: the screen, and the service and step on a service's screen. No personal data. */
    private String kioskStep() {
        ScreenModel model = state.model();
        if (run != null && (model instanceof ScreenModel.Info || model instanceof ScreenModel.Choice
                || model instanceof ScreenModel.Form || model instanceof ScreenModel.Confirm)) {
            return run.service.id() + "/" + run.current().id();
        }
        return model.kind();
    }

    /** Prints the basket's one receipt (and its documents); the visit always leaves the printing screen. */
    private void printBasket(PaymentDesk.Ticket paid) {
        stopPaymentTimer();
        ticket = null;
        idle.disarm();
        show(new ScreenModel.Printing());
        List<BasketItem> items = List.copyOf(basket.values());
        basket.clear(); // paid (or free): the resident takes them away, nothing is withdrawn
        Language language = state.language();
        Identification who = identification;
        long myVisit = visit;
        parts.io().execute(() -> {
            Outcome outcome = printAll(paid, items, language, who);
            synchronized (this) {
                if (myVisit != visit) {
                    return;
                }
                idle.arm();
                show(new ScreenModel.Done(paid == null ? 0 : paid.order().amountCents(), outcome.problem == null,
                        paid == null ? null : paid.order().orderId(), outcome.problem, false, outcome.noteKey, outcome.notes));
            }
        });
    }

    private record Outcome(Problem problem, String noteKey, List<Txt> notes) {
    }

    private Outcome printAll(PaymentDesk.Ticket paid, List<BasketItem> items, Language language, Identification who) {
        Problem problem = null;
        String noteKey = null;
        try {
            parts.printer().print(parts.receipts().basket(language, paid == null ? null : paid.order(), items, who));
            if (paid != null) {
                noteKey = parts.payments().printed(paid.paymentId());
            }
        } catch (DeviceException e) {
            LOG.warn("Receipt did not print: {}", e.reason());
            if (paid != null) {
                parts.payments().printFailed(paid.paymentId(), e.reason());
            }
            problem = Problems.ofPrint(e);
        } catch (RuntimeException e) {
            LOG.error("Receipt printing failed unexpectedly", e);
            if (paid != null) {
                parts.payments().printFailed(paid.paymentId(), "unexpected");
            }
            problem = Problems.unexpected();
        }
        List<Txt> notes = new ArrayList<>();
        for (BasketItem item : items) {
            if (item.document() == null) {
                continue;
            }
            boolean printed = false;
            if (parts.documents().canPrint()) {
                try {
                    parts.documents().print(parts.receipts().document(language, item, who));
                    printed = true;
                } catch (DeviceException | RuntimeException e) {
                    LOG.warn("Document of {} did not print: {}", item.serviceId(), e.getMessage());
                }
            }
            if (!printed) {
                notes.add(Txt.key("done.document.elsewhere", item.title(), Txt.plain(item.reference())));
            }
        }
        return new Outcome(problem, noteKey, notes);
    }

    /** Prints jobs a service made (reprints); each reports back when out, the first failure stops the rest. */
    private void printJobs(List<Step.PrintJob> jobs) {
        endRun();
        idle.disarm();
        show(new ScreenModel.Printing());
        long myVisit = visit;
        parts.io().execute(() -> {
            long cents = 0;
            Problem problem = null;
            String reference = jobs.isEmpty() ? null : jobs.get(0).reference();
            for (Step.PrintJob job : jobs) {
                try {
                    parts.printer().print(job.receipt());
                    job.printed().run();
                    cents += job.amountCents();
                } catch (DeviceException e) {
                    job.failed().accept(e.reason());
                    problem = Problems.ofPrint(e);
                    break;
                } catch (RuntimeException e) {
                    LOG.error("Reprint failed unexpectedly", e);
                    problem = Problems.unexpected();
                    break;
                }
            }
            long printedCents = cents;
            Problem failure = problem;
            synchronized (this) {
                if (myVisit == visit) {
                    idle.arm();
                    show(new ScreenModel.Done(printedCents, failure == null, reference, failure, true, null, List.of()));
                }
            }
        });
    }

    // ---- navigation

    @Override
    public synchronized void back() {
        touch();
        ScreenModel model = state.model();
        if (state.busy() || model instanceof ScreenModel.Printing || model instanceof ScreenModel.Done) {
            return;
        }
        if (model instanceof ScreenModel.LanguageChoice || model instanceof ScreenModel.Identify) {
            endVisit();
        } else if (model instanceof ScreenModel.Payment) {
            if (ticket != null) {
                askBeforeLeaving(false);
            }
        } else if (model instanceof ScreenModel.Basket || model instanceof ScreenModel.OutOfService) {
            showMenu();
        } else if (model instanceof ScreenModel.Error) {
            if (resident != null) {
                showMenu(); // identified: choose again
            } else {
                identification = null; // the lookup failed: place the card again
                show(new ScreenModel.Identify(readerReady, null));
            }
        } else if (run != null) {
            run.shown.poll(); // the screen being left
            Integer previous = run.shown.poll();
            if (previous == null) {
                showMenu();
            } else {
                run.index = previous;
                runStep();
            }
        }
    }

    @Override
    public synchronized void finish() {
        if (state.shows(ScreenModel.Printing.class)) {
            return; // the receipt is on its way; the visit ends when it is out
        }
        if (state.shows(ScreenModel.Payment.class) && ticket != null) {
            touch();
            askBeforeLeaving(true);
            return;
        }
        endVisit();
    }

    // ---- device status

    /** The card reader became usable or unusable. */
    public synchronized void readerAvailability(boolean ready) {
        readerReady = ready;
        if (state.shows(ScreenModel.Attract.class)) {
            show(attract());
        } else if (state.model() instanceof ScreenModel.Identify card && !state.busy()) { // busy: a card is being read
            show(new ScreenModel.Identify(ready, ready ? card.problem() : Problems.readerUnavailable()));
        }
    }

    /** The printer changed: the menu says up front when a service could not print. */
    public synchronized void printerAvailability() {
        if (state.shows(ScreenModel.Menu.class) && !state.busy()) { // busy: a tapped service is on its way
            showMenu();
        } else if (state.shows(ScreenModel.Attract.class)) {
            show(attract());
        }
    }

    /**
     * What the background health probe found: whether the backend answers, and when it looks again.
     * Called off the JavaFX thread after each probe; the screens that promise something follow at once:
     * the attract screen, the menu, and the identification step (which would otherwise fail after the card).
     */
    public synchronized void backendHealth(boolean up, Instant nextCheck) {
        boolean changed = up != backendUp;
        backendUp = up;
        nextHealthCheck = up ? null : nextCheck;
        ScreenModel model = state.model();
        if (model instanceof ScreenModel.Attract) {
            ScreenModel.Attract now = attract();
            if (!now.equals(model)) {
                show(now);
            }
        } else if (!changed) {
            if (model instanceof ScreenModel.OutOfService out && out.nextCheck() != null && nextHealthCheck != null) {
                replaceModel(new ScreenModel.OutOfService(out.serviceId(), out.reason(), nextHealthCheck, out.where()));
            }
        } else if (model instanceof ScreenModel.Menu && !state.busy()) {
            showMenu();
        } else if (model instanceof ScreenModel.Identify card && !state.busy()) {
            show(new ScreenModel.Identify(card.readerReady(), up ? null : Problems.backendDown()));
        } else if (model instanceof ScreenModel.LanguageChoice && !up) {
            show(new ScreenModel.LanguageChoice());
        }
    }

    /** Whether the last health probe reached the backend. */
    public synchronized boolean backendUp() {
        return backendUp;
    }

    // ---- internals (called with the lock held)

    private void abandonPayment() {
        stopPaymentTimer();
        if (ticket != null && !ticket.order().isPaid()) {
            String paymentId = ticket.paymentId();
            parts.io().execute(() -> parts.payments().abandon(paymentId));
        }
        ticket = null;
        idle.arm();
    }

    private void stopPaymentTimer() {
        if (paymentTimer != null) {
            paymentTimer.cancel(false);
            paymentTimer = null;
        }
        if (countdownTimer != null) {
            countdownTimer.cancel(false);
            countdownTimer = null;
        }
    }

    private void fail(Problem problem, Domain domain) {
        stopPaymentTimer();
        endRun();
        Txt name = null;
        Txt hours = null;
        if (problem.counter()) {
            KioskConfig.Counter counter = parts.station().counterFor(domain.configName()).orElse(null);
            if (counter != null) {
                name = words(counter.name());
                hours = words(counter.hours());
            }
        }
        show(new ScreenModel.Error(problem, name, hours, resident != null));
    }

    private static Txt words(Localized text) {
        return Txt.words(new LocalizedText(text.byTag()));
    }

    private void idleWarning(int seconds) {
        synchronized (this) {
            if (state.idleWarningSeconds() != seconds && !state.shows(ScreenModel.Attract.class)) {
                boolean starts = state.idleWarningSeconds() == 0 && seconds > 0;
                publish(state.withIdleWarning(seconds));
                if (starts) {
                    say("idle-warning");
                }
            }
        }
    }

    private void idleTimeout() {
        synchronized (this) {
            if (state.shows(ScreenModel.Printing.class) || state.shows(ScreenModel.Payment.class)) {
                return; // these steps end themselves
            }
            LOG.info("Visit ended by idle timeout on {}", state.model().getClass().getSimpleName());
            endVisit();
        }
    }

    /** Ends the visit: every trace of the resident goes, the language returns to the default. */
    private void endVisit() {
        visit++;
        stopPaymentTimer();
        idle.disarm();
        endRun();
        identification = null;
        resident = null;
        offered = Set.of();
        basket.values().forEach(this::withdraw); // left unpaid
        basket.clear();
        ticket = null;
        codeProblem = null;
        parts.voice().stop();
        idle.scale(1);
        // The reader cannot tell a card that was read and left from none (a read card answers no more):
        // whoever identified with a card is reminded to take it, on screen and aloud.
        takeCardUntil = cardRead ? Instant.now().plus(TAKE_CARD_REMINDER) : null;
        cardRead = false;
        if (takeCardUntil != null) {
            long endedVisit = visit;
            parts.scheduler().schedule(() -> reminderOver(endedVisit), TAKE_CARD_REMINDER.toMillis() + 50, TimeUnit.MILLISECONDS);
        }
        lastStep = Progress.IDENTIFY;
        state = new FlowState(attract(), parts.defaultLanguage(), false, 0);
        speakIfNew(true);
        notifyListeners();
    }

    private synchronized void reminderOver(long endedVisit) {
        if (endedVisit == visit && state.shows(ScreenModel.Attract.class)) {
            show(attract());
        }
    }

    /** The idle screen, promising only what works now (and reminding whoever just left to take their card). */
    private ScreenModel.Attract attract() {
        String reminder = takeCardUntil != null && Instant.now().isBefore(takeCardUntil) ? "attract.take-card" : null;
        return withReminder(plainAttract(), reminder);
    }

    private static ScreenModel.Attract withReminder(ScreenModel.Attract a, String reminder) {
        return new ScreenModel.Attract(a.outOfService(), a.reasonKey(), a.nextCheck(), a.where(), a.limitKey(), reminder);
    }

    private ScreenModel.Attract plainAttract() {
        if (outOfService != null) {
            return new ScreenModel.Attract(true, outOfService, null, where, null);
        }
        if (!backendUp) {
            return new ScreenModel.Attract(true, "attract.out-of-service.backend", nextHealthCheck, where, null);
        }
        if (!readerReady) {
            return new ScreenModel.Attract(true, "attract.out-of-service.reader", null, where, null);
        }
        return new ScreenModel.Attract(false, null, null, where, parts.printer().canPrint() ? null : "attract.limited.printer");
    }

    /** From any thread: no new visit starts until a restart; the attract screen shows staff the reason. */
    public synchronized void outOfService(String staffKey) {
        outOfService = staffKey;
        if (state.shows(ScreenModel.Attract.class)) {
            show(attract());
        }
    }

    private void busy() {
        publish(state.withBusy(true));
    }

    /** Runs a state change if the visit it belongs to is still the current one (called by Io). */
    synchronized void applyIf(long expectedVisit, Runnable change) {
        if (expectedVisit == visit) {
            change.run();
        }
    }

    private void show(ScreenModel model) {
        publish(new FlowState(model, state.language(), false, state.idleWarningSeconds(), carried(model), state.elder(),
                pageFor(model)));
    }

    /** The same screen with new data (a countdown tick): busy and the dialog stay as they are. */
    private void replaceModel(ScreenModel model) {
        publish(new FlowState(model, state.language(), state.busy(), state.idleWarningSeconds(), carried(model),
                state.elder(), pageFor(model)));
    }

    /** The same step keeps its page (a tick, a removed line); another step starts at the first. */
    private int pageFor(ScreenModel next) {
        if (!Prompts.identity(next).equals(Prompts.identity(state.model()))) {
            return 0;
        }
        return Math.min(state.page(), Pages.last(next, state.elder()));
    }

    @Override
    public synchronized void turnPage(int delta) {
        touch();
        int page = Math.max(0, Math.min(Pages.last(state.model(), state.elder()), state.page() + delta));
        if (page != state.page()) {
            publish(state.withPage(page));
        }
    }

    /**
     * Elder mode, for this visit only: larger type and higher contrast (the views), fewer items per page,
     * the idle timeout and warning twice as long, and twice the time to pay (as far as the order allows).
     */
    @Override
    public synchronized void toggleElder() {
        touch();
        boolean on = !state.elder();
        idle.scale(on ? ELDER_TIME : 1);
        if (on && state.shows(ScreenModel.Attract.class)) {
            idle.arm(); // switched on before anyone started: it goes with the idle timeout if nobody does
        }
        publish(state.withElder(on));
        if (on && state.shows(ScreenModel.Payment.class) && ticket != null) {
            // switched on while paying: the time left grows to what elder mode gives (never past the
            // order's expiry); switched off, nobody loses time they were given
            Instant elderUntil = paymentUntil.plus(parts.session().paymentTimeout().multipliedBy(ELDER_TIME - 1));
            Instant expires = ticket.order().expiresAt();
            Instant longer = expires != null && expires.isBefore(elderUntil) ? expires : elderUntil;
            if (longer.isAfter(paymentUntil)) {
                paymentUntil = longer;
                paymentWarned = false;
                replaceModel(paymentModel());
            }
        }
    }

    /**
     * The dialog over the next screen: help stays open (now about the new step); "leave the payment?"
     * only while the payment shows.
     */
    private Overlay carried(ScreenModel next) {
        Overlay overlay = state.overlay();
        if (overlay instanceof Overlay.Help help) {
            return helpFor(next, help.staffCalled());
        }
        if (overlay instanceof Overlay.LeavePayment && next instanceof ScreenModel.Payment) {
            return overlay;
        }
        return null;
    }

    private void say(String promptKey) {
        parts.voice().say(promptKey, state.language());
    }

    private void publish(FlowState next) {
        state = referenced(next);
        speakIfNew(false);
        notifyListeners();
    }

    /**
     * A problem going on screen gets its reference (kiosk, step, minute) once, and the log line that maps
     * the reference to the code: residents read the reference, never the code.
     */
    private FlowState referenced(FlowState next) {
        ScreenModel model = next.model();
        Progress step = Progress.of(model);
        Problem problem = Problems.shownOn(model);
        if (problem != null && problem.reference() == null) {
            Problem stamped;
            if (problem == lastRaw) {
                stamped = lastStamped;
            } else {
                Problem.Reference reference = new Problem.Reference(parts.kioskId(), step != null ? step : lastStep,
                        java.time.LocalTime.now());
                stamped = problem.withReference(reference);
                LOG.info("Shown to the resident: {} (reference {})", problem.code(), reference.logText());
                lastRaw = problem;
                lastStamped = stamped;
            }
            model = withProblem(model, stamped);
        }
        if (step != null) {
            lastStep = step;
        }
        return model == next.model() ? next
                : new FlowState(model, next.language(), next.busy(), next.idleWarningSeconds(), next.overlay(), next.elder(),
                        next.page());
    }

    private static ScreenModel withProblem(ScreenModel model, Problem problem) {
        if (model instanceof ScreenModel.Identify i) {
            return new ScreenModel.Identify(i.readerReady(), problem);
        } else if (model instanceof ScreenModel.Done d) {
            return new ScreenModel.Done(d.paidCents(), d.printed(), d.orderId(), problem, d.reprint(), d.noteKey(), d.notes());
        }
        ScreenModel.Error e = (ScreenModel.Error) model;
        return new ScreenModel.Error(problem, e.counterName(), e.counterHours(), e.identified());
    }

    /**
     * The screen's prompt, once per step and language (a countdown tick or a tick box says nothing new).
     * The attract screen speaks only when a visit has just ended ({@code visitEnded}): its changes while
     * nobody is there (a device, the backend) are not announced to an empty lobby.
     */
    private void speakIfNew(boolean visitEnded) {
        String identity = Prompts.identity(state.model()) + "|" + state.language().tag();
        if (!identity.equals(spokenFor)) {
            spokenFor = identity;
            if (visitEnded || !state.shows(ScreenModel.Attract.class)) {
                say(Prompts.of(state.model()));
            }
        }
    }

    @Override
    public synchronized void replayPrompt() {
        touch();
        parts.voice().replay();
    }

    private void notifyListeners() {
        for (Consumer<FlowState> listener : listeners) {
            try {
                listener.accept(state);
            } catch (RuntimeException e) {
                LOG.warn("Flow listener failed", e);
            }
        }
    }

    @Override
    public synchronized void close() {
        stopPaymentTimer();
        idle.disarm();
    }
}
