package kiosk.app.services.traffic;

import java.util.List;
import java.util.Set;
import kiosk.app.flow.BasketItem;
import kiosk.app.flow.ChoiceSet;
import kiosk.app.flow.Domain;
import kiosk.app.flow.Option;
import kiosk.app.flow.ResidentService;
import kiosk.app.flow.ResidentService.Need;
import kiosk.app.flow.Row;
import kiosk.app.flow.ServiceContext;
import kiosk.app.flow.Slot;
import kiosk.app.flow.Step;
import kiosk.app.i18n.Txt;
import kiosk.app.model.OrderItem;
import kiosk.app.model.Violation;
import kiosk.app.services.Services;

/** Vehicles and drivers: traffic violations and fines. */
public final class TrafficServices {

    static final Slot<List<Violation>> VIOLATIONS = Slot.list("violations");
    static final Slot<ChoiceSet> FINES = Slot.choice("fines");

    private TrafficServices() {
    }

    /** The resident's own violations (their vehicles and licence): tick the fines to pay, add them to the basket. */
    public static ResidentService fines(TrafficPort port) {
        return new ResidentService("traffic.fines", Domain.TRAFFIC, Services.ANY_DOCUMENT,
                Set.of(Need.RECEIPT_PRINTER, Need.BACKEND), List.of(
                new Step.Query<>("violations", VIOLATIONS, ctx -> port.violations(ctx.resident().residentId())),
                new Step.Choose("choose", FINES, TrafficServices::fineOptions, true, false),
                new Step.AddToBasket("add", ctx -> chosenFines(ctx, "traffic.fines"))));
    }

    static List<Option> fineOptions(ServiceContext ctx) {
        return ctx.get(VIOLATIONS).stream().map(TrafficServices::option).toList();
    }

    private static Option option(Violation v) {
        Option option = Option.of(v.violationId(), Txt.key("fine.label", Txt.plain(v.plate()), new Txt.Moment(v.occurredAt())))
                .detail(Txt.key("fine.detail", Txt.words(v.place()), Txt.words(v.description()), v.points()))
                .amount(v.fineCents());
        return v.payable() ? option.status(Txt.key("fine.amount", Txt.money(v.fineCents())))
                : option.disabled(Services.code("violation-status", v.status().name()));
    }

    static List<BasketItem> chosenFines(ServiceContext ctx, String serviceId) {
        List<String> chosen = ctx.chosen(FINES);
        return ctx.get(VIOLATIONS).stream().filter(v -> v.payable() && chosen.contains(v.violationId()))
                .map(v -> new BasketItem(serviceId, Domain.TRAFFIC,
                        Txt.key("basket.fine", Txt.plain(v.plate()), new Txt.Moment(v.occurredAt())), v.fineCents(),
                        OrderItem.trafficFine(v.violationId()), v.violationId(),
                        List.of(Row.of(Txt.key("fine.label", Txt.plain(v.plate()), new Txt.Moment(v.occurredAt())),
                                        Txt.money(v.fineCents())),
                                Row.of(Txt.plain(""), Txt.words(v.description()))),
                        null))
                .toList();
    }
}
