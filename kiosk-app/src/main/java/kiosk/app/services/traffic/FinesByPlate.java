package kiosk.app.services.traffic;

import java.util.List;
import java.util.Set;
import kiosk.app.flow.Domain;
import kiosk.app.flow.ResidentService;
import kiosk.app.flow.ResidentService.Need;
import kiosk.app.flow.Slot;
import kiosk.app.flow.Step;
import kiosk.app.flow.Step.InputKind;
import kiosk.app.services.Services;

/**
 * Violations of any vehicle, found by its plate and the last characters of its engine number (a relative's
 * car, a company car): the fines are chosen and paid exactly as the resident's own ({@link TrafficServices}).
 */
public final class FinesByPlate {

    public static final String ID = "traffic.fines-by-plate";
    static final Slot<String> PLATE = Slot.text("plate");
    static final Slot<String> ENGINE = Slot.text("engine");

    private FinesByPlate() {
    }

    public static ResidentService declare(TrafficPort port) {
        return new ResidentService(ID, Domain.TRAFFIC, Services.ANY_DOCUMENT, Set.of(Need.RECEIPT_PRINTER, Need.BACKEND),
                List.of(
                        new Step.Form("vehicle", List.of(
                                new Step.Field("plate", PLATE, InputKind.PLATE, VehicleInputs::plate),
                                new Step.Field("engine", ENGINE, InputKind.ENGINE_DIGITS, VehicleInputs::engineTail))),
                        new Step.Query<>("violations", TrafficServices.VIOLATIONS, ctx -> port.violationsByPlate(
                                VehicleInputs.normalize(ctx.get(PLATE)), VehicleInputs.normalize(ctx.get(ENGINE)))),
                        new Step.Choose("choose", TrafficServices.FINES, TrafficServices::fineOptions, true, false),
                        new Step.AddToBasket("add", ctx -> TrafficServices.chosenFines(ctx, ID))));
    }
}
