package kiosk.app.model.traffic;

import java.time.LocalDate;
import kiosk.app.model.Model;

/** The resident's driving licence: class, validity, penalty points and the renewal window. */
public record Licence(String licenceNumberMasked, String licenceClass, LocalDate validFrom, LocalDate validUntil,
                      String status, int points, int pointsLimit, LocalDate renewalWindowOpensOn,
                      boolean renewableNow, long renewalFeeCents) {
    public Licence {
        Model.require(licenceClass, "licenceClass");
        Model.check(validUntil != null, "missing validUntil");
        Model.check(points >= 0 && pointsLimit > 0, "points out of range");
    }
}
