package kiosk.app.services.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import kiosk.app.model.Eligibility;
import kiosk.app.model.traffic.InspectionMark;
import kiosk.app.model.traffic.Vehicle;
import kiosk.app.services.Services;

/** Vehicles and drivers: the resident's vehicles, their inspection validity, and the electronic inspection mark. */
public final class VehicleServices {

    public static final String VEHICLES = "traffic.vehicles";
    public static final String INSPECTION_MARK = "traffic.inspection-mark";
    /** The backend's name of the inspection mark service on its eligibility route. */
    static final String MARK_ELIGIBILITY = "INSPECTION_MARK";

    static final Slot<List<Vehicle>> OWNED = Slot.list("vehicles");
    static final Slot<ChoiceSet> VEHICLE = Slot.choice("vehicle");
    static final Slot<Eligibility> MARK_ALLOWED = Slot.of("eligibility", Eligibility.class);

    private VehicleServices() {
    }

    /** The resident's vehicles, each with the date its inspection mark is valid until (or that it is overdue). */
    public static ResidentService vehicles(TrafficPort port) {
        return new ResidentService(VEHICLES, Domain.TRAFFIC, Services.ANY_DOCUMENT, Set.of(Need.BACKEND), List.of(
                new Step.Query<>("vehicles", OWNED, ctx -> port.vehicles(ctx.resident().residentId())),
                new Step.Show("list", VehicleServices::vehicleList)));
    }

    /**
     * The free electronic inspection mark of a vehicle whose inspection is valid: the backend checks it is
     * the resident's, not overdue and free of unpaid fines before anything is confirmed; the mark prints
     * as an A4 document with its QR.
     */
    public static ResidentService inspectionMark(TrafficPort port) {
        return new ResidentService(INSPECTION_MARK, Domain.TRAFFIC, Services.ANY_DOCUMENT,
                Set.of(Need.RECEIPT_PRINTER, Need.BACKEND), List.of(
                new Step.Query<>("vehicles", OWNED, ctx -> port.vehicles(ctx.resident().residentId())),
                new Step.Choose("vehicle", VEHICLE, VehicleServices::vehicleOptions, false, true),
                new Step.Check("eligible", MARK_ALLOWED, ctx -> port.eligibility(ctx.resident().residentId(),
                        MARK_ELIGIBILITY, Map.of("plate", chosen(ctx).plate()))),
                new Step.Confirm("confirm", VehicleServices::markRows, ctx -> 0L),
                new Step.AddToBasket("add", ctx -> List.of(markItem(chosen(ctx),
                        port.inspectionMark(ctx.resident().residentId(), chosen(ctx).plate(),
                                ctx.idempotencyKey("inspection-mark")))))));
    }

    private static Step.Info vehicleList(ServiceContext ctx) {
        List<Vehicle> vehicles = ctx.get(OWNED);
        List<Row> rows = new ArrayList<>();
        for (Vehicle v : vehicles) {
            rows.add(Row.of(label(v), inspection(v)).tone(v.inspectionOverdue() ? Row.Tone.WARNING : Row.Tone.GOOD));
            if (v.unpaidViolations() > 0) {
                rows.add(Row.of(Txt.plain(""), Txt.key("traffic.vehicle.unpaid", v.unpaidViolations())).tone(Row.Tone.WARNING));
            }
        }
        List<Txt> notes = new ArrayList<>();
        if (vehicles.isEmpty()) {
            notes.add(Txt.key("service." + VEHICLES + ".list.none"));
        }
        if (vehicles.stream().anyMatch(Vehicle::inspectionOverdue)) {
            notes.add(Txt.key("traffic.inspection.overdue-advice"));
        }
        return new Step.Info(Txt.key("service." + VEHICLES + ".list.title"), rows, notes);
    }

    private static List<Option> vehicleOptions(ServiceContext ctx) {
        return ctx.get(OWNED).stream().map(v -> Option.of(v.plate(), label(v)).detail(inspection(v))).toList();
    }

    private static Vehicle chosen(ServiceContext ctx) {
        String plate = ctx.chosen(VEHICLE).get(0);
        return ctx.get(OWNED).stream().filter(v -> v.plate().equals(plate)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the chosen vehicle is not among the resident's"));
    }

    private static List<Row> markRows(ServiceContext ctx) {
        Vehicle v = chosen(ctx);
        return List.of(Row.of("traffic.row.plate", Txt.plain(v.plate())),
                Row.of("traffic.row.model", Txt.words(v.modelName())),
                Row.of("traffic.row.inspection-until", Txt.day(v.inspectionValidUntil())),
                Row.of("traffic.row.fee", Txt.key("traffic.free")));
    }

    private static BasketItem markItem(Vehicle v, InspectionMark mark) {
        List<Row> rows = List.of(Row.of("traffic.row.plate", Txt.plain(mark.plate())),
                Row.of("traffic.row.model", Txt.words(v.modelName())),
                Row.of("traffic.row.inspection-until", Txt.day(mark.validUntil())),
                Row.of("traffic.row.mark-id", Txt.plain(mark.markId())));
        return new BasketItem(INSPECTION_MARK, Domain.TRAFFIC, Txt.key("traffic.mark.basket", Txt.plain(mark.plate())), 0,
                null, mark.markId(), rows,
                new BasketItem.Document(Txt.key("traffic.mark.document.title"), rows, Txt.key("traffic.mark.document.note")));
    }

    static Txt label(Vehicle v) {
        return Txt.key("traffic.vehicle.label", Txt.plain(v.plate()), Txt.words(v.modelName()));
    }

    private static Txt inspection(Vehicle v) {
        return v.inspectionOverdue() ? Txt.key("traffic.inspection.overdue", Txt.day(v.inspectionValidUntil()))
                : Txt.key("traffic.inspection.valid-until", Txt.day(v.inspectionValidUntil()));
    }
}
