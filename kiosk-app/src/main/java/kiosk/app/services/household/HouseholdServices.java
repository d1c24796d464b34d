package kiosk.app.services.household;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
import kiosk.app.model.household.Certificate;
import kiosk.app.services.ApplicationRows;
import kiosk.app.services.ApplicationsPort;
import kiosk.app.services.Services;

/**
 * Household registration and ID: residence permits (new and renewal), the household registration
 * certificate, the temporary ID certificate and ID card progress. Each asks the backend first whether it
 * would accept the resident, so a refusal comes before anything is typed or paid. They need the resident
 * ID card (or its e-ID): the household register is keyed on it.
 */
public final class HouseholdServices {

    /** The backend's eligibility service names. */
    static final String ELIGIBILITY_PERMIT_NEW = "RESIDENCE_PERMIT_NEW";
    static final String ELIGIBILITY_PERMIT_RENEWAL = "RESIDENCE_PERMIT_RENEWAL";
    static final String ELIGIBILITY_CERTIFICATE = "HOUSEHOLD_CERTIFICATE";
    static final String ELIGIBILITY_TEMPORARY_ID = "TEMPORARY_ID";
    /** The purposes the backend issues a household certificate for, in the order residents most often need them. */
    static final List<String> PURPOSES = List.of("EMPLOYMENT", "EDUCATION", "SOCIAL_SECURITY", "TRAVEL", "OTHER");

    static final Slot<Eligibility> ELIGIBLE = Slot.of("eligible", Eligibility.class);
    static final Slot<String> RESIDENCE_SINCE = Slot.text("residenceSince");
    static final Slot<ChoiceSet> PURPOSE = Slot.choice("purpose");
    static final Slot<List<Application>> ID_CARDS = Slot.list("idCards");

    private static final Set<Need> PRINTS = Set.of(Need.RECEIPT_PRINTER, Need.BACKEND);

    private HouseholdServices() {
    }

    // ---- residence permit (居住证)

    public static ResidentService residencePermitNew(HouseholdPort port) {
        return residencePermitNew(port, Clock.systemDefaultZone());
    }

    /** A first residence permit: eligible?, since when the resident has lived here (long enough?), check, apply (free). */
    public static ResidentService residencePermitNew(HouseholdPort port, Clock clock) {
        String id = "household.residence-permit-new";
        return new ResidentService(id, Domain.HOUSEHOLD, Services.RESIDENT_ID, PRINTS, List.of(
                check(port, ELIGIBILITY_PERMIT_NEW, ctx -> Map.of()),
                new Step.Form("since", List.of(new Step.Field("residenceSince", RESIDENCE_SINCE, Step.InputKind.DATE,
                        value -> pastDate(value, clock)))),
                // Asked again with the date: a residence too short for a permit is said before the confirmation.
                new Step.Check("eligible-since", ELIGIBLE, ctx -> port.eligibility(ctx.resident().residentId(),
                        ELIGIBILITY_PERMIT_NEW, Map.of("residenceSince", date(ctx.get(RESIDENCE_SINCE)).toString()))),
                new Step.Confirm("confirm", ctx -> List.of(
                        applicant(ctx),
                        Row.of("household.row.residence-since", Txt.day(date(ctx.get(RESIDENCE_SINCE))))), ctx -> 0L),
                new Step.AddToBasket("add", ctx -> {
                    LocalDate since = date(ctx.get(RESIDENCE_SINCE));
                    Application app = port.applyResidencePermit(ctx.resident().residentId(), since, ctx.idempotencyKey("apply"));
                    List<Row> lines = List.of(
                            Row.of("household.row.residence-since", Txt.day(since)),
                            Row.of("household.row.status", ApplicationRows.status(app.status())));
                    return List.of(new BasketItem(id, Domain.HOUSEHOLD, Txt.key("household.basket.residence-permit-new"), 0,
                            null, app.applicationId(), lines,
                            new BasketItem.Document(Txt.key("household.document.residence-permit-new"),
                                    documentRows(ctx, app, List.of(
                                            Row.of("household.row.city", Txt.plain(detail(app, "city"))),
                                            Row.of("household.row.residence-since", Txt.day(since)))),
                                    Txt.key("household.document.residence-permit-new.note"))));
                })));
    }

