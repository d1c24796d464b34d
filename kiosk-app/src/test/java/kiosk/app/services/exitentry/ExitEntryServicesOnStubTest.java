package kiosk.app.services.exitentry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import kiosk.app.flow.Option;
import kiosk.app.flow.Row;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import kiosk.app.model.DocumentType;
import kiosk.app.model.Identification;
import kiosk.app.services.KioskOnStub;
import kiosk.stub.seed.Seeder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit-entry services end to end on the real backend-stub through the engine, without JavaFX: permits and
 * endorsements left, an endorsement applied for and paid, a refusal shown before payment with the backend's
 * code and words and the exit-entry counter from the configuration, collection status, and the document rule.
 */
class ExitEntryServicesOnStubTest {

    private static final Identification ZHANG = new Identification("张伟", Seeder.ZHANG_WEI_ID);
    private static final Identification LI = new Identification("李娜", Seeder.LI_NA_ID);
    private static final Identification WANG = new Identification("王\uD86D\uDCE7明", Seeder.WANG_MING_ID);
    private static final Identification ZHAO = new Identification("赵敏", Seeder.ZHAO_MIN_ID);
    private static final Identification LIU = new Identification("刘\u4DAE", Seeder.LIU_YAN_ID);

    @TempDir
    static Path dir;
    private static KioskOnStub test;

