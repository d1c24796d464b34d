package kiosk.app.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import kiosk.app.backend.ApplicationsBackend;
import kiosk.app.flow.Io;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import kiosk.app.model.Application;
import kiosk.app.model.BackendException;
import kiosk.app.model.DocumentType;
import kiosk.app.model.Identification;
import kiosk.app.model.PaymentOrder;
import kiosk.app.services.exitentry.ExitEntryServices;
import kiosk.app.services.traffic.DriverServices;
import kiosk.stub.seed.Seeder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * An application made in the basket step and left unpaid is withdrawn at the backend, so it does not block the
 * resident's next one: taken out of the basket (and applied for again in the same visit), left in it when the
 * resident finishes, walks away from the payment screen or times out. A paid one is never withdrawn. On the
 * engine against the real stub; the stub counts the withdrawals it receives (a fault rule that injects only latency).
 */
class UnpaidApplicationsTest {

    static final Identification LIU = new Identification("刘\u4DAE", Seeder.LIU_YAN_ID);
    static final String LIU_ID = "R-000004";
    static final Identification ZHANG = new Identification("张伟", Seeder.ZHANG_WEI_ID);
    static final String ZHANG_ID = "R-000001";
    static final Identification CHAN = new Identification(DocumentType.HMT_RESIDENCE, "陈家豪", Seeder.HMT_PERMIT_ID);
    static final String CHAN_ID = "R-000008";
    static final String TEMPORARY_ID = "household.temporary-id";
    /** Every withdrawal reaches the stub 1.5 s late, so a resident who waited for one would be seen to. */
    static final String SLOW_WITHDRAWALS = "{\"rules\":[{\"path\":\"/api/v1/applications/*/withdraw\",\"latencyMs\":1500}]}";
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;
    static KioskOnStub test;

