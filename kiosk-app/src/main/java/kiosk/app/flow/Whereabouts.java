package kiosk.app.flow;

import java.util.List;
import kiosk.app.i18n.Txt;

/**
 * Where a resident can get help when this kiosk cannot: the 24-hour hotline, the nearest other 24-hour
 * self-service site, and the staffed counters with their opening hours, all from the station's
 * configuration. The same for every resident: no personal data.
 */
public record Whereabouts(String hotline, Txt nearest24h, List<Counter> counters) {

    public Whereabouts {
        counters = List.copyOf(counters);
    }

    /** A staffed counter as residents read it. */
    public record Counter(Txt name, Txt hours) {
    }

    public static final Whereabouts NONE = new Whereabouts("", Txt.plain(""), List.of());
}
