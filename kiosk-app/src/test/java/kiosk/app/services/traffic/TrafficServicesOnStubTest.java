package kiosk.app.services.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
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
 * The vehicles-and-drivers services end to end on the real backend-stub, driven through the engine without
 * JavaFX: happy paths with their taps after identification, and the backend's refusals shown before anything
 * is typed or paid, in its own words, with the counter from the configuration.
 */
class TrafficServicesOnStubTest {

    private static final Identification ZHANG = new Identification("张伟", Seeder.ZHANG_WEI_ID);
    private static final Identification LI = new Identification("李娜", Seeder.LI_NA_ID);
    private static final Identification ZHAO = new Identification("赵敏", Seeder.ZHAO_MIN_ID);
    private static final Identification CHEN = new Identification("陈静", Seeder.CHEN_JING_ID);

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
    void finesOfAnotherVehicleAreFoundByPlateAndFourEngineCharactersAndPaidOnce() throws Exception {
        test.identify(Language.ZH_CN, LI);
        test.chooseService(FinesByPlate.ID);
        ScreenModel.Form form = test.awaitScreen(ScreenModel.Form.class);
        assertThat(form.inputs()).extracting(ScreenModel.Input::kind)
                .containsExactly(kiosk.app.flow.Step.InputKind.PLATE, kiosk.app.flow.Step.InputKind.ENGINE_DIGITS);

        test.type("plate", "浙I12345"); // no I on real plates
        test.type("engine", "123");
        assertThat(((ScreenModel.Form) test.flow().state().model()).complete()).isFalse();
        test.flow().next(); // ignored while incomplete (a wasted tap, not counted in the path)
        assertThat(test.flow().state().model()).isInstanceOf(ScreenModel.Form.class);

        test.type("plate", "浙b8f123"); // typed in lower case: normalised
        test.type("engine", "0123");
        assertThat(((ScreenModel.Form) test.flow().state().model()).complete()).isTrue();
        test.next();

        ScreenModel.Choice fines = test.awaitChoice("choose");
        assertThat(fines.multiple()).isTrue();
        assertThat(fines.options()).extracting(Option::id).containsExactly("V-DEMO-0004");
        assertThat(fines.selected()).containsExactly("V-DEMO-0004"); // payable fines come ticked
        // Where it happened, as each language reads it: pinyin in English, Traditional characters in zh-TW.
        assertThat(test.render(fines.options().get(0).detail(), Language.EN))
                .startsWith("Renmin Zhonglu / Zhongxing Zhonglu · ").contains("penalty points");
        assertThat(test.render(fines.options().get(0).detail(), Language.ZH_TW)).startsWith("人民中路與中興中路交叉口 · ");
        assertThat(test.missingIn(fines, EnumSet.allOf(Language.class))).isEmpty();
        test.next();

        ScreenModel.Basket basket = test.awaitScreen(ScreenModel.Basket.class);
        assertThat(basket.lines()).singleElement().satisfies(l -> assertThat(l.serviceId()).isEqualTo(FinesByPlate.ID));
        assertThat(basket.totalCents()).isEqualTo(fines.selectedCents()).isPositive();
        assertThat(test.missingIn(basket, EnumSet.allOf(Language.class))).isEmpty();
        test.pay();
        ScreenModel.Done done = test.payOnPhone();
        assertThat(done.paidCents()).isEqualTo(basket.totalCents());
        assertThat(done.printed()).isTrue();
        assertThat(test.taps()).isEqualTo(4);
        assertThat(test.typedFields()).isEqualTo(4); // two rejected and two accepted values

        // The same plate again: the fine is paid now, so nothing can be ticked.
        test.flow().finish();
        test.identify(Language.EN, LI);
        test.chooseService(FinesByPlate.ID);
        test.awaitScreen(ScreenModel.Form.class);
        test.type("plate", "浙B8F123");
        test.type("engine", "700123");
        test.next();
        ScreenModel.Choice after = test.awaitChoice("choose");
        assertThat(after.options()).singleElement().satisfies(o -> assertThat(o.enabled()).isFalse());
    }

    @Test
    void aWrongEngineTailIsRefusedInTheBackendsOwnWords() {
        test.identify(Language.ZH_TW, LI);
        test.chooseService(FinesByPlate.ID);
        test.awaitScreen(ScreenModel.Form.class);
        test.type("plate", "浙D12345");
        test.type("engine", "999999");
        test.next();
        ScreenModel.Error error = test.awaitScreen(ScreenModel.Error.class);
        assertThat(error.problem().code()).isEqualTo("VEHICLE_NOT_FOUND");
        assertThat(error.problem().words().in(Language.ZH_TW.locale())).isEqualTo("未找到該車輛，請核對號牌和引擎號碼。");
        assertThat(error.identified()).isTrue();
        test.back();
        assertThat(test.awaitScreen(ScreenModel.Menu.class).basketItems()).isZero();
    }

