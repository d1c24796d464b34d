package kiosk.app.receipt;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import kiosk.app.flow.BasketItem;
import kiosk.app.flow.Receipts;
import kiosk.app.flow.Row;
import kiosk.app.i18n.Formats;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.i18n.TextRenderer;
import kiosk.app.model.Identification;
import kiosk.app.model.PaymentOrder;
import kiosk.config.KioskConfig;
import kiosk.peripherals.printer.Receipt;

/**
 * Composes the visit's one receipt from bundle texts in the resident's language: every item of the
 * basket with its lines, the total paid, and a QR that opens the order's (or the first item's)
 * progress and verification page on a phone. Personal data on paper only masked: a receipt left in the
 * tray must not identify anybody.
 */
public final class ReceiptComposer implements Receipts {

    private final Messages messages;
    private final String kioskId;
    private final ZoneId zone;
    private final KioskConfig.Station station;

    public ReceiptComposer(Messages messages, String kioskId, ZoneId zone, KioskConfig.Station station) {
        this.messages = messages;
        this.kioskId = kioskId;
        this.zone = zone;
        this.station = station;
    }

    @Override
    public Receipt basket(Language lang, PaymentOrder order, List<BasketItem> items, Identification who) {
        TextRenderer t = new TextRenderer(messages, lang, zone);
        Receipt.Builder r = header(lang, order, who);
        for (BasketItem item : items) {
            r.text(t.render(item.title()), Receipt.Align.LEFT, true, 1);
            for (Row line : item.receiptLines()) {
                String label = t.render(line.label());
                String value = t.render(line.value());
                if (label.isEmpty()) {
                    r.text(value);
                } else {
                    r.pair(label, value);
                }
            }
            if (item.paid()) {
                r.pair(messages.get(lang, "receipt.amount"), Formats.money(item.amountCents(), lang));
            }
            r.pair(messages.get(lang, "receipt.reference"), item.reference());
            r.rule();
        }
        String ref = order != null ? order.orderId() : items.isEmpty() ? "" : items.get(0).reference();
        return footer(r, lang, order, ref);
    }

    @Override
    public Receipt document(Language lang, BasketItem item, Identification who) {
        TextRenderer t = new TextRenderer(messages, lang, zone);
        BasketItem.Document doc = item.document();
        Receipt.Builder r = Receipt.builder().title(t.render(doc.title()))
                .text(station.name().in(lang.locale()), Receipt.Align.CENTER, false, 1)
                .rule()
                .pair(messages.get(lang, "receipt.resident"), who == null ? "" : who.maskedName())
                .pair(messages.get(lang, "receipt.id-number"), who == null ? "" : who.maskedIdNumber())
                .pair(messages.get(lang, "receipt.reference"), item.reference())
                .rule();
        for (Row row : doc.rows()) {
            r.pair(t.render(row.label()), t.render(row.value()));
        }
        if (doc.note() != null) {
            r.rule().text(t.render(doc.note()));
        }
        return r.feed(1).qr(station.verifyUrlFor(item.reference()))
                .text(messages.get(lang, "receipt.verify"), Receipt.Align.CENTER, false, 1)
                .text(messages.get(lang, "receipt.kiosk", kioskId), Receipt.Align.CENTER, false, 1)
                .build();
    }

    /** The receipt of an earlier payment whose receipt did not print, marked as a reprint. */
    @Override
    public Receipt reprint(Language lang, PaymentOrder order, Identification who) {
        Receipt.Builder r = header(lang, order, who);
        r.text(messages.get(lang, "receipt.reprint", Formats.dateTime(ZonedDateTime.now(zone).toLocalDateTime(), lang)), Receipt.Align.CENTER, true, 1);
        for (PaymentOrder.Item item : order.items()) {
            r.pair(messages.get(lang, "receipt.item." + item.kind()) + " " + item.reference(), Formats.money(item.amountCents(), lang));
        }
        return footer(r, lang, order, order.orderId());
    }

    private Receipt.Builder header(Language lang, PaymentOrder order, Identification who) {
        Receipt.Builder r = Receipt.builder()
                .title(messages.get(lang, "receipt.title"))
                .text(messages.get(lang, "receipt.issuer"), Receipt.Align.CENTER, false, 1);
        String place = station.name().in(lang.locale());
        if (!place.isEmpty()) {
            r.text(place, Receipt.Align.CENTER, false, 1);
        }
        r.rule()
                .pair(messages.get(lang, "receipt.resident"), who == null ? "" : who.maskedName())
                .pair(messages.get(lang, "receipt.id-number"), who == null ? "" : who.maskedIdNumber());
        if (order != null) {
            r.pair(messages.get(lang, "receipt.order"), order.orderId())
                    .pair(messages.get(lang, "receipt.paid-at"), order.paidAt() == null ? ""
                            : Formats.dateTime(ZonedDateTime.ofInstant(order.paidAt(), zone).toLocalDateTime(), lang));
        }
        return r.rule();
    }

    private Receipt footer(Receipt.Builder r, Language lang, PaymentOrder order, String reference) {
        if (order != null) {
            r.text(messages.get(lang, "receipt.total", Formats.money(order.amountCents(), lang)), Receipt.Align.RIGHT, true, 1);
        }
        r.feed(1);
        if (!reference.isEmpty()) {
            r.qr(station.verifyUrlFor(reference)).text(messages.get(lang, "receipt.verify"), Receipt.Align.CENTER, false, 1);
        }
        if (!station.hotline().isEmpty()) {
            r.text(messages.get(lang, "receipt.hotline", station.hotline()), Receipt.Align.CENTER, false, 1);
        }
        return r.text(messages.get(lang, "receipt.kiosk", kioskId), Receipt.Align.CENTER, false, 1)
                .feed(3)
                .build();
    }
}
