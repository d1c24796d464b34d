package kiosk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import kiosk.config.KioskConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admin mode without a UI: entry, lockout, every action journaled with time and staff id, reported. */
class AdminModelTest {

    @TempDir
    Path dir;

    private AdminFixture f;

    @BeforeEach
    void open() {
        f = new AdminFixture(dir, Runnable::run);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private AdminState state() {
        return f.model.state();
    }

    @Test
    void theRightPinOpensAdminModeAndIsJournaledWithTheStaffId() {
        assertThat(state().phase()).isEqualTo(AdminState.Phase.CLOSED);
        f.model.begin();
        assertThat(state().phase()).isEqualTo(AdminState.Phase.PIN_ENTRY);
        f.model.digit('2');
        f.model.digit('4');
        assertThat(state().pinLength()).isEqualTo(2);
        f.model.deleteDigit();
        assertThat(state().pinLength()).isEqualTo(1);
        f.model.exit();
        f.enterPin(AdminFixture.PIN);
        assertThat(state().phase()).isEqualTo(AdminState.Phase.OPEN);
        assertThat(state().staffId()).isEqualTo("S-0107");
        assertThat(state().devices()).hasSize(3);
        AuditRecord entered = f.store.recent(1).get(0);
        assertThat(entered.action()).isEqualTo(AdminAction.ENTERED);
        assertThat(entered.staffId()).isEqualTo("S-0107");
        assertThat(entered.at()).isEqualTo(f.clock.instant());
        await().atMost(Duration.ofSeconds(5)).until(() -> f.reporter.sent.stream().anyMatch(r -> r.action() == AdminAction.ENTERED));
    }

    @Test
    void wrongPinsLockOutForLongerAndLongerAndNothingIsCheckedWhileLocked() {
        f.enterPin("111111");
        assertThat(state().notice().orElseThrow()).isEqualTo(AdminState.Notice.of(false, "admin.pin.wrong", 2));
        f.enterPin("222222");
        f.enterPin("333333");
        Instant first = state().lockedUntil().orElseThrow();
        assertThat(first).isEqualTo(f.clock.instant().plusSeconds(30));
        assertThat(state().notice().orElseThrow().key()).isEqualTo("admin.pin.locked");

        f.enterPin(AdminFixture.PIN); // the right PIN, but locked: not even checked
        assertThat(state().phase()).isEqualTo(AdminState.Phase.PIN_ENTRY);

        f.clock.advance(Duration.ofSeconds(31));
        f.enterPin("444444"); // one more wrong PIN after a lockout locks again, twice as long
        assertThat(state().lockedUntil().orElseThrow()).isEqualTo(f.clock.instant().plusSeconds(60));
        f.clock.advance(Duration.ofSeconds(61));
        f.enterPin("555555");
        assertThat(state().lockedUntil().orElseThrow()).isEqualTo(f.clock.instant().plusSeconds(120));
        f.clock.advance(Duration.ofSeconds(121));
        f.enterPin("666666");
        assertThat(state().lockedUntil().orElseThrow()).as("capped at max-lockout").isEqualTo(f.clock.instant().plusSeconds(120));

        f.clock.advance(Duration.ofSeconds(121));
        f.enterPin(AdminFixture.PIN);
        assertThat(state().phase()).isEqualTo(AdminState.Phase.OPEN);
        assertThat(f.store.recent(20)).extracting(AuditRecord::action).contains(AdminAction.ENTRY_REFUSED, AdminAction.LOCKED_OUT);
    }

    @Test
    void aStaffCardOpensAdminModeToo() {
        f.model.begin();
        f.model.staffCard("110101198503151235");
        assertThat(state().phase()).isEqualTo(AdminState.Phase.PIN_ENTRY);
        f.model.staffCard(AdminFixture.CARD);
        assertThat(state().phase()).isEqualTo(AdminState.Phase.OPEN);
        assertThat(f.store.recent(1).get(0).subject()).isEqualTo("card");
        assertThat(f.store.recent(5)).allSatisfy(r -> assertThat(r.detail() + r.subject()).doesNotContain("110101"));
    }

    @Test
    void nothingHappensBeforeAStaffMemberIsIdentified() {
        f.model.testPrint("receipt-printer");
        f.model.restart();
        f.model.disableService("traffic.fines", "admin.reason.maintenance");
        assertThat(f.devices.calls).isEmpty();
        assertThat(f.restarts.get()).isZero();
        assertThat(f.services.current().enabled("traffic.fines")).isTrue();
    }

    @Test
    void deviceTestsAreRunAndJournaled() {
        f.enterPin(AdminFixture.PIN);
        f.model.testPrint("receipt-printer");
        assertThat(state().notice().orElseThrow()).isEqualTo(AdminState.Notice.of(true, "admin.test.printed", 840));
        f.devices.printerWorks = false;
        f.model.testPrint("receipt-printer");
        assertThat(state().notice().orElseThrow().ok()).isFalse();
        f.model.testCardRead();
        assertThat(state().notice().orElseThrow().args()).contains("1101**********1235");
        f.model.testScan();
        assertThat(f.devices.calls).containsExactly("print receipt-printer", "print receipt-printer", "card", "scan");
        assertThat(f.store.recent(4)).extracting(AuditRecord::action).containsExactly(AdminAction.TEST_SCAN,
                AdminAction.TEST_CARD_READ, AdminAction.TEST_PRINT, AdminAction.TEST_PRINT);
        assertThat(state().devices()).filteredOn(d -> d.id().equals("receipt-printer")).singleElement()
                .satisfies(d -> assertThat(d.usable()).isFalse());
    }

    @Test
    void paperRefilledStartsTheCountFromAFullRoll() {
        f.paper.printed("receipt-printer", 46_000);
        assertThat(f.paper.low("receipt-printer")).isTrue();
        f.enterPin(AdminFixture.PIN);
        f.model.show(AdminState.Section.PAPER);
        assertThat(state().paper()).singleElement().isEqualTo(new AdminState.PaperRow("receipt-printer", 4_000, true));
        f.model.paperRefilled("receipt-printer");
        assertThat(state().paper()).singleElement().isEqualTo(new AdminState.PaperRow("receipt-printer", 50_000, false));
        assertThat(f.store.recent(1).get(0).action()).isEqualTo(AdminAction.PAPER_REFILLED);
    }

    @Test
    void aDisabledServiceShowsItsReasonToResidentsAndSurvivesARestart() {
        f.enterPin(AdminFixture.PIN);
        f.model.show(AdminState.Section.SERVICES);
        assertThat(state().services()).extracting(AdminState.ServiceRow::serviceId).containsExactly("household.certificate", "traffic.fines");
        f.model.disableService("traffic.fines", "not-a-reason");
        assertThat(f.services.current().enabled("traffic.fines")).isTrue();
        f.model.disableService("traffic.fines", "admin.reason.maintenance");
        assertThat(f.services.current().disabledReason("traffic.fines").orElseThrow().in(Locale.forLanguageTag("zh-TW")))
                .isEqualTo("tw admin.reason.maintenance");
        assertThat(new ServiceSwitches(f.store, f.config.services()).current().enabled("traffic.fines")).isFalse();
        AuditRecord disabled = f.store.recent(1).get(0);
        assertThat(disabled.action()).isEqualTo(AdminAction.SERVICE_DISABLED);
        assertThat(disabled.subject()).isEqualTo("traffic.fines");
        f.model.enableService("traffic.fines");
        assertThat(f.services.current().enabled("traffic.fines")).isTrue();
    }

    @Test
    void reloadAppliesAGoodConfigurationAndReportsTheFirstProblemOfABadOne() {
        f.enterPin(AdminFixture.PIN);
        f.model.reloadConfig();
        assertThat(f.applied).singleElement().satisfies(c -> assertThat(c.version()).isEqualTo(2));
        assertThat(state().notice().orElseThrow()).isEqualTo(AdminState.Notice.of(true, "admin.config.reloaded", 2));
        f.reloadProblem.set("mode must be production or demo");
        f.model.reloadConfig();
        assertThat(f.applied).hasSize(1);
        assertThat(state().notice().orElseThrow().key()).isEqualTo("admin.config.invalid");
        assertThat(state().notice().orElseThrow().args().get(1)).contains("第 4 行");
        assertThat(f.store.recent(1).get(0).action()).isEqualTo(AdminAction.CONFIG_RELOAD_FAILED);
    }

    @Test
    void reloadSaysWhichChangesWaitForARestartAndAppliesTheRest() {
        KioskConfig.Backend b = f.config.backend();
        KioskConfig.Session s = f.config.session();
        f.reloadResult.set(f.config.withVersion(3)
                .withBackend(new KioskConfig.Backend(b.baseUrl(), b.apiKey(), b.connectTimeout(), b.readTimeout(),
                        b.callTimeout(), b.tls(), b.healthEvery().plusSeconds(20)))
                .withSession(new KioskConfig.Session(s.idleTimeout().plusSeconds(30), s.idleWarning(), s.paymentTimeout()))
                .withPaper(new KioskConfig.Paper(80_000, 8_000)));
        f.enterPin(AdminFixture.PIN);
        f.model.reloadConfig();

        assertThat(state().notice().orElseThrow()).isEqualTo(AdminState.Notice.of(true, "admin.config.reloaded-restart", 3,
                "backend.health-every, session.idle-timeout")); // the paper roll applies at once: not listed
        assertThat(f.applied).singleElement().satisfies(c -> assertThat(c.paper().rollLengthMm()).isEqualTo(80_000));
        AuditRecord reloaded = f.store.recent(1).get(0);
        assertThat(reloaded.action()).isEqualTo(AdminAction.CONFIG_RELOADED);
        assertThat(reloaded.detail()).isEqualTo("after restart: backend.health-every, session.idle-timeout");
        assertThat(kiosk.app.i18n.StaffTexts.chinese().get("admin.config.reloaded-restart", 3, "backend.health-every"))
                .isEqualTo("已加载配置版本 3。其中 backend.health-every 的更改需重启终端后才生效（见“重启”一栏）。");

        f.reloadResult.set(f.config.withVersion(4)); // back to what it started with: nothing waits any more
        f.model.reloadConfig();
        assertThat(state().notice().orElseThrow()).isEqualTo(AdminState.Notice.of(true, "admin.config.reloaded", 4));
    }

    @Test
    void aLongListOfWaitingChangesIsShortenedOnTheNotice() {
        assertThat(ConfigChanges.shortList(java.util.List.of("a", "b", "c", "d", "e", "f"))).isEqualTo("a, b, c, d (+2)");
        assertThat(ConfigChanges.shortList(java.util.List.of("a"))).isEqualTo("a");
    }

    @Test
    void callStaffRequestsAreListedUntilAnswered() {
        f.calls.raise("payment");
        f.enterPin(AdminFixture.PIN);
        f.model.show(AdminState.Section.CALLS);
        assertThat(state().calls()).singleElement().satisfies(c -> assertThat(c.screen()).isEqualTo("payment"));
        f.calls.raise("violations");
        assertThat(state().calls()).hasSize(2);
        long id = state().calls().get(0).id();
        f.model.answerCall(id);
        assertThat(state().calls()).hasSize(1);
        f.model.answerCall(id);
        assertThat(state().notice().orElseThrow().key()).isEqualTo("admin.calls.gone");
        assertThat(f.store.recent(1).get(0).action()).isEqualTo(AdminAction.CALL_ANSWERED);
    }

    @Test
    void restartIsJournaledBeforeTheProcessEnds() {
        f.enterPin(AdminFixture.PIN);
        f.model.restart();
        assertThat(f.restarts.get()).isEqualTo(1);
        assertThat(f.store.recent(1).get(0).action()).isEqualTo(AdminAction.RESTART);
    }

    @Test
    void adminModeClosesItselfWhenLeftUntouched() {
        f.enterPin(AdminFixture.PIN);
        f.clock.advance(Duration.ofSeconds(119));
        f.model.checkIdle();
        assertThat(state().phase()).isEqualTo(AdminState.Phase.OPEN);
        f.clock.advance(Duration.ofSeconds(2));
        f.model.checkIdle();
        assertThat(state().phase()).isEqualTo(AdminState.Phase.CLOSED);
        assertThat(f.store.recent(1).get(0).action()).isEqualTo(AdminAction.EXITED);
    }

    @Test
    void actionsTheBackendMissedAreSentLaterOldestFirst() {
        f.reporter.down = true;
        f.enterPin(AdminFixture.PIN);
        f.model.paperRefilled("receipt-printer");
        await().atMost(Duration.ofSeconds(5)).until(() -> f.audit.unsent().size() == 2);
        f.reporter.down = false;
        f.audit.forward();
        await().atMost(Duration.ofSeconds(5)).until(() -> f.audit.unsent().isEmpty());
        assertThat(f.reporter.sent).extracting(AuditRecord::action).containsExactly(AdminAction.ENTERED, AdminAction.PAPER_REFILLED);
    }

    @Test
    void eventsShowNoPersonalData() {
        f.events.add("id-reader", "card of 110101198503151235 phone 13912345678");
        f.enterPin(AdminFixture.PIN);
        f.model.show(AdminState.Section.EVENTS);
        assertThat(state().events()).extracting(RecentEvents.Event::text)
                .contains("card of 1101**********1235 phone 139****5678").noneMatch(t -> t.contains("110101198503151235"));
    }
}
