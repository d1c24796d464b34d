package kiosk.app.services.exitentry;

import java.util.ArrayList;
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
import kiosk.app.model.Application;
import kiosk.app.model.Eligibility;
import kiosk.app.model.OrderItem;
import kiosk.app.model.exitentry.Collection;
import kiosk.app.model.exitentry.Endorsement;
import kiosk.app.model.exitentry.Permit;
import kiosk.app.services.ApplicationsPort;
import kiosk.app.services.Services;
import kiosk.app.services.exitentry.ExitEntryPort.EndorsementChoice;

/**
 * Exit-entry (出入境): travel permits and the endorsements left on them (the card no longer shows them),
 * endorsement applications, and whether finished documents can be collected. Mainland residents only:
 * these services take the resident ID card or its e-ID.
 */
public final class ExitEntryServices {

    public static final String PERMITS = "exit-entry.permits";
    public static final String ENDORSEMENT = "exit-entry.endorsement";
    public static final String COLLECTION = "exit-entry.collection";

    /** Endorsement types the backend knows, most asked-for first; it decides which it accepts for whom. */
    static final List<String> TYPES = List.of("INDIVIDUAL_TOURISM", "GROUP_TOURISM", "VISIT_RELATIVES", "BUSINESS");
    static final List<String> TRIPS = List.of("1", "2");

    static final Slot<List<Permit>> HELD = Slot.list("permits");
    static final Slot<ChoiceSet> PERMIT = Slot.choice("permit");
    static final Slot<ChoiceSet> DESTINATION = Slot.choice("destination");
    static final Slot<ChoiceSet> TYPE = Slot.choice("type");
    static final Slot<ChoiceSet> TRIP_COUNT = Slot.choice("trips");
    static final Slot<Eligibility> ALLOWED = Slot.of("eligibility", Eligibility.class);
    static final Slot<List<Collection>> DOCUMENTS = Slot.list("documents");

    private ExitEntryServices() {
    }

    /** The resident's permits, their validity and the trips left on each endorsement. */
    public static ResidentService permits(ExitEntryPort port) {
        return new ResidentService(PERMITS, Domain.EXIT_ENTRY, Services.RESIDENT_ID, Set.of(Need.BACKEND), List.of(
                new Step.Query<>("permits", HELD, ctx -> port.permits(ctx.resident().residentId())),
                new Step.Show("list", ExitEntryServices::permitList)));
    }

    /**
     * A new endorsement on a permit: permit (taken when there is one), destination the permit covers, type,
     * trips; the backend then says whether it would grant it here and at what fee (or which counter to go
     * to) before the answers are confirmed and the application goes into the basket with its fee. Left unpaid
     * (removed, or the visit ends), it is withdrawn, so it does not block the next one for that destination.
     */
    public static ResidentService endorsement(ExitEntryPort port, ApplicationsPort applications) {
        return new ResidentService(ENDORSEMENT, Domain.EXIT_ENTRY, Services.RESIDENT_ID,
                Set.of(Need.RECEIPT_PRINTER, Need.BACKEND), List.of(
                new Step.Query<>("permits", HELD, ctx -> port.permits(ctx.resident().residentId())),
                new Step.Choose("permit", PERMIT, ExitEntryServices::permitOptions, false, true),
                new Step.Choose("destination", DESTINATION, ctx -> permit(ctx).destinations().stream()
                        .map(d -> Option.of(d, Services.code("destination", d))).toList(), false, true),
                new Step.Choose("type", TYPE, ctx -> TYPES.stream()
                        .map(t -> Option.of(t, Services.code("endorsement-type", t))).toList(), false, false),
                new Step.Choose("trips", TRIP_COUNT, ctx -> TRIPS.stream()
                        .map(n -> Option.of(n, Txt.key("exit-entry.trips." + n))).toList(), false, false),
                new Step.Check("eligible", ALLOWED, ctx -> port.endorsementEligibility(ctx.resident().residentId(), choice(ctx))),
                new Step.Confirm("confirm", ExitEntryServices::endorsementRows, ctx -> ctx.get(ALLOWED).feeCents()),
                new Step.AddToBasket("add", ctx -> {
                    Application app = port.applyForEndorsement(ctx.resident().residentId(), choice(ctx),
                            ctx.idempotencyKey("endorsement"));
                    return List.of(endorsementItem(choice(ctx), app).withdrawnBy(Services.withdrawal(applications, ctx, app)));
                })));
    }

    /** Whether documents the resident applied for (permits, endorsements) are ready, and where to collect them. */
    public static ResidentService collection(ExitEntryPort port) {
        return new ResidentService(COLLECTION, Domain.EXIT_ENTRY, Services.RESIDENT_ID, Set.of(Need.BACKEND), List.of(
                new Step.Query<>("documents", DOCUMENTS, ctx -> port.collections(ctx.resident().residentId())),
                new Step.Show("list", ExitEntryServices::collectionList)));
    }

    // ---- permits