    @Test
    void vehiclesShowInspectionValidityAndWhatIsOverdue() {
        test.identify(Language.EN, ZHAO);
        test.chooseService(VehicleServices.VEHICLES);
        ScreenModel.Info info = test.awaitScreen(ScreenModel.Info.class);
        assertThat(info.last()).isTrue();
        assertThat(info.rows()).hasSize(2);
        Row vehicle = info.rows().get(0);
        assertThat(test.render(vehicle.label(), Language.EN)).startsWith("浙D5K321 (");
        assertThat(test.render(vehicle.value(), Language.EN)).startsWith("Inspection overdue");
        assertThat(vehicle.tone()).isEqualTo(Row.Tone.WARNING);
        assertThat(test.render(info.rows().get(1).value(), Language.EN)).isEqualTo("2 traffic violations not dealt with yet");
        assertThat(info.notes()).hasSize(1);
        assertThat(test.missingIn(info, EnumSet.allOf(Language.class))).isEmpty();
        test.next();
        test.awaitScreen(ScreenModel.Menu.class);
        assertThat(test.taps()).isEqualTo(2);

        test.flow().finish();
        test.identify(Language.ZH_CN, LI);
        test.chooseService(VehicleServices.VEHICLES);
        Row valid = test.awaitScreen(ScreenModel.Info.class).rows().get(0);
        assertThat(valid.tone()).isEqualTo(Row.Tone.GOOD);
        assertThat(test.render(valid.value(), Language.ZH_CN)).startsWith("检验有效期至 ");
    }

    @Test
    void theFreeInspectionMarkTakesTheOnlyVehicleAndPrintsAsADocument() {
        test.identify(Language.ZH_CN, LI);
        test.chooseService(VehicleServices.INSPECTION_MARK);
        // One vehicle: taken without asking; the backend accepts it; the answers come to be checked.
        ScreenModel.Confirm confirm = test.awaitScreen(ScreenModel.Confirm.class);
        assertThat(confirm.feeCents()).isZero();
        assertThat(confirm.rows()).extracting(r -> test.render(r.value(), Language.ZH_CN)).contains("浙A66K88", "免费");
        assertThat(test.missingIn(confirm, EnumSet.allOf(Language.class))).isEmpty();
        test.next();

        ScreenModel.Basket basket = test.awaitScreen(ScreenModel.Basket.class);
        assertThat(basket.totalCents()).isZero();
        assertThat(basket.lines()).singleElement().satisfies(l -> {
            assertThat(l.serviceId()).isEqualTo(VehicleServices.INSPECTION_MARK);
            assertThat(test.render(l.title(), Language.EN)).isEqualTo("Electronic inspection mark 浙A66K88");
        });
        test.pay(); // nothing to pay: the mark is issued at once
        ScreenModel.Done done = test.awaitScreen(ScreenModel.Done.class);
        assertThat(done.paidCents()).isZero();
        assertThat(done.printed()).isTrue();
        // The demo kiosk has no A4 printer: the resident is told how to get the mark instead.
        assertThat(done.notes()).hasSize(1);
        assertThat(test.taps()).isEqualTo(3);
    }

    @Test
    void anOverdueVehicleIsRefusedBeforeAnythingIsConfirmedWithTheTrafficCounter() {
        test.identify(Language.EN, ZHAO);
        test.chooseService(VehicleServices.INSPECTION_MARK);
        ScreenModel.Error error = test.awaitScreen(ScreenModel.Error.class);
        assertThat(error.problem().code()).isEqualTo("INSPECTION_OVERDUE");
        assertThat(error.problem().words().in(Language.EN.locale()))
                .isEqualTo("The vehicle inspection is overdue; take the vehicle to an inspection station.");
        assertThat(error.problem().counter()).isTrue();
        assertThat(test.render(error.counterName(), Language.EN)).isEqualTo(KioskOnStub.words(test.counter("traffic").name(), Language.EN));
        assertThat(test.render(error.counterHours(), Language.EN)).isEqualTo(KioskOnStub.words(test.counter("traffic").hours(), Language.EN));
        assertThat(test.taps()).isEqualTo(1);
    }

    @Test
    void licencePointsShowTheLimitAndWhatToDoWhenItIsReached() {
        test.identify(Language.ZH_CN, ZHAO);
        test.chooseService(DriverServices.POINTS);
        ScreenModel.Info info = test.awaitScreen(ScreenModel.Info.class);
        Row points = info.rows().get(0);
        assertThat(test.render(points.value(), Language.ZH_CN)).isEqualTo("已记 12 分（满 12 分）");
        assertThat(test.render(points.value(), Language.EN)).isEqualTo("12 of 12 penalty points");
        assertThat(points.tone()).isEqualTo(Row.Tone.WARNING);
        assertThat(info.notes()).extracting(n -> test.render(n, Language.ZH_TW)).singleElement().asString().contains("車駕管櫃檯");
        assertThat(test.missingIn(info, EnumSet.allOf(Language.class))).isEmpty();
        test.next();
        test.awaitScreen(ScreenModel.Menu.class);
        assertThat(test.taps()).isEqualTo(2);

        test.flow().finish();
        test.identify(Language.EN, CHEN);
        test.chooseService(DriverServices.POINTS);
        List<String> values = test.awaitScreen(ScreenModel.Info.class).rows().stream()
                .map(r -> test.render(r.value(), Language.EN)).toList();
        assertThat(values).contains("2 of 12 penalty points", "Valid").anyMatch(v -> v.startsWith("Renewal opens on "));
    }

