package kiosk.app.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kiosk.app.flow.Row;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Txt;
import kiosk.app.model.Identification;
import kiosk.stub.seed.Seeder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The household services end to end on the engine (no JavaFX) against the real stub and its Shaoxing seed:
 * each happy path to its receipt, and each refusal shown before anything is typed or paid, with the
 * backend's code and words (and the counter where only a counter can help). Taps are counted after
 * identification.
 */
class HouseholdServicesTest {

    static final Identification ZHANG_WEI = new Identification("张伟", Seeder.ZHANG_WEI_ID);
    static final Identification LI_NA = new Identification("李娜", Seeder.LI_NA_ID);
    static final Identification WANG_MING = new Identification("王\uD86D\uDCE7明", Seeder.WANG_MING_ID);
    static final Identification LIU_YAN = new Identification("刘\u4DAE", Seeder.LIU_YAN_ID);
    static final Identification CHEN_JING = new Identification("陈静", Seeder.CHEN_JING_ID);

    @TempDir
    static Path dir;
    static KioskOnStub test;
    /** Every screen the engine showed in the current test, in order. */
    static final List<ScreenModel> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        test = KioskOnStub.start(dir);
        test.flow().subscribe(state -> seen.add(state.model()));
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    @AfterEach
    void leave() {
        test.finish();
        seen.clear();
    }

    // ---- residence permit, new

