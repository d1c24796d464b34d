package kiosk.app.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kiosk.app.flow.Row;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Txt;
import kiosk.app.model.DocumentType;
import kiosk.app.model.Identification;
import kiosk.stub.seed.Seeder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Application progress across every domain, on the engine against the real stub; any document will do. */
class ProgressServiceTest {

    @TempDir
    static Path dir;
    static KioskOnStub test;

    @BeforeAll
    static void start() {
        test = KioskOnStub.start(dir);
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
    void progressListsApplicationsOfEveryDomainWithTheirStatusAndWhereToCollect() {
        test.identify(Language.ZH_CN, new Identification("李娜", Seeder.LI_NA_ID));
        test.chooseService("general.progress");
        ScreenModel.Info info = test.awaitScreen(ScreenModel.Info.class);
        assertThat(info.title()).isEqualTo(Txt.key("service.general.progress.show.title"));
        // Li Na's Taiwan travel permit (exit-entry) is ready at the exit-entry counter.
        Row permit = info.rows().stream().filter(r -> ((Txt.Key) r.label()).args().get(0)
                .equals(Txt.key("code.application-type.TRAVEL_PERMIT"))).findFirst().orElseThrow();
        assertThat(permit.value()).isEqualTo(Txt.key("code.application-status.READY_FOR_COLLECTION"));
        assertThat(permit.tone()).isEqualTo(Row.Tone.GOOD);
        assertThat(info.notes()).anySatisfy(n -> assertThat(n).isInstanceOfSatisfying(Txt.Key.class, k -> {
            assertThat(k.key()).isEqualTo("application.collect.at");
            assertThat(k.args().get(0)).isEqualTo(Txt.key("code.application-type.TRAVEL_PERMIT"));
            // Where to collect it, in the resident's language too.
            assertThat(((Txt.Words) k.args().get(1)).text().in(Language.EN.locale())).isNotBlank()
                    .isNotEqualTo(((Txt.Words) k.args().get(1)).text().in(Language.ZH_CN.locale()));
        }));
        test.next();
        test.awaitScreen(ScreenModel.Menu.class);
        assertThat(test.taps()).as("taps after identification").isEqualTo(2);
    }

    @Test
    void aNewApplicationAppearsInTheProgressOfTheSameVisit() throws Exception {
        test.identify(Language.EN, new Identification("刘\u4DAE", Seeder.LIU_YAN_ID));
        test.chooseService("household.temporary-id");
        test.awaitScreen(ScreenModel.Confirm.class);
        test.flow().next();
        test.awaitScreen(ScreenModel.Basket.class);
        test.flow().back(); // another service before paying
        test.awaitScreen(ScreenModel.Menu.class);
        test.chooseService("general.progress");
        ScreenModel.Info info = test.awaitScreen(ScreenModel.Info.class);
        assertThat(info.rows()).extracting(Row::value).contains(Txt.key("code.application-status.AWAITING_PAYMENT"),
                Txt.key("code.application-status.IN_REVIEW"));
        assertThat(info.notes()).contains(Txt.key("application.awaiting-payment", Txt.key("code.application-type.TEMPORARY_ID"),
                Txt.money(1_000)));
    }

    @Test
    void aForeignPermanentResidentSeesProgressButNotHouseholdBusiness() {
        test.identify(Language.EN, new Identification(DocumentType.FOREIGN_PERMANENT, "穆斯特曼", Seeder.FOREIGN_CARD_NUMBER));
        assertThat(test.option("general.progress").available()).isTrue();
        ScreenModel.ServiceOption household = test.option("household.certificate");
        assertThat(household.available()).isFalse();
        assertThat(household.reason()).isEqualTo(Txt.key("menu.unavailable.document"));
        test.flow().chooseService("general.progress");
        ScreenModel.Info info = test.awaitScreen(ScreenModel.Info.class);
        assertThat(info.rows()).isEmpty();
        assertThat(info.notes()).isEqualTo(List.of(Txt.key("service.general.progress.show.empty")));
    }
}
