package kiosk.app.services;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kiosk.app.flow.Row;
import kiosk.app.i18n.Txt;
import kiosk.app.model.Application;

/**
 * Applications as a resident reads them, shared by the progress services of every domain: the type and
 * status from the backend's codes ({@code code.application-type.*}, {@code code.application-status.*}),
 * never from its words, and where to collect what is ready.
 */
public final class ApplicationRows {

    public static final Set<String> STATUSES = Set.of("AWAITING_PAYMENT", "SUBMITTED", "IN_REVIEW", "APPROVED", "REJECTED",
            "READY_FOR_COLLECTION", "COLLECTED", "CANCELLED");
    public static final Set<String> TYPES = Set.of("ID_CARD", "RESIDENCE_PERMIT", "HOUSEHOLD_CERTIFICATE", "TEMPORARY_ID",
            "LICENCE_RENEWAL", "INSPECTION_MARK", "TRAVEL_PERMIT", "ENDORSEMENT");
    private static final Set<String> GOOD = Set.of("APPROVED", "READY_FOR_COLLECTION", "COLLECTED");
    private static final Set<String> ACT = Set.of("AWAITING_PAYMENT", "REJECTED");
    /** Application dates are the day in the kiosk's region, not UTC. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ApplicationRows() {
    }

    public static Txt type(String code) {
        return Services.code("application-type", TYPES.contains(code) ? code : null);
    }

    public static Txt status(String code) {
        return Services.code("application-status", STATUSES.contains(code) ? code : null);
    }

    /** One row per application: "type (applied on day)" and its status, good news and things to act on marked. */
    public static List<Row> rows(List<Application> applications) {
        List<Row> rows = new ArrayList<>();
        for (Application a : applications) {
            Txt applied = a.createdAt() == null ? type(a.type())
                    : Txt.key("application.applied", type(a.type()), Txt.day(a.createdAt().atZone(ZONE).toLocalDate()));
            Row row = Row.of(applied, status(a.status()));
            rows.add(GOOD.contains(a.status()) ? row.tone(Row.Tone.GOOD) : ACT.contains(a.status()) ? row.tone(Row.Tone.WARNING) : row);
        }
        return rows;
    }

    /** What the resident should do next: collect what is ready (and where), pay what awaits its fee. */
    public static List<Txt> notes(List<Application> applications) {
        List<Txt> notes = new ArrayList<>();
        for (Application a : applications) {
            if ("READY_FOR_COLLECTION".equals(a.status())) {
                Txt where = a.collectionPointName() != null ? Txt.words(a.collectionPointName())
                        : a.collectionPoint() == null || a.collectionPoint().isBlank() ? null : Txt.plain(a.collectionPoint());
                notes.add(where == null ? Txt.key("application.collect.counter", type(a.type()))
                        : Txt.key("application.collect.at", type(a.type()), where));
            } else if (a.awaitingPayment()) {
                notes.add(Txt.key("application.awaiting-payment", type(a.type()), Txt.money(a.feeCents())));
            }
        }
        return notes;
    }
}
