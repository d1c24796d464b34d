package kiosk.app.services.progress;

import java.util.List;
import java.util.Set;
import kiosk.app.flow.Domain;
import kiosk.app.flow.ResidentService;
import kiosk.app.flow.ResidentService.Need;
import kiosk.app.flow.Slot;
import kiosk.app.flow.Step;
import kiosk.app.i18n.Txt;
import kiosk.app.model.Application;
import kiosk.app.services.ApplicationRows;
import kiosk.app.services.ApplicationsPort;
import kiosk.app.services.Services;

/**
 * Where every application of the resident stands, across household, traffic and exit-entry: one look,
 * nothing to fill in. Any document the kiosk reads will do, since it only shows what the resident applied for.
 */
public final class ProgressService {

    static final String ID = "general.progress";
    static final Slot<List<Application>> APPLICATIONS = Slot.list("applications");

    private ProgressService() {
    }

    public static ResidentService declare(ApplicationsPort port) {
        return new ResidentService(ID, Domain.GENERAL, Services.ANY_DOCUMENT, Set.of(Need.BACKEND), List.of(
                new Step.Query<>("applications", APPLICATIONS, ctx -> port.applications(ctx.resident().residentId())),
                new Step.Show("show", ctx -> {
                    List<Application> apps = ctx.get(APPLICATIONS);
                    List<Txt> notes = apps.isEmpty() ? List.of(Txt.key("service." + ID + ".show.empty"))
                            : ApplicationRows.notes(apps);
                    return new Step.Info(Txt.key("service." + ID + ".show.title"), ApplicationRows.rows(apps), notes);
                })));
    }
}
