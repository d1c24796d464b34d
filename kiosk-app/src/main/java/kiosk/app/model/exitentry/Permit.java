package kiosk.app.model.exitentry;

import java.time.LocalDate;
import java.util.List;
import kiosk.app.model.Model;

/** A travel permit (往来港澳通行证 HK_MACAO / 往来台湾通行证 TAIWAN) with its endorsements. */
public record Permit(String permitId, String kind, String permitNumberMasked, LocalDate validUntil, boolean expired,
                     List<Endorsement> endorsements) {
    public Permit {
        Model.require(permitId, "permitId");
        Model.require(kind, "kind");
        endorsements = endorsements == null ? List.of() : List.copyOf(endorsements);
    }

    /** The destinations this permit can carry an endorsement for. */
    public List<String> destinations() {
        return "TAIWAN".equals(kind) ? List.of("TW") : List.of("HK", "MO");
    }
}
