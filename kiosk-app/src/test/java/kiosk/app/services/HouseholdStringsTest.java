package kiosk.app.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosk.app.flow.ResidentService;
import kiosk.app.flow.Step;
import kiosk.app.i18n.Language;
import kiosk.app.i18n.Messages;
import kiosk.app.model.Application;
import kiosk.app.model.BackendException;
import kiosk.app.model.Eligibility;
import kiosk.app.model.household.Certificate;
import kiosk.app.services.household.HouseholdPort;
import kiosk.app.services.household.HouseholdServices;
import kiosk.app.services.progress.ProgressService;
import org.junit.jupiter.api.Test;

/** Every text the household and progress declarations name exists in zh-CN, zh-TW and en. */
class HouseholdStringsTest {

    private final Messages messages = new Messages();

    /** Declarations only: nothing here is called. */
    private static final HouseholdPort NO_CALLS = new HouseholdPort() {
        @Override public Eligibility eligibility(String r, String s, Map<String, Object> p) throws BackendException { throw new AssertionError(); }
        @Override public Application applyResidencePermit(String r, java.time.LocalDate d, String k) { throw new AssertionError(); }
        @Override public Application renewResidencePermit(String r, String k) { throw new AssertionError(); }
        @Override public Certificate certificate(String r, String p, String k) { throw new AssertionError(); }
        @Override public Application temporaryId(String r, String k) { throw new AssertionError(); }
        @Override public List<Application> idCardApplications(String r) { throw new AssertionError(); }
    };
    private static final ApplicationsPort NO_APPLICATIONS = new ApplicationsPort() {
        @Override public List<Application> applications(String r) { return List.of(); }
        @Override public Application withdraw(String r, String a, String k) { throw new AssertionError(); }
    };

    @Test
    void everyServiceStepAndFieldHasItsTextsInEveryLanguage() {
        List<ResidentService> services = List.of(HouseholdServices.residencePermitNew(NO_CALLS),
                HouseholdServices.residencePermitRenewal(NO_CALLS), HouseholdServices.certificate(NO_CALLS),
                HouseholdServices.temporaryId(NO_CALLS, NO_APPLICATIONS), HouseholdServices.idCardProgress(NO_CALLS),
                ProgressService.declare(NO_APPLICATIONS));
        List<String> keys = new ArrayList<>();
        for (ResidentService service : services) {
            keys.add(service.titleKey());
            for (Step step : service.steps()) {
                if (step instanceof Step.Show || step instanceof Step.Choose || step instanceof Step.Form
                        || step instanceof Step.Confirm) {
                    keys.add(service.stepKey(step, "title"));
                }
                if (step instanceof Step.Show) {
                    keys.add(service.stepKey(step, "empty"));
                }
                if (step instanceof Step.Form form) {
                    form.fields().forEach(f -> keys.add(service.stepKey(step, f.name())));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(15);
        assertEveryLanguageHas(keys);
    }

    @Test
    void everyApplicationTypeStatusAndPurposeCodeHasItsWords() {
        List<String> keys = new ArrayList<>();
        for (String code : union(ApplicationRows.STATUSES, Set.of("UNKNOWN"))) {
            keys.add("code.application-status." + code);
        }
        for (String code : union(ApplicationRows.TYPES, Set.of("UNKNOWN"))) {
            keys.add("code.application-type." + code);
        }
        for (String code : List.of("EMPLOYMENT", "EDUCATION", "SOCIAL_SECURITY", "TRAVEL", "OTHER", "UNKNOWN")) {
            keys.add("code.certificate-purpose." + code);
        }
        assertEveryLanguageHas(keys);
        assertThat(messages.get(Language.EN, "code.application-status.READY_FOR_COLLECTION")).isEqualTo("Ready to collect");
        assertThat(messages.get(Language.ZH_TW, "code.application-type.TEMPORARY_ID")).isEqualTo("臨時身份證明");
    }

    private void assertEveryLanguageHas(List<String> keys) {
        for (Language language : Language.values()) {
            for (String key : keys) {
                assertThat(messages.bundle(language).containsKey(key)).as(language.tag() + " " + key).isTrue();
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