    /** Renews the current residence permit by a year: eligible?, check, renew (free). */
    public static ResidentService residencePermitRenewal(HouseholdPort port) {
        String id = "household.residence-permit-renewal";
        return new ResidentService(id, Domain.HOUSEHOLD, Services.RESIDENT_ID, PRINTS, List.of(
                check(port, ELIGIBILITY_PERMIT_RENEWAL, ctx -> Map.of()),
                new Step.Confirm("confirm", ctx -> List.of(applicant(ctx),
                        Row.of("household.row.renewal", Txt.key("household.renewal.one-year"))), ctx -> 0L),
                new Step.AddToBasket("add", ctx -> {
                    Application app = port.renewResidencePermit(ctx.resident().residentId(), ctx.idempotencyKey("renew"));
                    LocalDate until = parseIso(detail(app, "validUntil"));
                    return List.of(new BasketItem(id, Domain.HOUSEHOLD, Txt.key("household.basket.residence-permit-renewal"), 0,
                            null, app.applicationId(), List.of(
                                    Row.of("household.row.valid-until", Txt.day(until)),
                                    Row.of("household.row.status", ApplicationRows.status(app.status()))),
                            null));
                })));
    }

    // ---- household registration certificate (户籍证明)

    /** A household certificate with its verification code: for what?, eligible?, check, issue (free), printed on A4. */
    public static ResidentService certificate(HouseholdPort port) {
        String id = "household.certificate";
        return new ResidentService(id, Domain.HOUSEHOLD, Services.RESIDENT_ID, PRINTS, List.of(
                new Step.Choose("purpose", PURPOSE, ctx -> PURPOSES.stream()
                        .map(p -> Option.of(p, Services.code("certificate-purpose", p))).toList(), false, false),
                check(port, ELIGIBILITY_CERTIFICATE, ctx -> Map.of("purpose", purpose(ctx))),
                new Step.Confirm("confirm", ctx -> List.of(applicant(ctx),
                        Row.of("household.row.purpose", Services.code("certificate-purpose", purpose(ctx)))), ctx -> 0L),
                new Step.AddToBasket("add", ctx -> {
                    Certificate c = port.certificate(ctx.resident().residentId(), purpose(ctx), ctx.idempotencyKey("issue"));
                    List<Row> facts = List.of(
                            Row.of("household.row.purpose", Services.code("certificate-purpose", c.purpose())),
                            Row.of("household.row.hukou-city", Txt.plain(c.hukouCity())),
                            Row.of("household.row.valid-until", Txt.day(c.validUntil())),
                            Row.of("household.row.verification-code", Txt.plain(c.verificationCode())));
                    List<Row> document = new ArrayList<>(List.of(
                            Row.of("household.row.holder", Txt.plain(ctx.identification().maskedName())),
                            Row.of("household.row.id-number", Txt.plain(ctx.identification().maskedIdNumber())),
                            Row.of("household.row.certificate", Txt.plain(c.certificateId()))));
                    document.addAll(facts);
                    if (c.issuedAt() != null) {
                        document.add(Row.of("household.row.issued-at", new Txt.Moment(c.issuedAt())));
                    }
                    return List.of(new BasketItem(id, Domain.HOUSEHOLD, Txt.key("household.basket.certificate"), 0, null,
                            c.certificateId(), facts, new BasketItem.Document(Txt.key("household.document.certificate"),
                            document, Txt.key("household.document.certificate.note", Txt.plain(c.verificationCode())))));
                })));
    }

    // ---- temporary ID certificate (临时身份证明)

