package kiosk.app.services;

import java.util.Set;
import kiosk.app.flow.BasketItem;
import kiosk.app.flow.Row;
import kiosk.app.flow.ServiceContext;
import kiosk.app.i18n.Txt;
import kiosk.app.model.Application;
import kiosk.app.model.DocumentType;

/**
 * What several service declarations share: which documents they accept, common receipt rows, and the
 * withdrawal of an application left unpaid.
 */
public final class Services {

    /** Services the backend keys on the resident ID number: every document the SAM reader decodes, and e-ID. */
    public static final Set<DocumentType> ANY_DOCUMENT = Set.of(DocumentType.RESIDENT_ID, DocumentType.FOREIGN_PERMANENT,
            DocumentType.HMT_RESIDENCE, DocumentType.E_ID);
    /** Household and exit-entry business of mainland residents: the resident ID card or its e-ID. */
    public static final Set<DocumentType> RESIDENT_ID = Set.of(DocumentType.RESIDENT_ID, DocumentType.E_ID);

    private Services() {
    }

    /** A backend code (status, type) as its bundle key {@code code.<group>.<CODE>}. */
    public static Txt code(String group, String code) {
        return Txt.key("code." + group + "." + (code == null ? "UNKNOWN" : code));
    }

    public static Row row(String labelKey, Txt value) {
        return Row.of(labelKey, value);
    }

    /**
     * How an application this run made is taken back if it leaves the basket unpaid: withdrawn at the backend
     * under a key of this run (a resend never acts twice). Null when it does not await a fee: a free application
     * is submitted as it is made, and final.
     */
    public static BasketItem.Withdrawal withdrawal(ApplicationsPort applications, ServiceContext ctx, Application app) {
        if (!app.awaitingPayment()) {
            return null;
        }
        String residentId = ctx.resident().residentId();
        String applicationId = app.applicationId();
        String key = ctx.idempotencyKey("withdraw");
        return () -> applications.withdraw(residentId, applicationId, key);
    }
}
