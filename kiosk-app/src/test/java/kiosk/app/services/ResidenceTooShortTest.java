package kiosk.app.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import kiosk.app.model.Identification;
import kiosk.stub.seed.Seeder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A residence too short for a permit is refused as soon as the date is typed, before the confirmation
 * (its own stub: Chen Jing is the one seeded resident who may apply, and an application opened by another
 * test would refuse her earlier).
 */
class ResidenceTooShortTest {

    @TempDir
    Path dir;
    KioskOnStub test;

    @BeforeEach
    void start() {
        test = KioskOnStub.start(dir);
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void aResidenceShorterThanSixMonthsIsRefusedOnceTheDateIsTypedBeforeTheConfirmation() {
        List<ScreenModel> seen = new CopyOnWriteArrayList<>();
        test.flow().subscribe(state -> seen.add(state.model()));
        test.identify(Language.EN, new Identification("陈静", Seeder.CHEN_JING_ID));
        test.chooseService("household.residence-permit-new");
        test.awaitScreen(ScreenModel.Form.class);
        test.type("residenceSince", LocalDate.now().minusMonths(2).format(DateTimeFormatter.BASIC_ISO_DATE));
        test.next();
        ScreenModel.Error error = test.awaitScreen(ScreenModel.Error.class);
        assertThat(error.problem().code()).isEqualTo("RESIDENCE_TOO_SHORT");
        assertThat(error.problem().words().in(Language.EN.locale()))
                .isEqualTo("A residence permit needs six months of residence in the city.");
        assertThat(seen).noneMatch(m -> m instanceof ScreenModel.Confirm || m instanceof ScreenModel.Basket);
        // Back to the menu, identified still: another service, or the counter.
        test.back();
        test.awaitScreen(ScreenModel.Menu.class);
    }
}
