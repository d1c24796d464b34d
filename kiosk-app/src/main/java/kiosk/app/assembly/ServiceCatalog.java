package kiosk.app.assembly;

import java.util.ArrayList;
import java.util.List;
import kiosk.app.backend.ApplicationsBackend;
import kiosk.app.backend.BackendCalls;
import kiosk.app.backend.HouseholdBackend;
import kiosk.app.backend.ExitEntryBackend;
import kiosk.app.backend.TrafficBackend;
import kiosk.app.flow.PaymentDesk;
import kiosk.app.flow.Receipts;
import kiosk.app.flow.ResidentService;
import kiosk.app.services.household.HouseholdServices;
import kiosk.app.services.progress.ProgressService;
import kiosk.app.services.exitentry.ExitEntryServices;
import kiosk.app.services.receipts.ReprintService;
import kiosk.app.services.traffic.DriverServices;
import kiosk.app.services.traffic.FinesByPlate;
import kiosk.app.services.traffic.TrafficServices;
import kiosk.app.services.traffic.VehicleServices;

/**
 * Which services this kiosk offers, in menu order, each declaration given its domain's backend port (and the
 * applications port where an application left unpaid is withdrawn).
 * Adding a service is one line here (plus its declaration, its port method and its strings).
 */
public final class ServiceCatalog {

    private ServiceCatalog() {
    }

    public static List<ResidentService> standard(BackendCalls backend, PaymentDesk payments, Receipts receipts) {
        ApplicationsBackend applications = new ApplicationsBackend(backend);
        HouseholdBackend household = new HouseholdBackend(backend);
        TrafficBackend traffic = new TrafficBackend(backend);
        List<ResidentService> services = new ArrayList<>();
        services.add(HouseholdServices.residencePermitNew(household));
        services.add(HouseholdServices.residencePermitRenewal(household));
        services.add(HouseholdServices.certificate(household));
        services.add(HouseholdServices.temporaryId(household, applications));
        services.add(HouseholdServices.idCardProgress(household));
        services.add(TrafficServices.fines(traffic));
        services.add(FinesByPlate.declare(traffic));
        services.add(VehicleServices.vehicles(traffic));
        services.add(VehicleServices.inspectionMark(traffic));
        services.add(DriverServices.licencePoints(traffic));
        services.add(DriverServices.licenceRenewal(traffic, applications));

        // exit-entry
        ExitEntryBackend exitEntry = new ExitEntryBackend(backend);
        services.add(ExitEntryServices.permits(exitEntry));
        services.add(ExitEntryServices.endorsement(exitEntry, applications));
        services.add(ExitEntryServices.collection(exitEntry));

        services.add(ProgressService.declare(applications));
        services.add(ReprintService.declare(payments, receipts));
        return List.copyOf(services);
    }
}