    @BeforeAll
    static void start() {
        test = KioskOnStub.start(dir);
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    @AfterEach
    void endVisit() {
        test.flow().finish();
    }

    @Test
    void permitsShowTheTripsLeftOnEachEndorsement() {
        test.identify(Language.EN, LI);
        test.chooseService(ExitEntryServices.PERMITS);
        ScreenModel.Info info = test.awaitScreen(ScreenModel.Info.class);
        assertThat(info.last()).isTrue();
        assertThat(info.rows()).hasSize(3);
        assertThat(test.render(info.rows().get(0).label(), Language.EN)).startsWith("Exit-entry Permit for Hong Kong and Macao C****");
        Row hk = info.rows().get(1);
        assertThat(test.render(hk.label(), Language.EN)).isEqualTo("Hong Kong, Individual travel");
        assertThat(test.render(hk.value(), Language.EN)).startsWith("1 of 2 trips left, valid until ");
        assertThat(hk.tone()).isEqualTo(Row.Tone.GOOD);
        Row mo = info.rows().get(2);
        assertThat(test.render(mo.value(), Language.ZH_CN)).isEqualTo("1 次已用完");
        assertThat(mo.tone()).isEqualTo(Row.Tone.WARNING);
        assertThat(test.missingIn(info, EnumSet.allOf(Language.class))).isEmpty();
        test.next();
        test.awaitScreen(ScreenModel.Menu.class);
        assertThat(test.taps()).isEqualTo(2);
    }

    @Test
    void anEndorsementIsChosenCheckedConfirmedAndPaidWithItsApplicationFee() throws Exception {
        test.identify(Language.ZH_CN, ZHANG);
        test.chooseService(ExitEntryServices.ENDORSEMENT);
        // One permit: taken without asking. It covers Hong Kong and Macao.
        ScreenModel.Choice destination = test.awaitChoice("destination");
        assertThat(destination.options()).extracting(Option::id).containsExactly("HK", "MO");
        test.choose("HK");
        ScreenModel.Choice type = test.awaitChoice("type");
        assertThat(test.missingIn(type, EnumSet.allOf(Language.class))).isEmpty();
        test.choose("INDIVIDUAL_TOURISM");
        test.awaitChoice("trips");
        test.choose("2");

        ScreenModel.Confirm confirm = test.awaitScreen(ScreenModel.Confirm.class);
        assertThat(confirm.feeCents()).isEqualTo(3_000);
        assertThat(confirm.rows()).extracting(r -> test.render(r.value(), Language.ZH_TW))
                .contains("香港", "個人旅遊", "二次有效", "人民幣30.00元");
        assertThat(test.missingIn(confirm, EnumSet.allOf(Language.class))).isEmpty();
        test.next();

        ScreenModel.Basket basket = test.awaitScreen(ScreenModel.Basket.class);
        assertThat(basket.lines()).singleElement().satisfies(l -> {
            assertThat(l.serviceId()).isEqualTo(ExitEntryServices.ENDORSEMENT);
            assertThat(l.amountCents()).isEqualTo(3_000);
            assertThat(l.key()).startsWith("APPLICATION_FEE:");
            assertThat(test.render(l.title(), Language.EN)).isEqualTo("Endorsement: Hong Kong, Individual travel");
        });
        test.pay();
        ScreenModel.Done done = test.payOnPhone();
        assertThat(done.paidCents()).isEqualTo(3_000);
        assertThat(done.printed()).isTrue();
        assertThat(test.taps()).isEqualTo(6);

        // The paid application is now an exit-entry document in progress.
        test.flow().finish();
        test.identify(Language.EN, ZHANG);
        test.chooseService(ExitEntryServices.COLLECTION);
        ScreenModel.Info documents = test.awaitScreen(ScreenModel.Info.class);
        assertThat(documents.rows()).extracting(r -> test.render(r.label(), Language.EN)).contains("Endorsement");
    }

    @Test
    void aTaiwanPermitTakesPermitAndDestinationWithoutAskingAndCostsTheTaiwanFee() throws Exception {
        test.identify(Language.ZH_TW, LIU);
        test.chooseService(ExitEntryServices.ENDORSEMENT);
        test.awaitChoice("type");
        test.choose("GROUP_TOURISM");
        test.awaitChoice("trips");
        test.choose("1");
        ScreenModel.Confirm confirm = test.awaitScreen(ScreenModel.Confirm.class);
        assertThat(confirm.feeCents()).isEqualTo(2_000);
        assertThat(confirm.rows()).extracting(r -> test.render(r.value(), Language.ZH_TW)).contains("台灣", "團體旅遊", "一次有效");
        test.next();
        assertThat(test.awaitScreen(ScreenModel.Basket.class).totalCents()).isEqualTo(2_000);
        test.pay();
        assertThat(test.payOnPhone().paidCents()).isEqualTo(2_000);
        assertThat(test.taps()).isEqualTo(5);
    }

    @Test
    void aRegisteredStateEmployeeIsSentToTheCounterBeforePaying() {
        test.identify(Language.EN, WANG);
        test.chooseService(ExitEntryServices.ENDORSEMENT);
        // A Taiwan permit: permit and destination are taken without asking.
        test.awaitChoice("type");
        test.choose("GROUP_TOURISM");
        test.awaitChoice("trips");
        test.choose("1");

        ScreenModel.Error error = test.awaitScreen(ScreenModel.Error.class);
        assertThat(error.problem().code()).isEqualTo("COUNTER_STATE_EMPLOYEE");
        assertThat(error.problem().words().in(Language.EN.locale())).isEqualTo("Registered state employees must apply at a counter.");
        assertThat(error.problem().words().in(Language.ZH_CN.locale())).isEqualTo("登记备案的国家工作人员需到窗口办理。");
        assertThat(error.problem().counter()).isTrue();
        assertThat(error.problem().adviceKey()).isEqualTo("problem.counter.advice");
        for (Language language : Language.values()) {
            assertThat(test.render(error.counterName(), language))
                    .isEqualTo(KioskOnStub.words(test.counter("exit-entry").name(), language));
            assertThat(test.render(error.counterHours(), language))
                    .isEqualTo(KioskOnStub.words(test.counter("exit-entry").hours(), language));
        }
        assertThat(test.taps()).isEqualTo(3);

        // Nothing was put in the basket or paid.
        test.back();
        ScreenModel.Menu menu = test.awaitScreen(ScreenModel.Menu.class);
        assertThat(menu.basketItems()).isZero();
        assertThat(menu.basketCents()).isZero();
    }

    @Test
    void aFineAndAnEndorsementGoInOneBasketAndArePaidOnce() throws Exception {
        test.identify(Language.ZH_CN, ZHAO);
        test.chooseService("traffic.fines");
        test.awaitChoice("choose");
        test.next();
        ScreenModel.Basket fines = test.awaitScreen(ScreenModel.Basket.class);
        long fineCents = fines.totalCents();
        assertThat(fineCents).isPositive();
        test.back();
        test.awaitScreen(ScreenModel.Menu.class);

        test.chooseService(ExitEntryServices.ENDORSEMENT);
        test.awaitChoice("destination");
        test.choose("MO"); // a Hong Kong endorsement with a trip left is still valid; Macao is not
        test.awaitChoice("type");
        test.choose("GROUP_TOURISM");
        test.awaitChoice("trips");
        test.choose("1");
        test.awaitScreen(ScreenModel.Confirm.class);
        test.next();

        ScreenModel.Basket basket = test.awaitScreen(ScreenModel.Basket.class);
        assertThat(basket.lines()).extracting(ScreenModel.BasketLine::serviceId)
                .containsExactly("traffic.fines", ExitEntryServices.ENDORSEMENT);
        assertThat(basket.totalCents()).isEqualTo(fineCents + 1_500);
        test.pay();
        ScreenModel.Done done = test.payOnPhone();
        assertThat(done.paidCents()).isEqualTo(fineCents + 1_500);
        assertThat(done.printed()).isTrue();
    }

    @Test
    void collectionSaysWhatIsReadyAndWhere() {
        test.identify(Language.ZH_CN, LI);
        test.chooseService(ExitEntryServices.COLLECTION);
        ScreenModel.Info info = test.awaitScreen(ScreenModel.Info.class);
        Row permit = info.rows().get(0);
        assertThat(test.render(permit.label(), Language.ZH_CN)).isEqualTo("往来港澳台通行证");
        assertThat(test.render(permit.value(), Language.ZH_CN)).isEqualTo("可以领取");
        assertThat(permit.tone()).isEqualTo(Row.Tone.GOOD);
        assertThat(test.render(info.rows().get(1).label(), Language.EN)).isEqualTo("Collect at");
        assertThat(test.render(info.rows().get(1).value(), Language.EN)).isNotBlank();
        assertThat(info.notes()).hasSize(1);
        assertThat(test.missingIn(info, EnumSet.allOf(Language.class))).isEmpty();
        test.next();
        test.awaitScreen(ScreenModel.Menu.class);
        assertThat(test.taps()).isEqualTo(2);
    }

    @Test
    void exitEntryNeedsTheResidentIdCardWhileTrafficTakesAnyDocument() {
        ScreenModel.Menu menu = test.identify(Language.EN,
                new Identification(DocumentType.HMT_RESIDENCE, "陈家豪", Seeder.HMT_PERMIT_ID));
        var options = menu.groups().stream().flatMap(g -> g.services().stream()).toList();
        assertThat(options).filteredOn(o -> o.serviceId().startsWith("exit-entry."))
                .hasSize(3).allSatisfy(o -> {
                    assertThat(o.available()).isFalse();
                    assertThat(o.reason()).isNotNull();
                });
        assertThat(options).filteredOn(o -> o.serviceId().startsWith("traffic."))
                .isNotEmpty().allSatisfy(o -> assertThat(o.available()).isTrue());
    }
}