    private static Step.Info permitList(ServiceContext ctx) {
        List<Permit> permits = ctx.get(HELD);
        List<Row> rows = new ArrayList<>();
        for (Permit p : permits) {
            rows.add(Row.of(permitLabel(p), permitValidity(p)).tone(p.expired() ? Row.Tone.WARNING : Row.Tone.NORMAL));
            if (p.endorsements().isEmpty()) {
                rows.add(Row.of(Txt.plain(""), Txt.key("exit-entry.endorsement.none")));
            }
            for (Endorsement e : p.endorsements()) {
                rows.add(endorsementRow(e));
            }
        }
        List<Txt> notes = permits.isEmpty() ? List.of(Txt.key("service." + PERMITS + ".list.none")) : List.of();
        return new Step.Info(Txt.key("service." + PERMITS + ".list.title"), rows, notes);
    }

    private static Row endorsementRow(Endorsement e) {
        Txt label = Txt.key("exit-entry.endorsement.label", Services.code("destination", e.destination()),
                Services.code("endorsement-type", e.type()));
        if (e.usable()) {
            return Row.of(label, Txt.key("exit-entry.endorsement.trips-left", e.tripsRemaining(), e.tripsTotal(),
                    Txt.day(e.validUntil()))).tone(Row.Tone.GOOD);
        }
        Txt why = e.tripsRemaining() == 0 ? Txt.key("exit-entry.endorsement.used-up", e.tripsTotal())
                : Txt.key("exit-entry.endorsement.expired", Txt.day(e.validUntil()));
        return Row.of(label, why).tone(Row.Tone.WARNING);
    }

    private static Txt permitLabel(Permit p) {
        return Txt.key("exit-entry.permit.label", Services.code("permit-kind", p.kind()), Txt.plain(p.permitNumberMasked()));
    }

    private static Txt permitValidity(Permit p) {
        return p.expired() ? Txt.key("exit-entry.permit.expired", Txt.day(p.validUntil()))
                : Txt.key("exit-entry.permit.valid-until", Txt.day(p.validUntil()));
    }

    // ---- endorsement

    private static List<Option> permitOptions(ServiceContext ctx) {
        return ctx.get(HELD).stream().map(p -> {
            Option option = Option.of(p.permitId(), permitLabel(p)).detail(permitValidity(p));
            return p.expired() ? option.disabled(Txt.key("exit-entry.permit.renew-at-counter")) : option;
        }).toList();
    }

    private static Permit permit(ServiceContext ctx) {
        String id = ctx.chosen(PERMIT).get(0);
        return ctx.get(HELD).stream().filter(p -> p.permitId().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the chosen permit is not among the resident's"));
    }

    private static EndorsementChoice choice(ServiceContext ctx) {
        return new EndorsementChoice(permit(ctx).permitId(), ctx.chosen(DESTINATION).get(0), ctx.chosen(TYPE).get(0),
                Integer.parseInt(ctx.chosen(TRIP_COUNT).get(0)));
    }

    private static List<Row> endorsementRows(ServiceContext ctx) {
        EndorsementChoice c = choice(ctx);
        return List.of(Row.of("exit-entry.row.permit", permitLabel(permit(ctx))),
                Row.of("exit-entry.row.destination", Services.code("destination", c.destination())),
                Row.of("exit-entry.row.type", Services.code("endorsement-type", c.type())),
                Row.of("exit-entry.row.trips", Txt.key("exit-entry.trips." + c.trips())),
                Row.of("exit-entry.row.fee", Txt.money(ctx.get(ALLOWED).feeCents())));
    }

    private static BasketItem endorsementItem(EndorsementChoice c, Application app) {
        Txt title = Txt.key("exit-entry.endorsement.basket", Services.code("destination", c.destination()),
                Services.code("endorsement-type", c.type()));
        List<Row> lines = List.of(Row.of(title, Txt.money(app.feeCents())),
                Row.of("exit-entry.row.trips", Txt.key("exit-entry.trips." + c.trips())),
                Row.of("exit-entry.row.application", Txt.plain(app.applicationId())));
        return new BasketItem(ENDORSEMENT, Domain.EXIT_ENTRY, title, app.feeCents(), OrderItem.applicationFee(app.applicationId()),
                app.applicationId(), lines, null);
    }

    // ---- collection

    private static Step.Info collectionList(ServiceContext ctx) {
        List<Collection> documents = ctx.get(DOCUMENTS);
        List<Row> rows = new ArrayList<>();
        boolean ready = false;
        for (Collection d : documents) {
            boolean here = "READY".equals(d.collectionStatus());
            ready |= here;
            rows.add(Row.of(Services.code("exit-entry-document", d.type()), Services.code("collection-status", d.collectionStatus()))
                    .tone(here ? Row.Tone.GOOD : Row.Tone.NORMAL));
            if (here && d.collectionPoint() != null) {
                rows.add(Row.of("exit-entry.collection.point", Txt.plain(d.collectionPoint())));
            }
        }
        List<Txt> notes = new ArrayList<>();
        if (documents.isEmpty()) {
            notes.add(Txt.key("service." + COLLECTION + ".list.none"));
        }
        if (ready) {
            notes.add(Txt.key("exit-entry.collection.bring-id"));
        }
        return new Step.Info(Txt.key("service." + COLLECTION + ".list.title"), rows, notes);
    }
}