    @Test
    void licenceRenewalIsRefusedWhileFinesAreUnpaidThenGrantedWithItsFee() throws Exception {
        // Unpaid fines: refused at once, before the health-check reference is asked for.
        test.identify(Language.ZH_CN, ZHANG);
        test.chooseService(DriverServices.RENEWAL);
        ScreenModel.Error refused = test.awaitScreen(ScreenModel.Error.class);
        assertThat(refused.problem().code()).isEqualTo("UNPAID_VIOLATIONS");
        assertThat(refused.problem().words().in(Language.ZH_CN.locale())).isEqualTo("存在未缴纳的交通违法罚款，请先缴纳。");
        assertThat(refused.problem().counter()).isFalse();

        // Pays them in the same visit.
        test.back();
        test.awaitScreen(ScreenModel.Menu.class);
        test.chooseService(TrafficServices.fines(null).id());
        test.awaitChoice("choose");
        test.next();
        test.awaitScreen(ScreenModel.Basket.class);
        test.pay();
        test.payOnPhone();
        test.flow().finish();

        // Next visit: accepted; reference, answers with the fee, the application in the basket with its fee.
        test.identify(Language.ZH_CN, ZHANG);
        test.chooseService(DriverServices.RENEWAL);
        ScreenModel.Form form = test.awaitScreen(ScreenModel.Form.class);
        assertThat(form.inputs()).singleElement().satisfies(i -> assertThat(i.kind()).isEqualTo(kiosk.app.flow.Step.InputKind.REFERENCE));
        test.type("healthCheckRef", "tj-sx-000125"); // lower case as some certificates print it: the check is case-blind
        assertThat(((ScreenModel.Form) test.flow().state().model()).complete()).isTrue();
        test.next();
        ScreenModel.Confirm confirm = test.awaitScreen(ScreenModel.Confirm.class);
        assertThat(confirm.feeCents()).isEqualTo(1_000);
        assertThat(confirm.rows()).extracting(r -> test.render(r.value(), Language.ZH_CN)).contains("C1", "TJ-SX-000125", "¥10.00");
        assertThat(test.missingIn(confirm, EnumSet.allOf(Language.class))).isEmpty();
        test.next();
        ScreenModel.Basket basket = test.awaitScreen(ScreenModel.Basket.class);
        assertThat(basket.lines()).singleElement().satisfies(l -> {
            assertThat(l.serviceId()).isEqualTo(DriverServices.RENEWAL);
            assertThat(l.amountCents()).isEqualTo(1_000);
            assertThat(l.key()).startsWith("APPLICATION_FEE:");
        });
        test.pay();
        ScreenModel.Done done = test.payOnPhone();
        assertThat(done.paidCents()).isEqualTo(1_000);
        assertThat(test.taps()).isEqualTo(4);
        assertThat(test.typedFields()).isEqualTo(1);
    }

    @Test
    void anExpiredHealthCheckIsRefusedBeforeTheAnswersAreShown() {
        // A Hong Kong resident identified by the residence permit: traffic services take any document.
        test.identify(Language.EN, new Identification(DocumentType.HMT_RESIDENCE, "陈家豪", Seeder.HMT_PERMIT_ID));
        test.chooseService(DriverServices.RENEWAL);
        test.awaitScreen(ScreenModel.Form.class);
        test.type("healthCheckRef", "TJ-SX-000375");
        test.next();
        ScreenModel.Error error = test.awaitScreen(ScreenModel.Error.class);
        assertThat(error.problem().code()).isEqualTo("HEALTH_CHECK_EXPIRED");
        assertThat(error.problem().words().in(Language.EN.locale())).isEqualTo("The health check is older than six months; please have a new one.");
        assertThat(test.taps()).isEqualTo(2);
        test.back();
        assertThat(test.awaitScreen(ScreenModel.Menu.class).basketItems()).isZero();
    }

    @Test
    void renewalWithTwelvePointsNamesTheCounterBeforeAnythingIsTyped() {
        test.identify(Language.ZH_TW, ZHAO);
        test.chooseService(DriverServices.RENEWAL);
        ScreenModel.Error error = test.awaitScreen(ScreenModel.Error.class);
        assertThat(error.problem().code()).isEqualTo("LICENCE_POINTS_FULL");
        assertThat(error.problem().words().in(Language.ZH_TW.locale())).isEqualTo("駕駛執照記點已滿12點，請到櫃檯辦理。");
        assertThat(error.problem().counter()).isTrue();
        assertThat(test.render(error.counterName(), Language.ZH_TW))
                .isEqualTo(KioskOnStub.words(test.counter("traffic").name(), Language.ZH_TW)).contains("櫃檯");
    }
}
