package kiosk.app.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import kiosk.app.backend.KioskBackends;
import kiosk.app.backend.ResilientKioskBackend;
import kiosk.app.backend.TestConfigs;
import kiosk.app.flow.KioskOutOfService;
import kiosk.app.journal.Journal;
import kiosk.app.model.OrderItem;
import kiosk.app.transaction.QueueCaps;
import kiosk.app.transaction.TransactionCore;
import kiosk.stub.BackendStub;
import kiosk.stub.StubSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal whose disk is full makes the payment port say "out of service" with the staff words, and loses nothing written before. */
class JournalFaultStopsSellingTest {

    @TempDir
    Path dir;

    @Test
    void aFullJournalTurnsIntoOutOfServiceWithTheStaffWords() throws Exception {
        try (BackendStub stub = BackendStub.start(StubSettings.builder().port(0).inMemory().build())) {
            var config = TestConfigs.pointingAt(stub.baseUrl().toString(), dir.resolve("journal.db"));
            ResilientKioskBackend backend = KioskBackends.create(config, null, TestConfigs.fastPolicy());
            // A page limit a few pages above what the empty journal needs: the disk fills within a few payments.
            Path file = dir.resolve("journal.db");
            Journal.open(file).close();
            long pages = java.nio.file.Files.size(file) / 4096;
            try (TransactionCore core = new TransactionCore(Journal.open(file, Clock.systemUTC(), pages + 4),
                    backend, QueueCaps.defaults())) {
                CorePaymentDesk desk = new CorePaymentDesk(core);
                String key = desk.residentKey("330602198503151256");
                var zhang = backend.lookupResident("330602198503151256", "张伟");
                String fine = backend.violations(zhang.residentId()).stream().filter(kiosk.app.model.Violation::payable)
                        .findFirst().orElseThrow().violationId();
                Throwable stop = null;
                int started = 0;
                for (int i = 0; i < 500 && stop == null; i++) {
                    try {
                        var ticket = desk.start(zhang.residentId(), key, List.of(OrderItem.trafficFine(fine)));
                        started++;
                        desk.abandon(ticket.paymentId()); // the resident walks away: the fine is free for the next try
                    } catch (KioskOutOfService e) {
                        stop = e;
                    } catch (kiosk.app.model.BackendException e) {
                        assertThat(e.code()).isEqualTo("ITEM_IN_PENDING_ORDER"); // the cancel is on its way (courier thread)
                        Thread.sleep(50);
                    }
                }
                assertThat(stop).as("a full journal must stop selling").isInstanceOf(KioskOutOfService.class);
                assertThat(((KioskOutOfService) stop).staffKey()).isEqualTo("journal.fault.disk_full");
                assertThat(started).isPositive();
                assertThat(core.journal().allPayments()).hasSizeGreaterThanOrEqualTo(started); // nothing written before is lost
            }
        }
    }
}