    @BeforeAll
    static void start() throws Exception {
        test = KioskOnStub.start(dir.resolve("kiosk"));
        test.admin("PUT", "/admin/faults", SLOW_WITHDRAWALS);
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    @AfterEach
    void leave() {
        test.finish();
    }

    @Test
    void aTemporaryIdTakenOutOfTheBasketIsWithdrawnAndCanBeAppliedForAgainInTheSameVisit() throws Exception {
        test.identify(Language.ZH_CN, LIU);
        String first = temporaryIdInTheBasket(test);
        long before = withdrawalsReceived(test);

        long started = System.nanoTime();
        test.removeFromBasket(lineKey(first));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(test.flow().state().model()).as("back on the menu at once").isInstanceOf(ScreenModel.Menu.class);
        assertThat(test.flow().state().busy()).isFalse();
        assertThat(tookMillis).as("the resident does not wait for the withdrawal (1.5 s on the stub)").isLessThan(1_000);
        assertThat(((ScreenModel.Menu) test.flow().state().model()).basketItems()).isZero();

        awaitStatus(test, LIU_ID, first, "CANCELLED");
        assertThat(withdrawalsReceived(test)).isEqualTo(before + 1);
        // Still open, it would refuse the next one (TEMP_ID_ALREADY_ISSUED): withdrawn, the resident applies again.
        String second = temporaryIdInTheBasket(test);
        assertThat(second).isNotEqualTo(first);
        assertThat(status(test, LIU_ID, second)).isEqualTo("AWAITING_PAYMENT");
        assertThat(test.taps()).as("service, confirm, remove, service, confirm").isEqualTo(5);

        test.finish();
        awaitStatus(test, LIU_ID, second, "CANCELLED");
    }

    @Test
    void aLicenceRenewalLeftInTheBasketIsWithdrawnWhenTheResidentFinishes() throws Exception {
        test.identify(Language.EN, CHAN);
        String renewal = renewalInTheBasket();
        test.back(); // to the menu, the renewal still in the basket
        assertThat(test.awaitScreen(ScreenModel.Menu.class).basketItems()).isEqualTo(1);
        test.finish();
        assertThat(test.flow().holdsResidentData()).isFalse();
        awaitStatus(test, CHAN_ID, renewal, "CANCELLED");

        // The next visit is not refused as APPLICATION_ALREADY_OPEN: the answers come with the fee.
        test.identify(Language.EN, CHAN);
        test.chooseService(DriverServices.RENEWAL);
        test.awaitScreen(ScreenModel.Form.class);
        test.type("healthCheckRef", "TJ-SX-000376");
        test.next();
        assertThat(test.awaitScreen(ScreenModel.Confirm.class).feeCents()).isEqualTo(1_000);
    }

    @Test
    void walkingAwayFromThePaymentScreenWithdrawsTheApplicationAndItsOrderCanNoLongerBePaid() throws Exception {
        test.identify(Language.ZH_CN, ZHANG);
        String endorsement = endorsementInTheBasket(test, "HK", "INDIVIDUAL_TOURISM", "2");
        test.pay();
        ScreenModel.Payment payment = test.awaitScreen(ScreenModel.Payment.class);
        test.finish();

        awaitStatus(test, ZHANG_ID, endorsement, "CANCELLED");
        await().atMost(WAIT).until(() -> test.kiosk.backend().order(payment.orderId()).status() == PaymentOrder.Status.CANCELLED);
        assertThatThrownBy(() -> test.kiosk.backend().simulatePayment(payment.orderId()))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.code()).isEqualTo("ORDER_NOT_PENDING"));
    }

    @Test
    void aPaidApplicationIsNeverWithdrawn() throws Exception {
        long before = withdrawalsReceived(test);
        test.identify(Language.ZH_TW, LIU);
        String paid = endorsementInTheBasket(test, null, "GROUP_TOURISM", "1"); // a Taiwan permit: destination taken
        test.pay();
        assertThat(test.payOnPhone().paidCents()).isEqualTo(2_000);
        test.finish();

        // A control: an unpaid one left in the basket afterwards is withdrawn, and it is the only withdrawal.
        test.identify(Language.ZH_TW, LIU);
        String unpaid = temporaryIdInTheBasket(test);
        test.finish();
        awaitStatus(test, LIU_ID, unpaid, "CANCELLED");
        assertThat(withdrawalsReceived(test)).isEqualTo(before + 1);
        assertThat(status(test, LIU_ID, paid)).isEqualTo("SUBMITTED");
    }

    @Test
    void anEndorsementLeftInTheBasketIsWithdrawnWhenTheVisitTimesOut() throws Exception {
        try (KioskOnStub idle = KioskOnStub.setup().idle(Duration.ofSeconds(6), Duration.ofSeconds(2)).start(dir.resolve("idle"))) {
            idle.identify(Language.EN, ZHANG);
            String endorsement = endorsementInTheBasket(idle, "HK", "INDIVIDUAL_TOURISM", "2");
            idle.awaitScreen(ScreenModel.Attract.class); // nobody touched the screen
            assertThat(idle.flow().holdsResidentData()).isFalse();
            awaitStatus(idle, ZHANG_ID, endorsement, "CANCELLED");
        }
    }

    @Test
    void aWithdrawalTheBackendRefusesIsLoggedByItsCodeOnlyAndTheResidentGoesOn() throws Exception {
        Logger io = (Logger) LoggerFactory.getLogger(Io.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        io.addAppender(captured);
        try {
            test.identify(Language.EN, LIU);
            String id = temporaryIdInTheBasket(test);
            // Another kiosk's pending order holds the fee (the resident tried there too): the stub refuses to withdraw.
            String otherOrder = asOtherKiosk("/api/v1/payments/orders", "{\"residentId\":\"" + LIU_ID
                    + "\",\"items\":[{\"kind\":\"APPLICATION_FEE\",\"reference\":\"" + id + "\"}]}").get("orderId").asText();
            test.removeFromBasket(lineKey(id));
            assertThat(test.awaitScreen(ScreenModel.Menu.class).basketItems()).isZero();
            test.chooseService("general.progress"); // the resident goes on while the kiosk tries
            test.awaitScreen(ScreenModel.Info.class);

            await().atMost(WAIT).until(() -> captured.list.stream().anyMatch(e -> e.getFormattedMessage().contains("not done")));
            assertThat(captured.list).filteredOn(e -> e.getFormattedMessage().contains("not done")).singleElement()
                    .satisfies(e -> {
                        assertThat(e.getFormattedMessage())
                                .isEqualTo("Withdrawal of an unpaid household.temporary-id: not done (REFUSED ITEM_IN_PENDING_ORDER)");
                        assertThat(e.getThrowableProxy()).isNull();
                    });
            assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
                    .noneMatch(line -> line.contains(Seeder.LIU_YAN_ID) || line.contains("刘") || line.contains(LIU_ID) || line.contains(id));
            assertThat(status(test, LIU_ID, id)).isEqualTo("AWAITING_PAYMENT");

            // Put right for the other tests: that order cancelled, the application withdrawn through the port.
            asOtherKiosk("/api/v1/payments/orders/" + otherOrder + "/cancel", "{}");
            assertThat(new ApplicationsBackend(test.kiosk.backend()).withdraw(LIU_ID, id, UUID.randomUUID().toString()).status())
                    .isEqualTo("CANCELLED");
        } finally {
            io.detachAppender(captured);
        }
    }

    // ---- paths to the basket (each returns the application id)

    static String temporaryIdInTheBasket(KioskOnStub kiosk) {
        kiosk.chooseService(TEMPORARY_ID);
        kiosk.awaitScreen(ScreenModel.Confirm.class);
        kiosk.next();
        return newestLine(kiosk.awaitScreen(ScreenModel.Basket.class), TEMPORARY_ID);
    }

    static String renewalInTheBasket() {
        test.chooseService(DriverServices.RENEWAL);
        test.awaitScreen(ScreenModel.Form.class);
        test.type("healthCheckRef", "TJ-SX-000376");
        test.next();
        test.awaitScreen(ScreenModel.Confirm.class);
        test.next();
        return newestLine(test.awaitScreen(ScreenModel.Basket.class), DriverServices.RENEWAL);
    }

    /** A destination of null: the permit covers one, taken without asking. */
    static String endorsementInTheBasket(KioskOnStub kiosk, String destination, String type, String trips) {
        kiosk.chooseService(ExitEntryServices.ENDORSEMENT);
        if (destination != null) {
            kiosk.awaitChoice("destination");
            kiosk.choose(destination);
        }
        kiosk.awaitChoice("type");
        kiosk.choose(type);
        kiosk.awaitChoice("trips");
        kiosk.choose(trips);
        kiosk.awaitScreen(ScreenModel.Confirm.class);
        kiosk.next();
        return newestLine(kiosk.awaitScreen(ScreenModel.Basket.class), ExitEntryServices.ENDORSEMENT);
    }

    static String newestLine(ScreenModel.Basket basket, String serviceId) {
        ScreenModel.BasketLine line = basket.lines().stream().filter(l -> l.serviceId().equals(serviceId))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError(serviceId + " is not in the basket"));
        assertThat(line.key()).startsWith("APPLICATION_FEE:A-");
        return line.key().substring("APPLICATION_FEE:".length());
    }

    static String lineKey(String applicationId) {
        return "APPLICATION_FEE:" + applicationId;
    }

    // ---- what the backend says

    static String status(KioskOnStub kiosk, String residentId, String applicationId) throws BackendException {
        return new ApplicationsBackend(kiosk.kiosk.backend()).applications(residentId).stream()
                .filter(a -> a.applicationId().equals(applicationId)).map(Application::status).findFirst()
                .orElseThrow(() -> new AssertionError(applicationId + " is not the resident's"));
    }

    static void awaitStatus(KioskOnStub kiosk, String residentId, String applicationId, String expected) {
        await().atMost(WAIT).until(() -> expected.equals(status(kiosk, residentId, applicationId)));
    }

    /** A mutating call as KIOSK-DEMO-002, another kiosk of the seed. */
    static JsonNode asOtherKiosk(String path, String json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(test.stub.baseUrl().resolve(path))
                .header("X-Kiosk-Id", "KIOSK-DEMO-002").header("Authorization", "Bearer demo-key-002")
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
        return new ObjectMapper().readTree(answer.body());
    }

    /** Withdrawal requests the stub received (the fault rule counts every request it matches). */
    static long withdrawalsReceived(KioskOnStub kiosk) throws Exception {
        return kiosk.admin("GET", "/admin/faults", null).at("/stats/0/matched").asLong();
    }
}
