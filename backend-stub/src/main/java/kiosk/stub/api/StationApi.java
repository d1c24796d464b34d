package kiosk.stub.api;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiResponse;
import kiosk.stub.http.Call;
import kiosk.stub.http.Route;
import kiosk.stub.seed.Stations;

/** The stations of the city with their self-service hours and staffed counters, and which one the calling kiosk stands in. */
public final class StationApi {

    /** A staffed counter. */
    public record CounterInfo(String domain, Map<String, String> name, Map<String, String> hours) {
    }

    /** A station. */
    public record StationInfo(String stationId, Map<String, String> name, String address, String hotline,
                              Map<String, String> selfServiceHours, List<CounterInfo> counters) {
    }

    /** The answer: every station and the kiosk's own (absent for a kiosk provisioned without one). */
    public record StationList(String ownStationId, List<StationInfo> stations) {
    }

    private StationApi() {
    }

    public static List<Route> routes() {
        return List.of(Route.query(HandlerType.GET, "/api/v1/stations", StationApi::list));
    }

    private static ApiResponse list(Call call) throws Exception {
        String own = Sql.one(call.db(), "SELECT station_id FROM kiosk WHERE kiosk_id = ?", rs -> rs.getString(1), call.kioskId())
                .orElse(null);
        return ApiResponse.ok(new StationList(own, Stations.ALL.stream().map(s -> new StationInfo(s.stationId(), s.name().map(),
                s.address(), s.hotline(), s.selfServiceHours().map(), s.counters().stream()
                .map(c -> new CounterInfo(c.domain(), c.name().map(), c.hours().map())).toList())).toList()));
    }
}
