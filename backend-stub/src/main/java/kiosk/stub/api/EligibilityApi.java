package kiosk.stub.api;

import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Call;
import kiosk.stub.http.Check;
import kiosk.stub.http.Refusal;
import kiosk.stub.http.Route;
import kiosk.stub.seed.Stations;

/**
 * Eligibility before anything is filled in or paid: one route for every mutating service, running the very
 * rule functions the service's own route runs (without its effect), so the two can never disagree.
 */
public final class EligibilityApi {

    /** The services that change something, with the domain whose counter takes over when they are refused. */
    public static final Map<String, String> SERVICES = Map.of(
            "RESIDENCE_PERMIT_NEW", "HOUSEHOLD",
            "RESIDENCE_PERMIT_RENEWAL", "HOUSEHOLD",
            "HOUSEHOLD_CERTIFICATE", "HOUSEHOLD",
            "TEMPORARY_ID", "HOUSEHOLD",
            "LICENCE_RENEWAL", "TRAFFIC",
            "INSPECTION_MARK", "TRAFFIC",
            "ENDORSEMENT", "EXIT_ENTRY");

    /** Refusals that are errors of the request, not answers about the resident. */
    private static final Set<Refusal> NOT_AN_ANSWER = Set.of(Refusal.RESIDENT_NOT_FOUND, Refusal.INVALID_FIELD,
            Refusal.MALFORMED_JSON, Refusal.UNKNOWN_FIELD);

    /**
     * The service and what is known so far. Parameters a resident fills in later (residenceSince, type, trips)
     * may be left out: the rules that need them are then checked by the real route only.
     */
    public record EligibilityRequest(String residentId, String service, LocalDate residenceSince, String purpose,
                                     String healthCheckRef, String plate, String permitId, String destination, String type,
                                     Integer trips) implements Call.Validated {
        @Override
        public void validate() {
            Check.required("residentId", residentId);
            Check.oneOf("service", service, SERVICES.keySet());
            if (purpose != null) {
                Check.oneOf("purpose", purpose, HouseholdApi.PURPOSES);
            }
            Check.maxLength("healthCheckRef", healthCheckRef, 24);
            if ("INSPECTION_MARK".equals(service)) {
                Check.required("plate", plate);
            }
            if ("ENDORSEMENT".equals(service)) {
                Check.oneOf("destination", destination, ExitEntryApi.DESTINATIONS);
            }
            if (type != null) {
                Check.oneOf("type", type, ExitEntryApi.TYPES);
            }
            Check.that(trips == null || trips >= 1 && trips <= 2, "trips", "is 1 or 2");
        }

        @Override
        public String toString() {
            return "EligibilityRequest[" + service + "]";
        }
    }

    /** Where to go instead: the counter of this kiosk's station for the service's domain. */
    public record CounterView(String stationId, Map<String, String> station, String address, String hotline,
                              Map<String, String> counter, Map<String, String> hours) {
    }

    /** Eligible with the fee it will cost, or the refusal the real route would give (and the counter to go to). */
    public record Eligibility(boolean eligible, long feeCents, Refusal.ErrorBody refusal, CounterView counter) {
    }

    /** One service's rules, returning its fee or throwing the refusal. */
    @FunctionalInterface
    interface Rules {
        long feeCents() throws Exception;
    }

    private EligibilityApi() {
    }

    public static List<Route> routes() {
        return List.of(Route.query(HandlerType.POST, "/api/v1/eligibility", EligibilityApi::eligibility));
    }

    private static ApiResponse eligibility(Call call) throws Exception {
        EligibilityRequest req = call.body(EligibilityRequest.class);
        ResidentRow r = ResidentRow.require(call.db(), req.residentId());
        Rules rules = switch (req.service()) {
            case "RESIDENCE_PERMIT_NEW" -> () -> {
                HouseholdApi.residencePermitRules(call, r, "NEW", req.residenceSince());
                return 0;
            };
            case "RESIDENCE_PERMIT_RENEWAL" -> () -> {
                HouseholdApi.residencePermitRules(call, r, "RENEWAL", null);
                return 0;
            };
            case "HOUSEHOLD_CERTIFICATE" -> () -> {
                HouseholdApi.certificateRules(r);
                return 0;
            };
            case "TEMPORARY_ID" -> () -> {
                HouseholdApi.temporaryIdRules(call, r);
                return HouseholdApi.TEMPORARY_ID_FEE_CENTS;
            };
            case "LICENCE_RENEWAL" -> () -> {
                TrafficApi.renewalRules(call, r.residentId(), req.healthCheckRef());
                return TrafficApi.RENEWAL_FEE_CENTS;
            };
            case "INSPECTION_MARK" -> () -> {
                TrafficApi.inspectionMarkRules(call, r.residentId(), req.plate());
                return 0;
            };
            case "ENDORSEMENT" -> () -> ExitEntryApi.endorsementRules(call, r, req.permitId(), req.destination(), req.type(),
                    req.trips()).feeCents();
            default -> throw new IllegalStateException("validated service " + req.service());
        };
        return assess(call, SERVICES.get(req.service()), rules);
    }

    /** Runs the rules: a business refusal becomes the answer; request errors stay errors. */
    static ApiResponse assess(Call call, String domain, Rules rules) throws Exception {
        try {
            return ApiResponse.ok(new Eligibility(true, rules.feeCents(), null, null));
        } catch (ApiException e) {
            if (NOT_AN_ANSWER.contains(e.refusal()) || e.refusal().status() >= 500) {
                throw e;
            }
            CounterView counter = e.refusal().counterRequired() ? counterFor(call, domain).orElse(null) : null;
            return ApiResponse.ok(new Eligibility(false, 0, e.refusal().body(e.detail()), counter));
        }
    }

    /** The calling kiosk's station counter for a domain (none for a kiosk without a station). */
    static Optional<CounterView> counterFor(Call call, String domain) throws Exception {
        Optional<String> stationId = Sql.one(call.db(), "SELECT station_id FROM kiosk WHERE kiosk_id = ?",
                rs -> rs.getString(1), call.kioskId());
        return stationId.flatMap(Stations::find).flatMap(s -> s.counter(domain).map(c -> new CounterView(s.stationId(),
                s.name().map(), s.address(), s.hotline(), c.name().map(), c.hours().map())));
    }
}