    @Test
    void aNewResidencePermitIsAppliedForFreeAndItsApplicationFormIsPrinted() {
        test.identify(Language.EN, CHEN_JING);
        test.chooseService("household.residence-permit-new");
        ScreenModel.Form form = test.awaitScreen(ScreenModel.Form.class);
        assertThat(form.inputs()).singleElement().satisfies(i -> assertThat(i.kind()).isEqualTo(kiosk.app.flow.Step.InputKind.DATE));

        LocalDate today = LocalDate.now();
        test.flow().input("residenceSince", today.plusDays(2).format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(test.awaitScreen(ScreenModel.Form.class).complete()).as("a day in the future").isFalse();
        test.flow().input("residenceSince", "20230230");
        assertThat(test.awaitScreen(ScreenModel.Form.class).complete()).as("no such day").isFalse();
        LocalDate since = today.minusYears(1).withDayOfMonth(1);
        test.type("residenceSince", since.format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(test.awaitScreen(ScreenModel.Form.class).complete()).isTrue();
        test.next();

        ScreenModel.Confirm confirm = test.awaitScreen(ScreenModel.Confirm.class);
        assertThat(confirm.feeCents()).isZero();
        assertThat(confirm.rows()).extracting(Row::value).contains(Txt.plain("陈*"), Txt.day(since));
        test.next();

        ScreenModel.Basket basket = test.awaitScreen(ScreenModel.Basket.class);
        assertThat(basket.totalCents()).isZero();
        ScreenModel.BasketLine line = basket.lines().get(0);
        assertThat(line.title()).isEqualTo(Txt.key("household.basket.residence-permit-new"));
        String applicationId = line.key().substring(line.key().indexOf(':') + 1);
        assertThat(applicationId).startsWith("A-");
        test.pay();

        ScreenModel.Done done = test.awaitScreen(ScreenModel.Done.class);
        assertThat(done.printed()).isTrue();
        assertThat(done.paidCents()).isZero();
        // This kiosk has no A4 printer: the resident is told where the application form is to be had.
        assertThat(done.notes()).singleElement().isInstanceOfSatisfying(Txt.Key.class, k -> {
            assertThat(k.key()).isEqualTo("done.document.elsewhere");
            assertThat(k.args()).contains(Txt.plain(applicationId));
        });
        assertThat(test.lastReceipt().text()).contains("Residence permit application (free)", applicationId, "Received")
                .doesNotContain("陈静", Seeder.CHEN_JING_ID);
        assertThat(test.taps()).as("taps after identification").isEqualTo(4);
        assertThat(test.typedFields()).as("the date, typed (the two refused values went to the engine directly)").isEqualTo(1);
    }

    @Test
    void aNewResidencePermitIsRefusedBeforeTheDateIsAskedForWhenThePermitIsStillValid() {
        test.identify(Language.ZH_CN, LI_NA);
        test.chooseService("household.residence-permit-new");
        ScreenModel.Error error = test.awaitScreen(ScreenModel.Error.class);
        assertThat(error.problem().code()).isEqualTo("RESIDENCE_PERMIT_STILL_VALID");
        assertThat(error.problem().words().in(Language.ZH_CN.locale())).isEqualTo("居住证仍在有效期内。");
        assertThat(error.problem().words().in(Language.EN.locale())).contains("valid residence permit");
        assertThat(seen).noneMatch(m -> m instanceof ScreenModel.Form || m instanceof ScreenModel.Confirm);
        assertThat(error.identified()).isTrue();
    }

    @Test
    void aResidentWithLocalRegistrationIsToldTheyNeedNoResidencePermit() {
        test.identify(Language.ZH_TW, ZHANG_WEI);
        test.chooseService("household.residence-permit-new");
        ScreenModel.Error error = test.awaitScreen(ScreenModel.Error.class);
        assertThat(error.problem().code()).isEqualTo("LOCAL_HUKOU_NO_RESIDENCE_PERMIT");
        assertThat(error.problem().words().in(Language.ZH_TW.locale())).isEqualTo("本地戶籍居民無需辦理居住證。");
        assertThat(seen).noneMatch(m -> m instanceof ScreenModel.Form);
    }

    // ---- residence permit, renewal

    @Test
    void aResidencePermitNearItsEndIsRenewedForAYear() {
        test.identify(Language.ZH_TW, LI_NA);
        test.chooseService("household.residence-permit-renewal");
        ScreenModel.Confirm confirm = test.awaitScreen(ScreenModel.Confirm.class);
        assertThat(confirm.feeCents()).isZero();
        test.next();
        ScreenModel.Basket basket = test.awaitScreen(ScreenModel.Basket.class);
        assertThat(basket.lines()).singleElement().satisfies(l ->
                assertThat(l.title()).isEqualTo(Txt.key("household.basket.residence-permit-renewal")));
        test.pay();
        ScreenModel.Done done = test.awaitScreen(ScreenModel.Done.class);
        assertThat(done.printed()).isTrue();
        assertThat(done.notes()).as("a renewal prints no document").isEmpty();
        // Li Na's permit ran to 20 days from now; renewed, it runs a year past that.
        LocalDate until = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).plusYears(1);
        assertThat(test.lastReceipt().text()).contains("居住證續簽（免費）", "有效期至", until.getYear() + "年" + until.getMonthValue() + "月"
                + until.getDayOfMonth() + "日");
        assertThat(test.taps()).as("taps after identification").isEqualTo(3);
    }

    @Test
    void aRenewalTooEarlyIsRefusedBeforeTheConfirmation() {
        test.identify(Language.EN, WANG_MING);
        test.chooseService("household.residence-permit-renewal");
        ScreenModel.Error error = test.awaitScreen(ScreenModel.Error.class);
        assertThat(error.problem().code()).isEqualTo("RESIDENCE_RENEWAL_TOO_EARLY");
        assertThat(error.problem().words().in(Language.EN.locale())).contains("30 days before it expires");
        assertThat(seen).noneMatch(m -> m instanceof ScreenModel.Confirm);
    }

    // ---- household certificate

    @Test
    void aHouseholdCertificateIsIssuedWithItsVerificationCode() {
        test.identify(Language.EN, ZHANG_WEI);
        test.chooseService("household.certificate");
        ScreenModel.Choice purposes = test.awaitScreen(ScreenModel.Choice.class);
        assertThat(purposes.multiple()).isFalse();
        assertThat(purposes.options()).extracting(o -> o.id())
                .containsExactly("EMPLOYMENT", "EDUCATION", "SOCIAL_SECURITY", "TRAVEL", "OTHER");
        test.choose("EMPLOYMENT");
        ScreenModel.Confirm confirm = test.awaitScreen(ScreenModel.Confirm.class);
        assertThat(confirm.rows()).extracting(Row::value).contains(Txt.key("code.certificate-purpose.EMPLOYMENT"));
        test.next();
        ScreenModel.Basket basket = test.awaitScreen(ScreenModel.Basket.class);
        assertThat(basket.totalCents()).isZero();
        String certificateId = basket.lines().get(0).key().substring(basket.lines().get(0).key().indexOf(':') + 1);
        assertThat(certificateId).startsWith("HC-");
        test.pay();
        ScreenModel.Done done = test.awaitScreen(ScreenModel.Done.class);
        assertThat(done.notes()).singleElement().isInstanceOfSatisfying(Txt.Key.class, k ->
                assertThat(k.args()).contains(Txt.key("household.basket.certificate"), Txt.plain(certificateId)));
        String receipt = test.lastReceipt().text();
        assertThat(receipt).contains("Household registration certificate (free)", "Employment", "绍兴市", "Verification code",
                certificateId);
        assertThat(receipt).containsPattern("Verification code\\s+[0-9A-F]{8}");
        assertThat(test.taps()).as("taps after identification").isEqualTo(4);
    }

    @Test
    void aCertificateWithoutLocalRegistrationSendsTheResidentToTheCounterBeforeTheConfirmation() {
        test.identify(Language.ZH_CN, LI_NA);
        test.chooseService("household.certificate");
        test.awaitScreen(ScreenModel.Choice.class);
        test.choose("EDUCATION");
        ScreenModel.Error error = test.awaitScreen(ScreenModel.Error.class);
        assertThat(error.problem().code()).isEqualTo("NO_LOCAL_HUKOU");
        assertThat(error.problem().counter()).isTrue();
        assertThat(error.problem().words().in(Language.ZH_CN.locale())).isEqualTo("非本地户籍，请到户籍所在地派出所办理。");
        assertThat(error.counterName()).as("the household counter from the configuration").isNotNull();
        assertThat(error.counterHours()).isNotNull();
        assertThat(seen).noneMatch(m -> m instanceof ScreenModel.Confirm || m instanceof ScreenModel.Basket);
    }

    // ---- temporary ID certificate

    @Test
    void aTemporaryIdCertificateShowsItsFeeAndIsPaidInTheBasket() throws Exception {
        test.identify(Language.ZH_CN, LIU_YAN);
        test.chooseService("household.temporary-id");
        ScreenModel.Confirm confirm = test.awaitScreen(ScreenModel.Confirm.class);
        assertThat(confirm.feeCents()).as("the fee the backend's eligibility named").isEqualTo(1_000);
        test.next();
        ScreenModel.Basket basket = test.awaitScreen(ScreenModel.Basket.class);
        assertThat(basket.totalCents()).isEqualTo(1_000);
        assertThat(basket.lines()).singleElement().satisfies(l -> assertThat(l.key()).startsWith("APPLICATION_FEE:A-"));
        test.pay();
        test.payOnPhone();
        ScreenModel.Done done = test.awaitScreen(ScreenModel.Done.class);
        assertThat(done.paidCents()).isEqualTo(1_000);
        assertThat(done.printed()).isTrue();
        assertThat(test.lastReceipt().text()).contains("临时身份证明工本费", "¥10.00", "户籍窗口").doesNotContain("刘\u4DAE");
        assertThat(test.taps()).as("taps after identification").isEqualTo(3);
    }

    @Test
    void aTemporaryIdWithoutAnIdCardApplicationIsRefusedBeforeAnyFee() {
        test.identify(Language.EN, ZHANG_WEI);
        test.chooseService("household.temporary-id");
        ScreenModel.Error error = test.awaitScreen(ScreenModel.Error.class);
        assertThat(error.problem().code()).isEqualTo("NO_ID_APPLICATION_IN_PROGRESS");
        assertThat(error.problem().words().in(Language.EN.locale())).isEqualTo("There is no ID card application in progress.");
        assertThat(seen).noneMatch(m -> m instanceof ScreenModel.Confirm || m instanceof ScreenModel.Payment);
    }

    // ---- ID card progress

    @Test
    void idCardProgressShowsTheApplicationAndItsStatus() {
        test.identify(Language.EN, LIU_YAN);
        test.chooseService("household.id-card-progress");
        ScreenModel.Info info = test.awaitScreen(ScreenModel.Info.class);
        assertThat(info.last()).isTrue();
        assertThat(info.title()).isEqualTo(Txt.key("service.household.id-card-progress.show.title"));
        assertThat(info.rows()).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(Txt.key("code.application-status.IN_REVIEW"));
            assertThat(((Txt.Key) r.label()).args()).first().isEqualTo(Txt.key("code.application-type.ID_CARD"));
        });
        test.next();
        test.awaitScreen(ScreenModel.Menu.class);
        assertThat(test.taps()).as("taps after identification").isEqualTo(2);
    }

    @Test
    void anEIdShownOnAPhoneServesHouseholdBusiness() throws Exception {
        test.identifyByCode(Language.EN, test.identityCode("R-000004"));
        assertThat(test.option("household.id-card-progress").available()).isTrue();
        assertThat(test.option("household.temporary-id").available()).isTrue();
        test.chooseService("household.id-card-progress");
        assertThat(test.awaitScreen(ScreenModel.Info.class).rows()).hasSize(1);
    }

    @Test
    void idCardProgressSaysSoWhenThereIsNone() {
        test.identify(Language.ZH_CN, CHEN_JING);
        test.chooseService("household.id-card-progress");
        ScreenModel.Info info = test.awaitScreen(ScreenModel.Info.class);
        assertThat(info.rows()).isEmpty();
        assertThat(info.notes()).containsExactly(Txt.key("service.household.id-card-progress.show.empty"));
    }
}
