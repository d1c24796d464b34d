package kiosk.app.receipt;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kiosk.app.backend.PaymentOrder;
import kiosk.app.backend.Violation;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.session.Identification;
import kiosk.peripherals.printer.Receipt;

/**
 * Composes receipts from bundle texts in the resident's language. Personal data on paper only masked:
 * a receipt left in the tray must not identify anybody.
 */
public final class ReceiptComposer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final String kioskId;
    private final ZoneId zone;

    public ReceiptComposer(Messages messages, String kioskId, ZoneId zone) {
        this.messages = messages;
        this.kioskId = kioskId;
        this.zone = zone;
    }

    public Receipt trafficFines(Language lang, PaymentOrder order, List<Violation> paidFor, Identification who) {
        Receipt.Builder r = header(lang, order, who);
        for (Violation v : paidFor) {
            r.pair(v.plate() + "  " + WHEN.format(ZonedDateTime.ofInstant(v.occurredAt(), zone)), Messages.yuan(v.fineCents()));
            r.text(v.description().in(lang.locale()));
        }
        return footer(r, lang, order);
    }

    /** The receipt of an earlier payment whose receipt did not print, marked as a reprint. */
    public Receipt reprint(Language lang, PaymentOrder order, Identification who) {
        Receipt.Builder r = header(lang, order, who);
        r.text(messages.get(lang, "receipt.reprint", WHEN.format(ZonedDateTime.now(zone))), Receipt.Align.CENTER, true, 1);
        return footer(r, lang, order);
    }

    private Receipt.Builder header(Language lang, PaymentOrder order, Identification who) {
        return Receipt.builder()
                .title(messages.get(lang, "receipt.fines.title"))
                .text(messages.get(lang, "receipt.issuer"), Receipt.Align.CENTER, false, 1)
                .rule()
                .pair(messages.get(lang, "receipt.resident"), who == null ? "" : who.maskedName())
                .pair(messages.get(lang, "receipt.id-number"), who == null ? "" : who.maskedIdNumber())
                .pair(messages.get(lang, "receipt.order"), order.orderId())
                .pair(messages.get(lang, "receipt.paid-at"), order.paidAt() == null ? ""
                        : WHEN.format(ZonedDateTime.ofInstant(order.paidAt(), zone)))
                .rule();
    }

    private Receipt footer(Receipt.Builder r, Language lang, PaymentOrder order) {
        return r.rule()
                .text(messages.get(lang, "receipt.total", Messages.yuan(order.amountCents())), Receipt.Align.RIGHT, true, 1)
                .feed(1)
                .qr("KIOSK-RECEIPT:" + order.orderId())
                .text(messages.get(lang, "receipt.verify"), Receipt.Align.CENTER, false, 1)
                .text(messages.get(lang, "receipt.kiosk", kioskId), Receipt.Align.CENTER, false, 1)
                .feed(3)
                .build();
    }
}
