package kiosk.app.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import kiosk.app.admin.RecentEvents;
import kiosk.app.flow.Problem;
import kiosk.app.flow.Progress;
import kiosk.app.flow.ScreenModel;
import kiosk.app.flow.VisitEngine;
import kiosk.app.i18n.Language;
import kiosk.app.model.Identification;
import kiosk.stub.seed.Seeder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A problem on screen carries a reference a resident can read out (this kiosk's id from the configuration,
 * the step, the minute) instead of its code, and staff find the code beside the same reference in the log
 * and in admin mode's recent events.
 */
class ProblemReferenceTest {

    @TempDir
    Path dir;
    KioskOnStub test;
    ListAppender<ILoggingEvent> log;
    Logger engineLog;

    @BeforeEach
    void start() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        engineLog = context.getLogger(VisitEngine.class);
        log = new ListAppender<>();
        log.setContext(context);
        log.start();
        engineLog.addAppender(log);
        test = KioskOnStub.start(dir);
    }

    @AfterEach
    void stop() {
        engineLog.detachAppender(log);
        test.close();
    }

    @Test
    void aRefusalShowsKioskStepAndTimeAndStaffFindTheCodeBesideTheSameReference() {
        LocalTime before = LocalTime.now().withSecond(0).withNano(0);
        test.identify(Language.ZH_CN, new Identification("陈静", Seeder.CHEN_JING_ID));
        test.chooseService("household.residence-permit-new");
        test.awaitScreen(ScreenModel.Form.class);
        test.type("residenceSince", LocalDate.now().minusMonths(2).format(DateTimeFormatter.BASIC_ISO_DATE));
        test.next();
        Problem problem = test.awaitScreen(ScreenModel.Error.class).problem();
        LocalTime after = LocalTime.now();

        assertThat(problem.code()).isEqualTo("RESIDENCE_TOO_SHORT");
        Problem.Reference reference = problem.reference();
        assertThat(reference).isNotNull();
        assertThat(reference.kiosk()).isEqualTo(test.kiosk.config().kioskId()).isEqualTo("KIOSK-DEMO-001");
        assertThat(reference.step()).isEqualTo(Progress.CHOOSE); // the date was typed on the form: choosing
        assertThat(reference.at()).isBetween(before, after);

        // The same screen in another language keeps its reference: it names one moment.
        test.flow().chooseLanguage(Language.EN);
        assertThat(((ScreenModel.Error) test.flow().state().model()).problem().reference()).isEqualTo(reference);

        String staffWords = reference.logText();
        assertThat(staffWords).matches("KIOSK-DEMO-001 · choose · \\d{2}:\\d{2}");
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .filteredOn(line -> line.contains(staffWords)).singleElement()
                .satisfies(line -> assertThat(line).contains("RESIDENCE_TOO_SHORT"));
        await().atMost(Duration.ofSeconds(5)).until(() -> test.kiosk.admin().events().recent(50).stream()
                .map(RecentEvents.Event::text).anyMatch(text -> text.contains(staffWords) && text.contains("RESIDENCE_TOO_SHORT")));
        assertThat(test.kiosk.admin().events().recent(50)).filteredOn(e -> e.text().contains(staffWords)).hasSize(1);
    }
}
