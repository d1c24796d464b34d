package kiosk.app.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import kiosk.app.flow.ScreenModel;
import kiosk.app.i18n.Language;
import kiosk.app.model.Identification;
import kiosk.app.model.OrderItem;
import kiosk.app.model.PaymentOrder;
import kiosk.peripherals.printer.escpos.sim.PrintedReceipt;
import kiosk.stub.seed.Seeder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One identification, a basket across two domains, one payment, one receipt: a household fee (temporary ID
 * certificate) and traffic fines, paid by one order.
 */
class CrossDomainBasketTest {

    @TempDir
    Path dir;
    KioskOnStub test;

    @BeforeEach
    void start() throws Exception {
        test = KioskOnStub.setup().fileDb().start(dir);
        // The seed has no resident with both an ID card in progress and unpaid fines: Zhang Wei (two unpaid fines
        // on 浙D12345) applied for a new ID card at the counter yesterday.
        Instant yesterday = Instant.now().minusSeconds(86_400);
        test.sql("INSERT INTO application(application_id, resident_id, domain, app_type, status, fee_cents, details,"
                        + " created_at, updated_at) VALUES ('A-FIXTURE-0001', 'R-000001', 'HOUSEHOLD', 'ID_CARD', 'IN_REVIEW',"
                        + " 4000, '{\"reason\":\"LOSS\"}', ?, ?)", java.sql.Timestamp.from(yesterday),
                java.sql.Timestamp.from(yesterday));
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void aTemporaryIdAndTrafficFinesArePaidByOneOrderWithOneReceipt() throws Exception {
        test.identify(Language.ZH_CN, new Identification("张伟", Seeder.ZHANG_WEI_ID));

        test.chooseService("household.temporary-id");
        test.awaitScreen(ScreenModel.Confirm.class);
        test.next();
        assertThat(test.awaitScreen(ScreenModel.Basket.class).lines()).hasSize(1);
        test.back(); // "another service"
        test.awaitScreen(ScreenModel.Menu.class);

        test.chooseService("traffic.fines");
        ScreenModel.Choice fines = test.awaitScreen(ScreenModel.Choice.class);
        assertThat(fines.selected()).as("both unpaid fines ticked").hasSize(2);
        long fineCents = fines.selectedCents();
        test.next();
        ScreenModel.Basket basket = test.awaitScreen(ScreenModel.Basket.class);
        assertThat(basket.lines()).hasSize(3);
        assertThat(basket.lines()).extracting(ScreenModel.BasketLine::serviceId)
                .containsExactly("household.temporary-id", "traffic.fines", "traffic.fines");
        assertThat(basket.totalCents()).isEqualTo(1_000 + fineCents);

        test.pay();
        ScreenModel.Payment payment = test.awaitScreen(ScreenModel.Payment.class);
        assertThat(payment.amountCents()).as("the backend priced the three items").isEqualTo(1_000 + fineCents);
        test.payOnPhone();
        ScreenModel.Done done = test.awaitScreen(ScreenModel.Done.class);
        assertThat(done.printed()).isTrue();
        assertThat(done.orderId()).isEqualTo(payment.orderId());
        assertThat(done.paidCents()).isEqualTo(1_000 + fineCents);

        PaymentOrder order = test.kiosk.backend().order(payment.orderId());
        assertThat(order.isPaid()).isTrue();
        Set<String> kinds = order.items().stream().map(PaymentOrder.Item::kind).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(OrderItem.APPLICATION_FEE, OrderItem.TRAFFIC_FINE);
        assertThat(order.items()).hasSize(3);
        assertThat(test.count("SELECT COUNT(*) FROM payment_order WHERE resident_id = 'R-000001'"))
                .as("one order for the whole basket").isEqualTo(1);

        PrintedReceipt receipt = test.lastReceipt();
        assertThat(receipt.complete()).isTrue();
        assertThat(receipt.text()).contains("临时身份证明工本费", "¥10.00", "浙D12345", payment.orderId(),
                "合计").doesNotContain("张伟", Seeder.ZHANG_WEI_ID);
        assertThat(test.kiosk.rack().first(kiosk.peripherals.printer.escpos.sim.EscPosPrinterSimulator.class).orElseThrow()
                .receipts()).as("one receipt for the visit").hasSize(1);
        assertThat(test.taps()).as("taps after identification").isEqualTo(6);
    }
}
