package kiosk.app.services.traffic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kiosk.app.flow.BasketItem;
import kiosk.app.flow.Domain;
import kiosk.app.flow.ResidentService;
import kiosk.app.flow.ResidentService.Need;
import kiosk.app.flow.Row;
import kiosk.app.flow.ServiceContext;
import kiosk.app.flow.Slot;
import kiosk.app.flow.Step;
import kiosk.app.flow.Step.InputKind;
import kiosk.app.i18n.Txt;
import kiosk.app.model.Application;
import kiosk.app.model.Eligibility;
import kiosk.app.model.OrderItem;
import kiosk.app.model.traffic.Licence;
import kiosk.app.services.ApplicationsPort;
import kiosk.app.services.Services;

/** Vehicles and drivers: the driving licence's penalty points and validity, and its renewal. */
public final class DriverServices {

    public static final String POINTS = "traffic.licence-points";
    public static final String RENEWAL = "traffic.licence-renewal";
    /** The backend's name of licence renewal on its eligibility route. */
    static final String RENEWAL_ELIGIBILITY = "LICENCE_RENEWAL";
    /** A health-check certificate number as the approved hospitals print it: letters, digits, hyphens. */
    private static final Pattern HEALTH_CHECK_REF = Pattern.compile("[A-Z0-9-]{6,32}");

    static final Slot<Licence> LICENCE = Slot.of("licence", Licence.class);
    static final Slot<Eligibility> RENEWAL_ALLOWED = Slot.of("eligibility", Eligibility.class);
    static final Slot<String> HEALTH_CHECK = Slot.text("healthCheckRef");
    static final Slot<Eligibility> REFERENCE_ALLOWED = Slot.of("referenceEligibility", Eligibility.class);

    private DriverServices() {
    }

    /** Penalty points of the limit, the licence's validity and when it can be renewed. */
    public static ResidentService licencePoints(TrafficPort port) {
        return new ResidentService(POINTS, Domain.TRAFFIC, Services.ANY_DOCUMENT, Set.of(Need.BACKEND), List.of(
                new Step.Query<>("licence", LICENCE, ctx -> port.licence(ctx.resident().residentId())),
                new Step.Show("points", DriverServices::pointsInfo)));
    }

    /**
     * Renewal of the driving licence: the backend says first whether it would renew now (window open,
     * points below the limit, fines paid); then the health-check reference, checked against the records
     * of the approved hospitals; then the answers with the fee, and the application goes into the basket. Left
     * unpaid (removed, or the visit ends), it is withdrawn, so it does not block the next renewal.
     */
    public static ResidentService licenceRenewal(TrafficPort port, ApplicationsPort applications) {
        return new ResidentService(RENEWAL, Domain.TRAFFIC, Services.ANY_DOCUMENT, Set.of(Need.RECEIPT_PRINTER, Need.BACKEND),
                List.of(
                        new Step.Check("eligible", RENEWAL_ALLOWED, ctx -> port.eligibility(ctx.resident().residentId(),
                                RENEWAL_ELIGIBILITY, Map.of())),
                        new Step.Query<>("licence", LICENCE, ctx -> port.licence(ctx.resident().residentId())),
                        new Step.Form("health", List.of(new Step.Field("healthCheckRef", HEALTH_CHECK, InputKind.REFERENCE,
                                DriverServices::healthCheckRef))),
                        // The reference is checked against the health checks on record before the answers are shown.
                        new Step.Check("reference", REFERENCE_ALLOWED, ctx -> port.eligibility(ctx.resident().residentId(),
                                RENEWAL_ELIGIBILITY, Map.of("healthCheckRef", VehicleInputs.normalize(ctx.get(HEALTH_CHECK))))),
                        new Step.Confirm("confirm", DriverServices::renewalRows, ctx -> ctx.get(REFERENCE_ALLOWED).feeCents()),
                        new Step.AddToBasket("add", ctx -> {
                            Application app = port.renewLicence(ctx.resident().residentId(),
                                    VehicleInputs.normalize(ctx.get(HEALTH_CHECK)), ctx.idempotencyKey("licence-renewal"));
                            return List.of(renewalItem(app).withdrawnBy(Services.withdrawal(applications, ctx, app)));
                        })));
    }

    static boolean healthCheckRef(String typed) {
        return HEALTH_CHECK_REF.matcher(VehicleInputs.normalize(typed)).matches();
    }

    private static Step.Info pointsInfo(ServiceContext ctx) {
        Licence l = ctx.get(LICENCE);
        boolean full = l.points() >= l.pointsLimit();
        boolean expired = "EXPIRED".equals(l.status());
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("traffic.licence.points", Txt.key("traffic.licence.points-of", l.points(), l.pointsLimit()))
                .tone(full ? Row.Tone.WARNING : l.points() == 0 ? Row.Tone.GOOD : Row.Tone.NORMAL));
        rows.add(Row.of("traffic.licence.class", Txt.plain(l.licenceClass())));
        rows.add(Row.of("traffic.licence.number", Txt.plain(l.licenceNumberMasked())));
        rows.add(Row.of("traffic.licence.valid-until", Txt.day(l.validUntil())));
        rows.add(Row.of("traffic.licence.status", Services.code("licence-status", l.status()))
                .tone(expired ? Row.Tone.WARNING : Row.Tone.GOOD));
        if (l.renewableNow()) {
            rows.add(Row.of("traffic.licence.renewal", Txt.key("traffic.licence.renewable-now")).tone(Row.Tone.GOOD));
        } else if (!expired && !full && l.renewalWindowOpensOn() != null) { // not yet inside the renewal window
            rows.add(Row.of("traffic.licence.renewal", Txt.key("traffic.licence.renewal-opens", Txt.day(l.renewalWindowOpensOn()))));
        }
        List<Txt> notes = new ArrayList<>();
        if (full) {
            notes.add(Txt.key("traffic.licence.points-full-advice"));
        }
        if (expired) {
            notes.add(Txt.key("traffic.licence.expired-advice"));
        }
        return new Step.Info(Txt.key("service." + POINTS + ".points.title"), rows, notes);
    }

    private static List<Row> renewalRows(ServiceContext ctx) {
        Licence l = ctx.get(LICENCE);
        return List.of(Row.of("traffic.licence.class", Txt.plain(l.licenceClass())),
                Row.of("traffic.licence.valid-until", Txt.day(l.validUntil())),
                Row.of("traffic.renewal.health-check", Txt.plain(VehicleInputs.normalize(ctx.get(HEALTH_CHECK)))),
                Row.of("traffic.row.fee", Txt.money(ctx.get(REFERENCE_ALLOWED).feeCents())));
    }

    private static BasketItem renewalItem(Application app) {
        List<Row> lines = new ArrayList<>();
        lines.add(Row.of(Txt.key("traffic.renewal.basket"), Txt.money(app.feeCents())));
        Object newValidUntil = app.details().get("newValidUntil");
        if (newValidUntil != null) {
            lines.add(Row.of("traffic.renewal.new-valid-until", Txt.day(LocalDate.parse(newValidUntil.toString()))));
        }
        lines.add(Row.of("traffic.row.application", Txt.plain(app.applicationId())));
        return new BasketItem(RENEWAL, Domain.TRAFFIC, Txt.key("traffic.renewal.basket"), app.feeCents(),
                OrderItem.applicationFee(app.applicationId()), app.applicationId(), lines, null);
    }
}
