package kiosk.app.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kiosk.app.flow.Domain;
import kiosk.app.flow.ResidentService;
import kiosk.app.flow.Step;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.services.exitentry.ExitEntryServices;
import kiosk.app.services.traffic.DriverServices;
import kiosk.app.services.traffic.FinesByPlate;
import kiosk.app.services.traffic.VehicleServices;
import org.junit.jupiter.api.Test;

/**
 * The traffic and exit-entry declarations as data: the strings each step names exist in every kiosk
 * language, the documents each accepts, and that eligibility comes before anything is typed or confirmed.
 */
class TrafficExitEntryDeclarationsTest {

    // The declarations only hold the ports; nothing is called here.
    private static final List<ResidentService> SERVICES = List.of(FinesByPlate.declare(null), VehicleServices.vehicles(null),
            VehicleServices.inspectionMark(null), DriverServices.licencePoints(null), DriverServices.licenceRenewal(null, null),
            ExitEntryServices.permits(null), ExitEntryServices.endorsement(null, null), ExitEntryServices.collection(null));

    private final Messages messages = new Messages();

    @Test
    void everyTitleStepTitleFieldLabelAndEmptyTextExistsInEveryLanguage() {
        List<String> keys = new ArrayList<>();
        for (ResidentService service : SERVICES) {
            keys.add(service.titleKey());
            for (Step step : service.steps()) {
                if (step instanceof Step.Show || step instanceof Step.Choose || step instanceof Step.Form
                        || step instanceof Step.Confirm) {
                    keys.add(service.stepKey(step, "title"));
                }
                if (step instanceof Step.Form form) {
                    form.fields().forEach(f -> keys.add(service.stepKey(step, f.name())));
                }
            }
        }
        // Choices that can come up empty say so in words of their own.
        keys.add("service." + FinesByPlate.ID + ".choose.empty");
        keys.add("service." + VehicleServices.INSPECTION_MARK + ".vehicle.empty");
        keys.add("service." + ExitEntryServices.ENDORSEMENT + ".permit.empty");
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            keys.stream().filter(k -> !messages.has(language, k)).forEach(k -> missing.add(language + ":" + k));
        }
        assertThat(keys).hasSize(29); // 8 titles, 15 step titles, 3 field labels, 3 empty texts: guards the walk itself
        assertThat(missing).isEmpty();
    }

    @Test
    void trafficTakesAnyDocumentAndExitEntryTheResidentIdCard() {
        for (ResidentService service : SERVICES) {
            Set<?> expected = service.domain() == Domain.TRAFFIC ? Services.ANY_DOCUMENT : Services.RESIDENT_ID;
            assertThat(service.accepts()).as(service.id()).isEqualTo(expected);
            assertThat(service.domain()).isIn(Domain.TRAFFIC, Domain.EXIT_ENTRY);
        }
    }

    @Test
    void applicationsAskTheBackendBeforeAnythingIsTypedOrConfirmed() {
        for (ResidentService service : SERVICES) {
            List<Step> steps = service.steps();
            boolean adds = steps.stream().anyMatch(s -> s instanceof Step.AddToBasket);
            int check = indexOf(steps, Step.Check.class);
            int form = indexOf(steps, Step.Form.class);
            int confirm = indexOf(steps, Step.Confirm.class);
            if (confirm >= 0) {
                assertThat(check).as(service.id() + " checks eligibility").isBetween(0, confirm);
            }
            if (check >= 0 && form >= 0) {
                assertThat(check).as(service.id() + " checks before the form").isLessThan(form);
            }
            if (!adds) {
                assertThat(steps.get(steps.size() - 1)).as(service.id()).isInstanceOf(Step.Show.class);
            }
        }
    }

    private static int indexOf(List<Step> steps, Class<? extends Step> kind) {
        for (int i = 0; i < steps.size(); i++) {
            if (kind.isInstance(steps.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