    /**
     * While the ID card is being made: eligible (and at what fee)?, check with the fee, apply and pay in the basket;
     * left unpaid (removed, or the visit ends), the application is withdrawn so the resident may apply again.
     */
    public static ResidentService temporaryId(HouseholdPort port, ApplicationsPort applications) {
        String id = "household.temporary-id";
        return new ResidentService(id, Domain.HOUSEHOLD, Services.RESIDENT_ID, PRINTS, List.of(
                check(port, ELIGIBILITY_TEMPORARY_ID, ctx -> Map.of()),
                new Step.Confirm("confirm", ctx -> List.of(applicant(ctx),
                        Row.of("household.row.temporary-id", Txt.key("household.temporary-id.validity"))),
                        ctx -> ctx.get(ELIGIBLE).feeCents()),
                new Step.AddToBasket("add", ctx -> {
                    Application app = port.temporaryId(ctx.resident().residentId(), ctx.idempotencyKey("apply"));
                    return List.of(new BasketItem(id, Domain.HOUSEHOLD, Txt.key("household.basket.temporary-id"),
                            app.feeCents(), app.feeCents() > 0 ? OrderItem.applicationFee(app.applicationId()) : null,
                            app.applicationId(), List.of(
                                    Row.of("household.row.temporary-id", Txt.key("household.temporary-id.validity")),
                                    Row.of(Txt.plain(""), Txt.key("household.temporary-id.collect"))),
                            null).withdrawnBy(Services.withdrawal(applications, ctx, app)));
                })));
    }

    // ---- ID card progress

    /** Where the resident's ID card applications stand. */
    public static ResidentService idCardProgress(HouseholdPort port) {
        String id = "household.id-card-progress";
        return new ResidentService(id, Domain.HOUSEHOLD, Services.RESIDENT_ID, Set.of(Need.BACKEND), List.of(
                new Step.Query<>("applications", ID_CARDS, ctx -> port.idCardApplications(ctx.resident().residentId())),
                new Step.Show("show", ctx -> {
                    List<Application> apps = ctx.get(ID_CARDS);
                    List<Txt> notes = apps.isEmpty() ? List.of(Txt.key("service." + id + ".show.empty"))
                            : ApplicationRows.notes(apps);
                    return new Step.Info(Txt.key("service." + id + ".show.title"), ApplicationRows.rows(apps), notes);
                })));
    }

    // ---- shared steps and rows

    private static Step.Check check(HouseholdPort port, String service,
                                    Function<ServiceContext, Map<String, Object>> params) {
        return new Step.Check("eligible", ELIGIBLE, ctx -> port.eligibility(ctx.resident().residentId(), service, params.apply(ctx)));
    }

    private static Row applicant(ServiceContext ctx) {
        return Row.of("household.row.applicant", Txt.plain(ctx.identification().maskedName()));
    }

    private static String purpose(ServiceContext ctx) {
        return ctx.chosen(PURPOSE).get(0);
    }

    /** The rows every application document starts with: who, which application, where it stands. */
    private static List<Row> documentRows(ServiceContext ctx, Application app, List<Row> specific) {
        List<Row> rows = new ArrayList<>(List.of(
                Row.of("household.row.applicant", Txt.plain(ctx.identification().maskedName())),
                Row.of("household.row.id-number", Txt.plain(ctx.identification().maskedIdNumber())),
                Row.of("household.row.application", Txt.plain(app.applicationId())),
                Row.of("household.row.status", ApplicationRows.status(app.status()))));
        rows.addAll(specific);
        if (app.createdAt() != null) {
            rows.add(Row.of("household.row.applied-at", new Txt.Moment(app.createdAt())));
        }
        return rows;
    }

    private static String detail(Application app, String name) {
        Object value = app.details().get(name);
        return value == null ? "" : value.toString();
    }

    private static LocalDate parseIso(String value) {
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A day typed as YYYYMMDD. */
    static LocalDate date(String typed) {
        return LocalDate.parse(typed, DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** Complete when it is a real day, not in the future, and not before anyone alive could have moved here. */
    static boolean pastDate(String typed, Clock clock) {
        if (typed == null || !typed.matches("\\d{8}")) {
            return false;
        }
        try {
            LocalDate day = date(typed);
            return !day.isAfter(LocalDate.now(clock)) && day.getYear() >= 1900;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
